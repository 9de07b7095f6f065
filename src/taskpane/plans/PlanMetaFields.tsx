import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/messages";
import type { Draft } from "./draft";
import type { DraftCheck, FieldIssue } from "./draft-plan";
import { issueText } from "./issue-text";
import type { PlansText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  years: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  year: { flex: "1 1 8em", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

export interface PlanMetaFieldsProps {
  readonly draft: Draft;
  readonly check: DraftCheck;
  readonly text: PlansText;
  readonly locale: Locale;
  readonly onChange: (patch: Partial<Pick<Draft, "title" | "startText" | "endText">>) => void;
}

/** The imported plan's title and period, as the extractor read them, for the person to correct. */
export function PlanMetaFields({ draft, check, text, locale, onChange }: PlanMetaFieldsProps) {
  const styles = useStyles();
  const words = text.preview;
  const problem = (issue: FieldIssue | null, required: string) =>
    issue === null
      ? {}
      : { validationState: "error" as const, validationMessage: issueText(issue, required, text, locale) };
  return (
    <div className={styles.root}>
      <Field label={words.planTitle} required {...problem(check.title, words.titleRequired)}>
        <Input className={styles.input} value={draft.title} onChange={(_e, data) => onChange({ title: data.value })} />
      </Field>
      <div className={styles.years}>
        <Field className={styles.year} label={words.start} required {...problem(check.start, words.yearInvalid)}>
          <Input
            className={styles.input}
            inputMode="numeric"
            value={draft.startText}
            onChange={(_e, data) => onChange({ startText: data.value })}
          />
        </Field>
        <Field className={styles.year} label={words.end} required {...problem(check.end, words.yearInvalid)}>
          <Input
            className={styles.input}
            inputMode="numeric"
            value={draft.endText}
            onChange={(_e, data) => onChange({ endText: data.value })}
          />
        </Field>
      </div>
    </div>
  );
}
