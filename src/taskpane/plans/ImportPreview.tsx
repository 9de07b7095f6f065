import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { MergeRegular } from "@fluentui/react-icons";
import { useCallback, useId, useMemo } from "react";
import { formatTarget, type Locale } from "../../core/messages";
import { fill } from "../strings";
import { ConflictList } from "./ConflictList";
import type { Draft } from "./draft";
import { markedForMerge, mergeMarked, settleConflict, updateEntry, type EntryPatch } from "./draft-edit";
import { checkDraft, type DraftCheck, type FieldIssue } from "./draft-plan";
import { DraftEntryCard } from "./DraftEntryCard";
import { issueText } from "./issue-text";
import type { KnownPlan } from "./plan-id";
import { PopulateAction } from "./PopulateAction";
import { PlanMetaFields } from "./PlanMetaFields";
import type { PlansText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: "none", minWidth: 0 },
  merge: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

export interface ImportPreviewProps {
  readonly draft: Draft;
  readonly onDraft: (change: (draft: Draft) => Draft) => void;
  /** Plans whose ids an imported plan of the same title keeps. */
  readonly known: readonly KnownPlan[];
  readonly text: PlansText;
  readonly locale: Locale;
  readonly announce: (message: string) => void;
  readonly onPopulated: () => void;
}

/** The extracted plan, editable: title and period, differing targets to settle, each indicator, then the sheet. */
export function ImportPreview({ draft, onDraft, known, text, locale, announce, onPopulated }: ImportPreviewProps) {
  const styles = useStyles();
  const headingId = useId();
  const words = text.preview;
  const check = useMemo(() => checkDraft(draft, known), [draft, known]);
  const marked = markedForMerge(draft);
  const kept = draft.entries.filter((entry) => entry.included).length;

  const changeEntry = useCallback(
    (key: string, patch: EntryPatch) => onDraft((current) => updateEntry(current, key, patch)),
    [onDraft],
  );
  const merge = () => {
    const name = marked[0]?.name ?? "";
    onDraft(mergeMarked);
    announce(fill(words.merged, { count: marked.length, name }));
  };
  const message = (issue: FieldIssue | null | undefined, required: string): string | null =>
    issue == null ? null : issueText(issue, required, text, locale);

  return (
    <div className={styles.root}>
      {draft.skipped > 0 && <Text block>{fill(text.import.skipped, { count: draft.skipped })}</Text>}
      <PlanMetaFields
        draft={draft}
        check={check}
        text={text}
        locale={locale}
        onChange={(patch) => onDraft((current) => ({ ...current, ...patch }))}
      />
      <ConflictList
        draft={draft}
        text={text}
        locale={locale}
        onSettle={(index, choice) => onDraft((current) => settleConflict(current, index, choice))}
      />
      <section aria-labelledby={headingId} className={styles.root}>
        <Text as="h4" id={headingId} className={styles.heading} weight="semibold" block>
          {fill(words.indicators, { kept, total: draft.entries.length })}
        </Text>
        <div className={styles.merge}>
          <Text block>{words.mergeHint}</Text>
          <Button icon={<MergeRegular />} disabledFocusable={marked.length < 2} onClick={merge}>
            {fill(words.merge, { count: marked.length })}
          </Button>
        </div>
        <ul className={styles.list}>
          {draft.entries.map((entry) => {
            const entryCheck = check.entries.get(entry.key);
            const read = entryCheck?.readTarget ?? null;
            return (
              <li key={entry.key} className={styles.item}>
                <DraftEntryCard
                  entry={entry}
                  nameProblem={message(entryCheck?.name, words.nameRequired)}
                  baselineProblem={message(entryCheck?.baseline, words.baselineSingle)}
                  targetProblem={message(entryCheck?.target, words.targetRequired)}
                  targetNow={read === null ? null : formatTarget(read, locale)}
                  baselineYear={entryCheck?.baselineYear ?? null}
                  lines={draft.lines}
                  text={text}
                  onChange={changeEntry}
                />
              </li>
            );
          })}
        </ul>
      </section>
      <PopulateAction plan={check.plan} blocked={blockedReason(check, text)} onPopulated={onPopulated} />
    </div>
  );
}

function blockedReason(check: DraftCheck, text: PlansText): string | null {
  const words = text.preview;
  if (check.noneKept) return words.noneKept;
  if (check.problems > 0) return fill(words.fixFirst, { count: check.problems });
  if (check.unsettled > 0) return fill(words.unsettled, { count: check.unsettled });
  return null;
}
