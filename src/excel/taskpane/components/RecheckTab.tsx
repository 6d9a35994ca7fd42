import * as React from "react";
import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { VERDICT_STYLE } from "../../workbook/screen-table";
import type { RecheckView, TaskpaneActions } from "../actions";
import { useT } from "../i18n";
import ErrorBar, { message } from "./ErrorBar";

export interface RecheckTabProps {
  actions: Pick<TaskpaneActions, "recheck" | "jumpTo">;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  change: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  verdict: { padding: `0 ${tokens.spacingHorizontalXS}`, borderRadius: tokens.borderRadiusSmall },
});

/** 再チェック: re-run with the active data; list the rows whose verdict changed and why. */
export default function RecheckTab({ actions }: RecheckTabProps) {
  const styles = useStyles();
  const t = useT();
  const [view, setView] = React.useState<RecheckView>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setView(await actions.recheck());
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  const label = (v: keyof typeof VERDICT_STYLE) => (
    <span className={styles.verdict} style={{ backgroundColor: VERDICT_STYLE[v].fill }}>
      {t(`verdict.${v}`)}
    </span>
  );
  return (
    <div className={styles.root}>
      <Text size={200}>{t("recheck.hint")}</Text>
      <Button appearance="primary" onClick={run} disabled={busy} data-testid="recheck">
        {busy ? t("busy") : t("recheck.run")}
      </Button>
      <ErrorBar error={error} />
      {view && (view.changes.length === 0 ? <Text data-testid="recheck-none">{t("recheck.none")}</Text> : <Text data-testid="recheck-count">{t("recheck.count", { n: view.changes.length, at: view.since.slice(0, 19).replace("T", " ") })}</Text>)}
      {view?.changes.map((c) => (
        <Card key={c.row} size="small" data-testid="recheck-change">
          <div className={styles.change}>
            <Button size="small" appearance="transparent" onClick={() => void actions.jumpTo(view.sheet, c.row)}>
              {t("review.row", { row: c.row + 1 })}
            </Button>
            <Text weight="semibold">{c.customer}</Text>
            <Text size={200}>{c.country}</Text>
            {label(c.before)} → {label(c.after)}
          </div>
          {c.explanations.map((x, i) => (
            <Text key={i} size={200} data-testid="recheck-why">
              {x}
            </Text>
          ))}
        </Card>
      ))}
    </div>
  );
}
