import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";

export interface HeaderProps {
  onToggleLanguage: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", justifyContent: "space-between", alignItems: "center", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorBrandBackground2 },
});

export default function Header({ onToggleLanguage }: HeaderProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <header className={styles.root}>
      <Text weight="semibold" size={400}>
        {t("app.title")}
      </Text>
      <Button size="small" appearance="subtle" onClick={onToggleLanguage} data-testid="language">
        {t("app.language")}
      </Button>
    </header>
  );
}
