import * as React from "react";
import { Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Verdict } from "../../../core/results";
import { VERDICT_STYLE } from "../../workbook/screen-table";
import type { RunSummary } from "../actions";
import { useT } from "../i18n";
import Legend, { VERDICT_ORDER } from "./Legend";

export interface SummaryCardProps {
  summary: RunSummary;
  onJump: (sheet: string, row: number) => void;
}

const useStyles = makeStyles({
  counts: { display: "grid", gridTemplateColumns: "1fr auto auto", rowGap: tokens.spacingVerticalXS, columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  label: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium },
  count: { fontWeight: tokens.fontWeightSemibold, textAlign: "right", minWidth: "4em" },
});

/** Counts per verdict with a jump to the first row of each, the legend and where results went. */
export default function SummaryCard({ summary, onJump }: SummaryCardProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <Card data-testid="summary">
      <CardHeader header={<Text weight="semibold">{t("summary.title")}</Text>} description={t("summary.rows", { rows: summary.rows, seconds: summary.seconds.toFixed(1) })} />
      <div className={styles.counts}>
        {VERDICT_ORDER.map((v: Verdict) => (
          <React.Fragment key={v}>
            <span className={styles.label} style={{ backgroundColor: VERDICT_STYLE[v].fill }}>
              {t(`verdict.${v}`)}
            </span>
            <span className={styles.count} data-testid={`count-${v}`}>
              {summary.counts[v]}
            </span>
            <Button size="small" appearance="subtle" disabled={summary.firstRow[v] === undefined} onClick={() => onJump(summary.resultSheet, summary.firstRow[v]!)} data-testid={`jump-${v}`}>
              {t("summary.jump")}
            </Button>
          </React.Fragment>
        ))}
      </div>
      <Text size={200}>{t("summary.where", { sheet: summary.resultSheet })}</Text>
      {summary.clearancesApplied > 0 && <Text size={200}>{t("summary.clearances", { n: summary.clearancesApplied })}</Text>}
      {(summary.determinationsApplied ?? 0) > 0 && (
        <Text size={200} data-testid="summary-determinations">
          {t("summary.determinations", { n: summary.determinationsApplied! })}
        </Text>
      )}
      <Legend />
    </Card>
  );
}
