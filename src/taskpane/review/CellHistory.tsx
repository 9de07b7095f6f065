import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { reviewStateLabel, type Locale } from "../../core/messages";
import { fill } from "../strings";
import { Signed } from "./Signed";
import type { HistoryEntry } from "./review-items";
import type { ReviewText } from "./strings";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  said: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

export interface CellHistoryProps {
  readonly entries: readonly HistoryEntry[];
  /** Names the cell for a screen reader: `有效发明专利总量2017年的审核记录`. */
  readonly label: string;
  readonly text: ReviewText;
  readonly locale: Locale;
}

/** Who said what about the cell, oldest first, behind a disclosure so the list stays short. */
export function CellHistory({ entries, label, text, locale }: CellHistoryProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (entries.length === 0) return null;
  return (
    <div>
      <Button
        appearance="subtle"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        {fill(text.history, { count: entries.length })}
      </Button>
      <ol id={listId} className={styles.list} aria-label={label} hidden={!open}>
        {/* Rendered only when open: a long list of cells should not carry every history in the page. */}
        {open &&
          entries.map((item, index) =>
            item.kind === "explanation" ? (
              <li key={index}>
                <Text weight="semibold">{text.historyExplanation}</Text>{" "}
                <Signed who={item.entry.author} at={item.entry.at} text={text} locale={locale} />
                <Text as="p" className={styles.said} block>
                  {item.entry.text}
                </Text>
              </li>
            ) : (
              <li key={index}>
                <Text weight="semibold">{reviewStateLabel(item.entry.decision, locale)}</Text>{" "}
                <Signed who={item.entry.reviewer} at={item.entry.at} text={text} locale={locale} />
                {item.entry.comment.trim() !== "" && (
                  <Text as="p" className={styles.said} block>
                    {item.entry.comment}
                  </Text>
                )}
              </li>
            ),
          )}
      </ol>
    </div>
  );
}
