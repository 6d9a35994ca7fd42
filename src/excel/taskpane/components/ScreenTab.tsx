import * as React from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMapping } from "../../workbook/screen-table";
import type { RunSummary, TableInfo, TaskpaneActions } from "../actions";
import { useT } from "../i18n";
import ErrorBar, { message } from "./ErrorBar";
import MappingEditor from "./MappingEditor";
import SummaryCard from "./SummaryCard";

export interface ScreenTabProps {
  actions: Pick<TaskpaneActions, "readTable" | "screen" | "jumpTo">;
  /** Told when a run finishes (the review tab lists its hits). */
  onRun?: (summary: RunSummary) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

const mappingComplete = (m: ColumnMapping) => (m.spec !== undefined || m.item !== undefined) && m.country !== undefined && m.customer !== undefined;

/** 一括スクリーニング: read the table, check the column mapping, run with progress and Cancel. */
export default function ScreenTab({ actions, onRun }: ScreenTabProps) {
  const styles = useStyles();
  const t = useT();
  const [table, setTable] = React.useState<TableInfo>();
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const [progress, setProgress] = React.useState<{ done: number; total: number }>();
  const [summary, setSummary] = React.useState<RunSummary>();
  const [error, setError] = React.useState<string>();
  const abort = React.useRef<AbortController>();
  const running = progress !== undefined;

  const read = async () => {
    setError(undefined);
    try {
      const info = await actions.readTable();
      setTable(info);
      setMapping(info.mapping);
    } catch (e) {
      setError(message(e));
    }
  };

  const run = async () => {
    setError(undefined);
    setSummary(undefined);
    abort.current = new AbortController();
    setProgress({ done: 0, total: table?.rows ?? 0 });
    try {
      const s = await actions.screen(mapping, (done, total) => setProgress({ done, total }), abort.current.signal);
      setSummary(s);
      onRun?.(s);
    } catch (e) {
      setError(message(e));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button onClick={read} disabled={running} data-testid="read-table">
          {t("screen.readTable")}
        </Button>
      </div>
      {table && (
        <>
          <Text data-testid="table-info">{t("screen.tableInfo", { sheet: table.sheet, rows: table.rows })}</Text>
          <Text weight="semibold">{t("screen.mapping")}</Text>
          <Text size={200}>{t("screen.mappingHint")}</Text>
          <MappingEditor headers={table.headers} mapping={mapping} onChange={setMapping} disabled={running} />
          {!mappingComplete(mapping) && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("screen.missingColumns")}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={run} disabled={running || !mappingComplete(mapping)} data-testid="run">
              {t("screen.run")}
            </Button>
            {running && (
              <Button onClick={() => abort.current?.abort()} data-testid="cancel">
                {t("screen.cancel")}
              </Button>
            )}
          </div>
        </>
      )}
      {progress && (
        <div data-testid="progress">
          <ProgressBar value={progress.total ? progress.done / progress.total : undefined} />
          <Text size={200}>{t("screen.progress", progress)}</Text>
        </div>
      )}
      <ErrorBar error={error} />
      {summary?.cancelled && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("screen.cancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {summary && <SummaryCard summary={summary} onJump={(sheet, row) => void actions.jumpTo(sheet, row)} />}
    </div>
  );
}
