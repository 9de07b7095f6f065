import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatTarget, type Locale } from "../../core/messages";
import type { Provenance } from "../../core/model";
import { fill } from "../strings";
import type { Draft, DraftConflict } from "./draft";
import { conflictEntry } from "./draft-edit";
import { sourceText } from "./source-text";
import type { PlansText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  option: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3, whiteSpace: "pre-wrap" },
});

export interface ConflictListProps {
  readonly draft: Draft;
  readonly text: PlansText;
  readonly locale: Locale;
  readonly onSettle: (index: number, choice: "kept" | "other") => void;
}

/** Targets the plan states twice, differently: the person picks one, the pane never picks silently. */
export function ConflictList({ draft, text, locale, onSettle }: ConflictListProps) {
  const styles = useStyles();
  const headingId = useId();
  const words = text.preview;
  if (draft.conflicts.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} className={styles.heading} weight="semibold" block>
        {fill(words.conflicts, { count: draft.conflicts.length })}
      </Text>
      <Text block>{words.conflictsIntro}</Text>
      {draft.conflicts.map((conflict, index) => (
        <Field
          key={`${conflict.kept.line}:${conflict.other.line}`}
          label={fill(words.conflictLegend, { name: conflict.name })}
          required
        >
          <RadioGroup
            value={conflict.choice ?? ""}
            onChange={(_event, data) => onSettle(index, data.value === "other" ? "other" : "kept")}
          >
            {(["kept", "other"] as const).map((side) => (
              <Radio
                key={side}
                value={side}
                label={
                  <span className={styles.option}>
                    <span>
                      {fill(words.conflictOption, {
                        line: conflict[side].line,
                        target: formatTarget(conflict[side].target, locale),
                        unit: conflict[side].unit === null ? "" : ` ${conflict[side].unit}`,
                      })}
                    </span>
                    <span className={styles.source}>
                      {sourceText(draft.lines, provenanceOf(draft, conflict, side))}
                    </span>
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </Field>
      ))}
    </section>
  );
}

function provenanceOf(draft: Draft, conflict: DraftConflict, side: "kept" | "other"): Provenance {
  if (side === "other") return conflict.other.provenance;
  const kept = conflictEntry(draft, conflict)?.provenance.find((p) => p.line === conflict.kept.line);
  return kept ?? { source: "text", line: conflict.kept.line, snippet: "" };
}
