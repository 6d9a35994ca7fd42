import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../i18n";

export interface ErrorBarProps {
  error?: string;
}

/** A failed action, said plainly; nothing is swallowed into the console. */
export default function ErrorBar({ error }: ErrorBarProps) {
  const t = useT();
  if (!error) return null;
  return (
    <MessageBar intent="error" data-testid="error">
      <MessageBarBody>{t("error.prefix", { message: error })}</MessageBarBody>
    </MessageBar>
  );
}

export const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
