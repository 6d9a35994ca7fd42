import * as React from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ClassificationItem, DeterminationInput, ReviewDecisionInput, ReviewItem, TaskpaneActions } from "../actions";
import { useT } from "../i18n";
import ErrorBar, { message } from "./ErrorBar";
import ReviewItemCard from "./ReviewItemCard";
import DeterminationCard from "./DeterminationCard";

export interface ReviewTabProps {
  actions: Pick<TaskpaneActions, "reviewItems" | "decideReview" | "jumpTo" | "classificationItems" | "recordDetermination">;
  /** Changes whenever a run finishes, so the list is re-read. */
  runId: number;
  reviewer: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * レビュー: every hit and review match of the last run, each with confirm / clear; then the parts
 * whose 該非判定 stayed 要確認, each with a form for the company's 判定書.
 */
export default function ReviewTab({ actions, runId, reviewer }: ReviewTabProps) {
  const styles = useStyles();
  const t = useT();
  const [items, setItems] = React.useState<ReviewItem[]>([]);
  const [parts, setParts] = React.useState<ClassificationItem[]>([]);
  const [savedDetermination, setSavedDetermination] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const load = React.useCallback(() => {
    actions.reviewItems().then(setItems, (e) => setError(message(e)));
    actions.classificationItems().then(setParts, (e) => setError(message(e)));
  }, [actions]);
  React.useEffect(load, [load, runId]);

  const decide = async (item: ReviewItem, input: ReviewDecisionInput) => {
    await actions.decideReview(item, input);
    setSaved(true);
    load();
  };

  const record = async (item: ClassificationItem, input: DeterminationInput) => {
    await actions.recordDetermination(item, input);
    setSavedDetermination(true);
    load();
  };

  return (
    <div className={styles.root}>
      <ErrorBar error={error} />
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t("review.saved")}</MessageBarBody>
        </MessageBar>
      )}
      {items.length === 0 ? <Text>{t("review.empty")}</Text> : <Text data-testid="review-count">{t("review.count", { n: items.length })}</Text>}
      {items.map((item) => (
        <ReviewItemCard key={item.id} item={item} defaultReviewer={reviewer} onDecide={decide} onJump={(s, r) => void actions.jumpTo(s, r)} />
      ))}
      {savedDetermination && (
        <MessageBar intent="success">
          <MessageBarBody>{t("det.saved")}</MessageBarBody>
        </MessageBar>
      )}
      {parts.length > 0 && <Text data-testid="determination-count">{t("det.title", { n: parts.length })}</Text>}
      {parts.map((item) => (
        <DeterminationCard key={item.id} item={item} defaultReviewer={reviewer} onRecord={record} onJump={(s, r) => void actions.jumpTo(s, r)} />
      ))}
    </div>
  );
}
