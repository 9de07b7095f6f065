import { Badge, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { statusLabel, type Locale } from "../../core/messages";
import { STATUSES } from "../../core/model";
import type { SummaryCounts } from "../../core/summary";
import { fill } from "../strings";
import { STATUS_BADGE } from "./status-look";
import type { SummaryText } from "./strings";

const useStyles = makeStyles({
  heading: { margin: 0 },
  // Two columns fit in 320 px; wider panes take more, so all seven statuses stay in view without scrolling.
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  label: { overflowWrap: "anywhere" },
  zero: { color: tokens.colorNeutralForeground3 },
});

/** Every status with its count, zeros included, so a manager sees at once that nothing is behind schedule. */
export function StatusCounts({
  counts,
  locale,
  text,
}: {
  readonly counts: SummaryCounts;
  readonly locale: Locale;
  readonly text: SummaryText;
}) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <div>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading} block>
        {text.countsHeading}
      </Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {STATUSES.map((status) => {
          const count = counts.byStatus[status];
          return (
            <li key={status} className={styles.item}>
              <Text className={mergeClasses(styles.label, count === 0 && styles.zero)}>
                {statusLabel(status, locale)}
              </Text>
              {/* A zero needs no alarm colour: every zero reads the same quiet grey. */}
              <Badge
                appearance={count === 0 ? "outline" : "tint"}
                color={count === 0 ? "informative" : STATUS_BADGE[status]}
              >
                {fill(text.count, { count })}
              </Badge>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
