import { makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { fill } from "../strings";
import type { ReviewProgress } from "./review-items";
import type { ReviewText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** 已审核 X / Y over the explained cells, and how many flagged cells still wait for an explanation. */
export function ReviewProgressBar({
  progress,
  text,
}: {
  readonly progress: ReviewProgress;
  readonly text: ReviewText;
}) {
  const styles = useStyles();
  const headingId = useId();
  const summaryId = useId();
  const summary = [
    fill(text.progress, { done: progress.reviewed, total: progress.explained }),
    ...(progress.missing > 0 ? [fill(text.missing, { count: progress.missing })] : []),
  ].join(" ");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold">
        {text.progressLabel}
      </Text>
      {progress.explained > 0 && (
        <ProgressBar
          value={progress.reviewed}
          max={progress.explained}
          thickness="large"
          aria-labelledby={headingId}
          aria-describedby={summaryId}
        />
      )}
      {/* Announced when a decision changes it, without moving the reviewer's focus. */}
      <Text as="p" id={summaryId} role="status" block>
        {progress.explained + progress.missing === 0 ? text.nothingFlagged : summary}
      </Text>
    </section>
  );
}
