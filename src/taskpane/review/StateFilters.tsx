import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/messages";
import { reviewStateLabel } from "../../core/messages";
import { fill } from "../strings";
import { REVIEW_FILTERS, type ReviewFilter, type ReviewProgress } from "./review-items";
import type { ReviewText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function filterLabel(filter: ReviewFilter, text: ReviewText, locale: Locale): string {
  return filter === "all" ? text.all : reviewStateLabel(filter, locale);
}

export interface StateFiltersProps {
  readonly filter: ReviewFilter;
  readonly progress: ReviewProgress;
  readonly text: ReviewText;
  readonly locale: Locale;
  readonly onChange: (filter: ReviewFilter) => void;
}

/** Counts by review state, each a button that shows only the cells in that state. */
export function StateFilters({ filter, progress, text, locale, onChange }: StateFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label={text.filters}>
      {REVIEW_FILTERS.map((option) => (
        <ToggleButton key={option} size="small" checked={option === filter} onClick={() => onChange(option)}>
          {fill(text.filterOption, { label: filterLabel(option, text, locale), count: progress.counts[option] })}
        </ToggleButton>
      ))}
    </div>
  );
}
