/**
 * What a person does to a draft before it becomes a plan: edit an entry, merge entries that are one indicator,
 * settle a target the plan states twice. Pure: each returns a new draft.
 */
import type { Provenance } from "../../core/model";
import { targetText, type Draft, type DraftConflict, type DraftEntry } from "./draft";

export type EntryPatch = Partial<
  Pick<DraftEntry, "included" | "markedForMerge" | "name" | "unit" | "baselineText" | "targetText">
>;

export function updateEntry(draft: Draft, key: string, patch: EntryPatch): Draft {
  return { ...draft, entries: draft.entries.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry)) };
}

export const markedForMerge = (draft: Draft): readonly DraftEntry[] =>
  draft.entries.filter((entry) => entry.markedForMerge);

/**
 * Merges the entries marked for merge into the first of them (in list order): its fields stay, an empty one is
 * filled from the next entry that has it, and the sources of all are kept. The merged entry is included.
 * Fewer than two marked: the draft as it is.
 *
 * @example
 * mergeMarked(draft) // entries [A (unit "", marked), B (unit "%", marked)] → [A with unit "%", sources of A and B]
 */
export function mergeMarked(draft: Draft): Draft {
  const marked = markedForMerge(draft);
  const [first, ...others] = marked;
  if (first === undefined || others.length === 0) return draft;
  const merged = others.reduce<DraftEntry>(
    (into, from) => ({
      ...into,
      name: into.name.trim() === "" ? from.name : into.name,
      unit: into.unit.trim() === "" ? from.unit : into.unit,
      ...(into.baselineText.trim() === "" ? { baselineText: from.baselineText, baselineYear: from.baselineYear } : {}),
      ...(into.targetText.trim() === ""
        ? { targetText: from.targetText, comparator: from.comparator, targetYear: from.targetYear }
        : {}),
      attribute: into.attribute ?? from.attribute,
      provenance: unionOf(into.provenance, from.provenance),
    }),
    { ...first, included: true, markedForMerge: false },
  );
  const absorbed = new Set(others.map((entry) => entry.key));
  return {
    ...draft,
    entries: draft.entries.flatMap((entry) =>
      entry.key === first.key ? [merged] : absorbed.has(entry.key) ? [] : [entry],
    ),
    // A conflict about an absorbed entry is now about the merged one, which holds its target's line.
    conflicts: draft.conflicts.map((conflict) =>
      conflict.entryKey !== null && absorbed.has(conflict.entryKey) ? { ...conflict, entryKey: first.key } : conflict,
    ),
  };
}

function unionOf(a: readonly Provenance[], b: readonly Provenance[]): readonly Provenance[] {
  const seen = new Set(a.map(keyOf));
  return [...a, ...b.filter((p) => !seen.has(keyOf(p)))].sort((x, y) => x.line - y.line);
}

const keyOf = (p: Provenance): string => `${p.source}:${p.line}`;

/** The entry a conflict is about: the one stating the kept target, or after a merge the one it went into. */
export function conflictEntry(draft: Draft, conflict: DraftConflict): DraftEntry | null {
  return draft.entries.find((entry) => entry.key === conflict.entryKey) ?? null;
}

/**
 * Settles a conflict: the chosen statement's target and unit go into its entry, and the other statement's line
 * joins the entry's sources while it is the one chosen.
 */
export function settleConflict(draft: Draft, index: number, choice: "kept" | "other"): Draft {
  const conflict = draft.conflicts[index];
  if (conflict === undefined) return draft;
  const entry = conflictEntry(draft, conflict);
  const conflicts = draft.conflicts.map((c, i) => (i === index ? { ...c, choice } : c));
  if (entry === null) return { ...draft, conflicts };
  const side = choice === "kept" ? conflict.kept : conflict.other;
  // Only a line this conflict added goes again: the entry may state another target on the same line.
  const withoutOther =
    conflict.choice === "other"
      ? entry.provenance.filter((p) => keyOf(p) !== keyOf(conflict.other.provenance))
      : entry.provenance;
  const settled: DraftEntry = {
    ...entry,
    unit: side.unit ?? "",
    targetText: targetText(side.target),
    comparator: side.target.comparator,
    provenance: choice === "other" ? unionOf(withoutOther, [conflict.other.provenance]) : withoutOther,
  };
  return { ...draft, conflicts, entries: draft.entries.map((e) => (e.key === entry.key ? settled : e)) };
}

/**
 * Whether the person changed the draft since it was extracted: a field, an entry left out, a merge, a target
 * chosen. Ticks for a merge not yet made do not count; losing them costs nothing.
 */
export function draftEdited(draft: Draft, extracted: Draft): boolean {
  return JSON.stringify(editsOf(draft)) !== JSON.stringify(editsOf(extracted));
}

const editsOf = (draft: Draft) => ({
  meta: [draft.title, draft.startText, draft.endText],
  entries: draft.entries.map((e) => [e.key, e.included, e.name, e.unit, e.baselineText, e.targetText]),
  choices: draft.conflicts.map((c) => c.choice),
});
