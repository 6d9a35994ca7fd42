import * as React from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReviewDecisionInput, ReviewItem, TaskpaneActions } from "../actions";
import { useT } from "../i18n";
import ErrorBar, { message } from "./ErrorBar";
import ReviewItemCard from "./ReviewItemCard";

export interface ReviewTabProps {
  actions: Pick<TaskpaneActions, "reviewItems" | "decideReview" | "jumpTo">;
  /** Changes whenever a run finishes, so the list is re-read. */
  runId: number;
  reviewer: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** レビュー: every hit and review match of the last run, each with confirm / clear. */
export default function ReviewTab({ actions, runId, reviewer }: ReviewTabProps) {
  const styles = useStyles();
  const t = useT();
  const [items, setItems] = React.useState<ReviewItem[]>([]);
  const [saved, setSaved] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const load = React.useCallback(() => {
    actions.reviewItems().then(setItems, (e) => setError(message(e)));
  }, [actions]);
  React.useEffect(load, [load, runId]);

  const decide = async (item: ReviewItem, input: ReviewDecisionInput) => {
    await actions.decideReview(item, input);
    setSaved(true);
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
    </div>
  );
}
