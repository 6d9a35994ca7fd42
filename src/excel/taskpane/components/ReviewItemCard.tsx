import * as React from "react";
import { Badge, Button, Card, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReviewDecisionInput, ReviewItem } from "../actions";
import { useT } from "../i18n";

export interface ReviewItemCardProps {
  item: ReviewItem;
  /** Reviewer name to start with (the user name from the 監査 tab). */
  defaultReviewer: string;
  onDecide: (item: ReviewItem, input: ReviewDecisionInput) => Promise<void>;
  onJump: (sheet: string, row: number) => void;
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  fields: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

/** One customer match: what matched and why, and the reviewer's confirm / clear decision. */
export default function ReviewItemCard({ item, defaultReviewer, onDecide, onJump }: ReviewItemCardProps) {
  const styles = useStyles();
  const t = useT();
  const [reviewer, setReviewer] = React.useState(defaultReviewer);
  const [reason, setReason] = React.useState("");
  const [expires, setExpires] = React.useState("");
  const [problem, setProblem] = React.useState<string>();
  const decide = async (kind: ReviewDecisionInput["kind"]) => {
    if (!reviewer.trim() || !reason.trim()) return setProblem(t("review.needReviewerReason"));
    setProblem(undefined);
    try {
      await onDecide(item, { kind, reviewer, reason, expires: kind === "clear" && expires ? expires : undefined });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const d = item.decision;
  return (
    <Card data-testid="review-item" size="small">
      <div className={styles.row}>
        <Badge color={item.status === "hit" ? "danger" : "warning"}>{item.status}</Badge>
        <Button size="small" appearance="transparent" onClick={() => onJump(item.sheet, item.row)}>
          {t("review.row", { row: item.row + 1 })}
        </Button>
        <Text weight="semibold">{item.customer}</Text>
        <Text size={200}>{item.country}</Text>
      </div>
      <Text size={200}>
        {item.list} No.{item.entryNo} {item.name} — {t("review.score", { score: item.score.toFixed(2) })} — {item.why}
      </Text>
      {d && (
        <Text size={200} data-testid="review-decision">
          {t(d.kind === "cleared" ? "review.cleared" : "review.confirmed", { by: d.by, on: d.on })}: {d.reason}
        </Text>
      )}
      <div className={styles.fields}>
        <Field label={t("review.reviewer")} size="small">
          <Input size="small" value={reviewer} onChange={(_e, v) => setReviewer(v.value)} data-testid="reviewer" />
        </Field>
        <Field label={t("review.expires")} size="small">
          <Input size="small" type="date" value={expires} onChange={(_e, v) => setExpires(v.value)} data-testid="expires" />
        </Field>
      </div>
      <Field label={t("review.reason")} size="small" validationMessage={problem}>
        <Input size="small" value={reason} onChange={(_e, v) => setReason(v.value)} data-testid="reason" />
      </Field>
      <div className={styles.row}>
        <Button size="small" onClick={() => decide("confirm")} data-testid="confirm">
          {t("review.confirm")}
        </Button>
        <Button size="small" appearance="primary" onClick={() => decide("clear")} data-testid="clear">
          {t("review.clear")}
        </Button>
      </div>
    </Card>
  );
}
