import { Badge, Button, Field, makeStyles, Text, Textarea, tokens, type BadgeProps } from "@fluentui/react-components";
import { CheckmarkRegular, ArrowUndoRegular, LocationRegular } from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import { reviewStateLabel, type Locale } from "../../core/messages";
import type { Decision, ReviewState } from "../../core/review";
import { fill } from "../strings";
import { CellHistory } from "./CellHistory";
import type { HistoryEntry, ReviewItem } from "./review-items";
import { Signed } from "./Signed";
import type { ReviewText } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, overflowWrap: "anywhere" },
  said: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const BADGE_COLOR: { readonly [S in ReviewState]: NonNullable<BadgeProps["color"]> } = {
  "not-needed": "subtle",
  "explanation-missing": "warning",
  "awaiting-review": "brand",
  accepted: "success",
  returned: "danger",
};

export interface ReviewItemCardProps {
  readonly item: ReviewItem;
  readonly history: readonly HistoryEntry[];
  readonly text: ReviewText;
  readonly locale: Locale;
  readonly busy: boolean;
  /** Saves the decision; resolves false when it was not saved (the reason is already shown). */
  readonly onDecide: (item: ReviewItem, decision: Decision, comment: string) => Promise<boolean>;
  readonly onGoTo: (address: string) => void;
}

/** One flagged cell: what the check said, what staff explained, the latest decision, and the reviewer's actions. */
export function ReviewItemCard({ item, history, text, locale, busy, onDecide, onGoTo }: ReviewItemCardProps) {
  const styles = useStyles();
  const headingId = useId();
  const [comment, setComment] = useState("");
  const [commentMissing, setCommentMissing] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const stateLabel = reviewStateLabel(item.state, locale);
  const cell = { name: item.name, year: item.year };

  const decide = async (decision: Decision) => {
    if (decision === "returned" && comment.trim() === "") {
      setCommentMissing(true);
      commentRef.current?.focus();
      return;
    }
    if (await onDecide(item, decision, comment.trim())) setComment("");
  };

  return (
    <article className={styles.root} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} className={styles.heading} weight="semibold" tabIndex={-1} data-review-heading>
        {fill(text.itemHeading, cell)}
      </Text>
      <div>
        <Badge appearance="tint" color={BADGE_COLOR[item.state]}>
          {stateLabel}
        </Badge>
      </div>
      {item.warnings.length > 0 ? (
        <div>
          <Text weight="semibold">{item.warningsRemembered ? text.warningsBefore : text.warnings}</Text>
          <ul className={styles.warnings}>
            {item.warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        item.state === "accepted" && <Text as="p">{text.warningsClosed}</Text>
      )}
      <div>
        <Text weight="semibold">{text.explanation}</Text>{" "}
        {item.explanation === null ? (
          <Text as="p" className={styles.said}>
            {text.noExplanation}
          </Text>
        ) : (
          <>
            <Signed who={item.explanation.author} at={item.explanation.at} text={text} locale={locale} />
            <Text as="p" className={styles.said}>
              {item.explanation.text}
            </Text>
          </>
        )}
      </div>
      {item.explanation !== null && (
        <div>
          <Text weight="semibold">{text.latestDecision}</Text>{" "}
          {item.decision === null ? (
            <Text as="p" className={styles.said}>
              {text.noDecision}
            </Text>
          ) : (
            <>
              <Signed who={item.decision.reviewer} at={item.decision.at} text={text} locale={locale} />
              <Text as="p" className={styles.said}>
                {item.decision.comment.trim() === ""
                  ? reviewStateLabel(item.decision.decision, locale)
                  : fill(text.decisionWithComment, {
                      label: reviewStateLabel(item.decision.decision, locale),
                      comment: item.decision.comment,
                    })}
              </Text>
            </>
          )}
        </div>
      )}
      {item.explanation !== null && (
        <Field
          label={text.comment}
          validationState={commentMissing ? "error" : "none"}
          validationMessage={commentMissing ? text.commentRequired : null}
        >
          <Textarea
            textarea={{ ref: commentRef }}
            value={comment}
            resize="vertical"
            onChange={(_event, data) => {
              setComment(data.value);
              if (data.value.trim() !== "") setCommentMissing(false);
            }}
          />
        </Field>
      )}
      <div className={styles.actions}>
        {item.explanation !== null && (
          <>
            <Button
              appearance="primary"
              icon={<CheckmarkRegular />}
              disabledFocusable={busy}
              aria-describedby={headingId}
              onClick={() => void decide("accepted")}
            >
              {text.accept}
            </Button>
            <Button
              icon={<ArrowUndoRegular />}
              disabledFocusable={busy}
              aria-describedby={headingId}
              onClick={() => void decide("returned")}
            >
              {text.return}
            </Button>
          </>
        )}
        {item.address !== null && (
          <Button
            appearance="subtle"
            icon={<LocationRegular />}
            disabledFocusable={busy}
            aria-describedby={headingId}
            onClick={() => item.address !== null && onGoTo(item.address)}
          >
            {text.goTo}
          </Button>
        )}
      </div>
      <CellHistory entries={history} label={fill(text.historyLabel, cell)} text={text} locale={locale} />
    </article>
  );
}
