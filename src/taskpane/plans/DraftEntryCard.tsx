import { Checkbox, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { fill } from "../strings";
import type { DraftEntry } from "./draft";
import type { EntryPatch } from "./draft-edit";
import { sourceText } from "./source-text";
import type { PlansText } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  excluded: { backgroundColor: tokens.colorNeutralBackground3 },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  choices: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  sources: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  sourceLine: { color: tokens.colorNeutralForeground3 },
  input: { width: "100%", minWidth: 0 },
});

/** Props are plain values (messages as text), so a card re-renders only when its own entry or messages change. */
export interface DraftEntryCardProps {
  readonly entry: DraftEntry;
  readonly nameProblem: string | null;
  readonly baselineProblem: string | null;
  readonly targetProblem: string | null;
  /** The target as it will be written (`≥70`), or null while the text is not one. */
  readonly targetNow: string | null;
  readonly baselineYear: number | null;
  readonly lines: readonly string[];
  readonly text: PlansText;
  readonly onChange: (key: string, patch: EntryPatch) => void;
}

/**
 * One extracted indicator: where the plan states it (as plain text: it comes from the pasted document), whether
 * it goes into the sheet, whether it is to be merged, and its editable fields with their problems.
 */
export const DraftEntryCard = memo(function DraftEntryCard({
  entry,
  nameProblem,
  baselineProblem,
  targetProblem,
  targetNow,
  baselineYear,
  lines,
  text,
  onChange,
}: DraftEntryCardProps) {
  const styles = useStyles();
  const words = text.preview;
  const problem = (message: string | null) =>
    message === null ? {} : { validationState: "error" as const, validationMessage: message };

  return (
    <fieldset className={entry.included ? styles.root : `${styles.root} ${styles.excluded}`}>
      <legend className={styles.legend}>{entry.name.trim() || words.untitled}</legend>
      <div className={styles.choices}>
        <Checkbox
          label={words.include}
          checked={entry.included}
          onChange={(_event, data) => onChange(entry.key, { included: data.checked === true })}
        />
        <Checkbox
          label={words.markForMerge}
          checked={entry.markedForMerge}
          onChange={(_event, data) => onChange(entry.key, { markedForMerge: data.checked === true })}
        />
      </div>
      <div>
        <Text size={200} weight="semibold" block>
          {words.sources}
        </Text>
        <ul className={styles.sources}>
          {entry.provenance.map((provenance) => (
            <li key={`${provenance.source}:${provenance.line}`}>
              <Text size={200}>
                <span className={styles.sourceLine}>
                  {fill(words.sourceLine, {
                    line: provenance.line,
                    kind: provenance.source === "table" ? words.table : words.text,
                  })}
                </span>
                {sourceText(lines, provenance)}
              </Text>
            </li>
          ))}
        </ul>
      </div>
      <Field label={words.name} required {...problem(nameProblem)}>
        <Input
          className={styles.input}
          value={entry.name}
          onChange={(_event, data) => onChange(entry.key, { name: data.value })}
        />
      </Field>
      <Field label={words.unitLabel}>
        <Input
          className={styles.input}
          value={entry.unit}
          onChange={(_event, data) => onChange(entry.key, { unit: data.value })}
        />
      </Field>
      <Field
        label={baselineYear === null ? words.baselineNoYear : fill(words.baseline, { year: baselineYear })}
        hint={words.baselineHint}
        {...problem(baselineProblem)}
      >
        <Input
          className={styles.input}
          value={entry.baselineText}
          onChange={(_event, data) => onChange(entry.key, { baselineText: data.value })}
        />
      </Field>
      <Field
        label={fill(words.targetLabel, { year: entry.targetYear })}
        required
        hint={fill(words.targetHint, { target: targetNow ?? "—" })}
        {...problem(targetProblem)}
      >
        <Input
          className={styles.input}
          value={entry.targetText}
          onChange={(_event, data) => onChange(entry.key, { targetText: data.value })}
        />
      </Field>
    </fieldset>
  );
});
