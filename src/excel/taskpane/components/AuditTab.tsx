import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TaskpaneActions } from "../actions";
import { useT } from "../i18n";
import ErrorBar, { message } from "./ErrorBar";

export interface AuditTabProps {
  actions: Pick<TaskpaneActions, "getUser" | "setUser" | "freeze">;
  onUserChange?: (name: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

/** 監査: the user name recorded with every run, and 値に固定 for workbooks sent to auditors. */
export default function AuditTab({ actions, onUserChange }: AuditTabProps) {
  const styles = useStyles();
  const t = useT();
  const [user, setUser] = React.useState(actions.getUser());
  const [note, setNote] = React.useState<string>();
  const [error, setError] = React.useState<string>();
  const save = () => {
    actions.setUser(user);
    onUserChange?.(user.trim());
    setNote(t("audit.userSaved"));
  };
  const freeze = async () => {
    setError(undefined);
    try {
      setNote(t("audit.frozen", { n: await actions.freeze() }));
    } catch (e) {
      setError(message(e));
    }
  };
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={t("audit.user")}>
          <Input value={user} onChange={(_e, d) => setUser(d.value)} data-testid="user" />
        </Field>
        <Button onClick={save} data-testid="save-user">
          {t("audit.saveUser")}
        </Button>
      </div>
      <Text size={200}>{t("audit.log")}</Text>
      <Text size={200}>{t("audit.freezeHint")}</Text>
      <Button appearance="primary" onClick={freeze} data-testid="freeze">
        {t("audit.freeze")}
      </Button>
      <ErrorBar error={error} />
      {note && (
        <MessageBar intent="success" data-testid="audit-note">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
