import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Locale } from "../../core/messages";
import { fill } from "../strings";
import { describeItem } from "./describe";
import { ExplanationEditor } from "./ExplanationEditor";
import type { CheckItem } from "./items";
import type { CheckText } from "./strings";

export interface ItemDetailsProps {
  readonly item: CheckItem;
  readonly text: CheckText;
  readonly locale: Locale;
  readonly focusEditor: boolean;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  heading: { margin: 0 },
});

/**
 * The chosen item in full (the list cuts long messages to fit 320 px), and for a warning the editor of its
 * explanation.
 */
export function ItemDetails({ item, text, locale, focusEditor, onSaved, onClose }: ItemDetailsProps) {
  const styles = useStyles();
  const headingId = useId();
  const words = describeItem(item, locale, text);
  return (
    <section className={styles.details} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {fill(text.details.heading, { name: item.name, year: words.year })}
      </Text>
      <Text block>
        {words.rule} · {fill(text.figure, { figure: words.figure })} ·{" "}
        {fill(text.expected, { expected: words.expected })}
      </Text>
      <Text block>{words.message}</Text>
      {item.kind === "finding" && item.group === "explain" ? (
        <ExplanationEditor
          key={`${item.indicatorId}@${item.year}`}
          item={item}
          text={text}
          focusOnOpen={focusEditor}
          onSaved={onSaved}
          onClose={onClose}
        />
      ) : (
        <Text block size={200}>
          {item.kind === "status" ? text.details.statusHint : text.details.errorHint}
        </Text>
      )}
    </section>
  );
}
