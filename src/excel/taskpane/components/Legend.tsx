import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Verdict } from "../../../core/results";
import { VERDICT_STYLE } from "../../workbook/screen-table";
import { useT } from "../i18n";

export interface LegendProps {
  /** Verdicts in display order (most severe first). */
  verdicts?: Verdict[];
}

export const VERDICT_ORDER: Verdict[] = ["prohibited", "license_required", "review", "no_license"];

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall, border: `1px solid ${tokens.colorNeutralStroke1}`, marginRight: tokens.spacingHorizontalXS },
});

/** The fill colours the sheet uses per verdict, as in the legend note on the 判定 header. */
export default function Legend({ verdicts = VERDICT_ORDER }: LegendProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.root} aria-label={t("legend.title")}>
      <span>{t("legend.title")}:</span>
      {verdicts.map((v) => (
        <span key={v}>
          <span className={styles.swatch} style={{ backgroundColor: VERDICT_STYLE[v].fill }} />
          {t(`verdict.${v}`)}
        </span>
      ))}
    </div>
  );
}
