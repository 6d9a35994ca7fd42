import * as React from "react";
import { Badge, Button, Card, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ListsView, TaskpaneActions } from "../actions";
import { useT } from "../i18n";
import ErrorBar, { message } from "./ErrorBar";
import ListImport from "./ListImport";

export interface ListsTabProps {
  actions: Pick<TaskpaneActions, "lists" | "previewImport" | "activateImport" | "discardImport" | "restorePrevious">;
  /** Told when the active lists change (the engine was rebuilt). */
  onListsChanged?: () => void;
}

/** METI revises the End User List several times a year; older than this, the pane warns. */
export const STALE_DAYS = 180;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** リスト: the active lists and rule data with dates and sources; import and restore. */
export default function ListsTab({ actions, onListsChanged }: ListsTabProps) {
  const styles = useStyles();
  const t = useT();
  const [view, setView] = React.useState<ListsView>();
  const [note, setNote] = React.useState<string>();
  const [error, setError] = React.useState<string>();
  const load = React.useCallback(() => {
    actions.lists().then(setView, (e) => setError(message(e)));
  }, [actions]);
  React.useEffect(load, [load]);

  const changed = (text: string) => {
    setNote(text);
    load();
    onListsChanged?.();
  };
  const restore = async (id: string) => {
    try {
      changed(t("lists.restored", { version: await actions.restorePrevious(id) }));
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <div className={styles.root}>
      <Text weight="semibold">{t("lists.title")}</Text>
      <ErrorBar error={error} />
      {note && (
        <MessageBar intent="success" data-testid="lists-note">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {view && <Text size={200}>{t("lists.rules", { version: view.rulesVersion })}</Text>}
      {view?.lists.map((l) => (
        <Card key={l.id} size="small" data-testid={`list-${l.id}`}>
          <div className={styles.head}>
            <Text weight="semibold">{l.version}</Text>
            <Badge appearance="outline" color={l.source === "imported" ? "brand" : "informative"}>
              {t(l.source === "imported" ? "lists.imported" : "lists.bundled")}
            </Badge>
          </div>
          <Text size={200}>
            {l.title} — {l.publisher}
          </Text>
          <Text size={200}>
            {t("lists.date", { date: l.date, effective: l.effective })} · {t("lists.entries", { n: l.entries })}
          </Text>
          {l.ageDays > STALE_DAYS && (
            <MessageBar intent="warning" data-testid="stale">
              <MessageBarBody>{t("lists.stale", { days: l.ageDays })}</MessageBarBody>
            </MessageBar>
          )}
          {l.previousVersion && (
            <Button size="small" onClick={() => void restore(l.id)} data-testid={`restore-${l.id}`}>
              {t("lists.restore", { version: l.previousVersion })}
            </Button>
          )}
        </Card>
      ))}
      <ListImport actions={actions} onActivated={(version) => changed(t("lists.activated", { version }))} />
    </div>
  );
}
