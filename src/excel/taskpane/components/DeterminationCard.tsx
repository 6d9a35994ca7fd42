import * as React from "react";
import { Badge, Button, Card, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ClassificationItem, DeterminationInput } from "../actions";
import { useT } from "../i18n";

export interface DeterminationCardProps {
  item: ClassificationItem;
  /** Reviewer name to start with (the user name from the 監査 tab). */
  defaultReviewer: string;
  onRecord: (item: ClassificationItem, input: DeterminationInput) => Promise<void>;
  onJump: (sheet: string, row: number) => void;
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  fields: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

/** One part the engine left 要確認: what would decide it, and the reviewer's 判定書 for it. */
export default function DeterminationCard({ item, defaultReviewer, onRecord, onJump }: DeterminationCardProps) {
  const styles = useStyles();
  const t = useT();
  const [status, setStatus] = React.useState<DeterminationInput["status"]>("not_listed");
  const [items, setItems] = React.useState("");
  const [hs, setHs] = React.useState(item.hs ?? "");
  const [reference, setReference] = React.useState("");
  const [reviewer, setReviewer] = React.useState(defaultReviewer);
  const [expires, setExpires] = React.useState("");
  const [problem, setProblem] = React.useState<string>();
  const record = async () => {
    if (!reference.trim() || !reviewer.trim()) return setProblem(t("det.needFields"));
    if (status === "listed" && !items.trim()) return setProblem(t("det.needItems"));
    setProblem(undefined);
    try {
      await onRecord(item, { status, items: status === "listed" ? items : undefined, hs: hs || undefined, reference, reviewer, expires: expires || undefined });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card data-testid="determination-item" size="small">
      <div className={styles.row}>
        <Badge color="warning">{t("verdict.review")}</Badge>
        <Button size="small" appearance="transparent" onClick={() => onJump(item.sheet, item.rows[0])}>
          {t("det.rows", { n: item.rows.length, row: item.rows[0] + 1 })}
        </Button>
        <Text weight="semibold">{item.part ? t("det.part", { part: item.part }) : t("det.noPart")}</Text>
      </div>
      <Text size={200}>{item.spec}</Text>
      <Text size={200}>{item.summary}</Text>
      {item.recorded.map((d) => (
        <Text size={200} key={d.reference} data-testid="determination-recorded">
          {t("det.recorded", { reference: d.reference, status: t(d.status === "listed" ? "det.listed" : "det.notListed"), reviewer: d.reviewer, date: d.date, law: d.lawRevision })}
        </Text>
      ))}
      <Field label={t("det.status")} size="small">
        <RadioGroup layout="horizontal" value={status} onChange={(_e, d) => setStatus(d.value as DeterminationInput["status"])} data-testid="det-status">
          <Radio value="not_listed" label={t("det.notListed")} data-testid="det-not-listed" />
          <Radio value="listed" label={t("det.listed")} data-testid="det-listed" />
        </RadioGroup>
      </Field>
      <div className={styles.fields}>
        {status === "listed" && (
          <Field label={t("det.items")} size="small">
            <Input size="small" value={items} onChange={(_e, v) => setItems(v.value)} data-testid="det-items" />
          </Field>
        )}
        <Field label={t("det.hs")} size="small">
          <Input size="small" value={hs} onChange={(_e, v) => setHs(v.value)} data-testid="det-hs" />
        </Field>
        <Field label={t("det.reference")} size="small">
          <Input size="small" value={reference} onChange={(_e, v) => setReference(v.value)} data-testid="det-reference" />
        </Field>
        <Field label={t("det.reviewer")} size="small">
          <Input size="small" value={reviewer} onChange={(_e, v) => setReviewer(v.value)} data-testid="det-reviewer" />
        </Field>
        <Field label={t("det.expires")} size="small">
          <Input size="small" type="date" value={expires} onChange={(_e, v) => setExpires(v.value)} data-testid="det-expires" />
        </Field>
      </div>
      {problem && (
        <Text size={200} role="alert" data-testid="det-problem">
          {problem}
        </Text>
      )}
      <div className={styles.row}>
        <Button size="small" appearance="primary" onClick={record} data-testid="det-record">
          {t("det.record")}
        </Button>
      </div>
    </Card>
  );
}
