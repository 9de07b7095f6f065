import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { fill } from "../strings";
import { CHECK_GROUPS, type GroupCounts, type GroupFilter as Filter } from "./items";
import type { CheckText } from "./strings";

export interface GroupFilterProps {
  readonly value: Filter;
  readonly counts: GroupCounts;
  readonly text: CheckText;
  readonly onChange: (value: Filter) => void;
}

const useStyles = makeStyles({
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  chip: { maxWidth: "100%", whiteSpace: "normal", textAlign: "start" },
});

/** One chip per group with its count, and one for all; the pressed chip is the group shown. */
export function GroupFilter({ value, counts, text, onChange }: GroupFilterProps) {
  const styles = useStyles();
  const total = CHECK_GROUPS.reduce((sum, group) => sum + counts[group], 0);
  const chips: readonly { readonly key: Filter; readonly label: string; readonly count: number }[] = [
    { key: "all", label: text.all, count: total },
    ...CHECK_GROUPS.map((group) => ({ key: group, label: text.groups[group], count: counts[group] })),
  ];
  return (
    <div role="group" aria-label={text.filterGroup} className={styles.chips}>
      {chips.map((chip) => (
        <ToggleButton
          key={chip.key}
          className={styles.chip}
          size="small"
          shape="circular"
          checked={value === chip.key}
          onClick={() => onChange(chip.key)}
        >
          {fill(text.chip, { label: chip.label, count: chip.count })}
        </ToggleButton>
      ))}
    </div>
  );
}
