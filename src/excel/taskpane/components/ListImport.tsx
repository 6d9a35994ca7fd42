import * as React from "react";
import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportPreview, TaskpaneActions } from "../actions";
import { useT } from "../i18n";
import ErrorBar, { message } from "./ErrorBar";

export interface ListImportProps {
  actions: Pick<TaskpaneActions, "previewImport" | "activateImport" | "discardImport">;
  onActivated: (version: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Import an official list file: validated by the importer, diff shown, then activated on request. */
export default function ListImport({ actions, onActivated }: ListImportProps) {
  const styles = useStyles();
  const t = useT();
  const input = React.useRef<HTMLInputElement>(null);
  const [preview, setPreview] = React.useState<ImportPreview>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setPreview(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setPreview(await actions.previewImport({ name: file.name, bytes }));
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };
  const activate = async () => {
    setBusy(true);
    try {
      onActivated(await actions.activateImport());
      setPreview(undefined);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text weight="semibold">{t("lists.import")}</Text>
      <input ref={input} type="file" accept=".xlsx,.csv,.gz,.txt" data-testid="list-file" aria-label={t("lists.chooseFile")} disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
      <ErrorBar error={error} />
      {preview && (
        <Card size="small" data-testid="import-preview">
          <Text weight="semibold">{t("lists.preview", { title: `${preview.title} (${preview.version})` })}</Text>
          <Text data-testid="import-diff">{t("lists.diff", { added: preview.added, removed: preview.removed, changed: preview.changed })}</Text>
          {preview.examples.slice(0, 8).map((x, i) => (
            <Text key={i} size={200}>
              {x}
            </Text>
          ))}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={activate} disabled={busy} data-testid="activate">
              {t("lists.activate")}
            </Button>
            <Button
              onClick={() => {
                actions.discardImport();
                setPreview(undefined);
              }}
            >
              {t("lists.discard")}
            </Button>
          </div>
        </Card>
      )}
    </div>
  );
}
