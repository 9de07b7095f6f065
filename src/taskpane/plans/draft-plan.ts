/**
 * A draft → the plan the workbook gets, or the problems that keep it from being one, each tied to its field so
 * the preview can show it there. Figures are read with the core's `parseFigure`, ids made with `indicatorId`,
 * so an imported plan is built as the built-in catalogs are.
 */
import { planRegion } from "../../core/extract/plan-meta";
import { parseFigure } from "../../core/figures";
import type { FigureFailureCode } from "../../core/figure-types";
import { indicatorId, normaliseIndicatorName } from "../../core/indicator-id";
import { inferMeasure } from "../../core/measure";
import type { Baseline, Comparator, Direction, Indicator, Plan, Target } from "../../core/model";
import type { Draft, DraftEntry } from "./draft";
import { conflictEntry } from "./draft-edit";
import { importedPlanId, type KnownPlan } from "./plan-id";

/** Why a field's text cannot be used, as data; `strings.ts` words it. */
export type FieldIssue =
  | { readonly code: "required" }
  | { readonly code: "not-a-figure"; readonly failure: FigureFailureCode }
  | { readonly code: "unit-mismatch"; readonly unit: string; readonly expected: string }
  | { readonly code: "single-value" }
  | { readonly code: "duplicate"; readonly other: string }
  | { readonly code: "year" }
  | { readonly code: "end-before-start" };

export interface EntryCheck {
  readonly name: FieldIssue | null;
  readonly baseline: FieldIssue | null;
  readonly target: FieldIssue | null;
  /** The target as it will be written, for the field's hint; null while the text is not one. */
  readonly readTarget: Target | null;
  /** The baseline's year: as the plan states it, else the year before the period; null while the period is not one. */
  readonly baselineYear: number | null;
}

export interface DraftCheck {
  /** Null while any problem below remains. */
  readonly plan: Plan | null;
  readonly title: FieldIssue | null;
  readonly start: FieldIssue | null;
  readonly end: FieldIssue | null;
  readonly entries: ReadonlyMap<string, EntryCheck>;
  readonly noneKept: boolean;
  /** Conflicts of included entries that the person has not settled. */
  readonly unsettled: number;
  /** Field problems, for the summary beside the button. */
  readonly problems: number;
}

const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

/**
 * @example
 * checkDraft(draftFromText(seed000).draft, []).plan
 * // → { id: "imported-…", title: "成都市“十三五”科技创新规划", region: "成都市", period: { start: 2016, end: 2020 },
 * //     indicators: [{ id: "imported-…:科技进步贡献率:2020", target: { comparator: ">=", value: 67, … }, … }, …] }
 */
export function checkDraft(draft: Draft, known: readonly KnownPlan[]): DraftCheck {
  const title = draft.title.trim();
  const start = readYear(draft.startText);
  const end = readYear(draft.endText);
  const endIssue = !end.ok
    ? end.issue
    : start.ok && end.year < start.year
      ? { code: "end-before-start" as const }
      : null;
  const titleIssue = title === "" ? { code: "required" as const } : null;
  const startYear = start.ok ? start.year : null;

  const seen = new Map<string, string>();
  const entries = new Map<string, EntryCheck>();
  const built: { entry: DraftEntry; target: Target; baseline: Baseline | null }[] = [];
  for (const entry of draft.entries) {
    const baselineYear = entry.baselineYear ?? (startYear === null ? null : startYear - 1);
    const target = readTarget(entry);
    const baseline = readBaseline(entry, baselineYear);
    const name = entry.name.trim();
    const sameKey = `${normaliseIndicatorName(name)}|${entry.targetYear}`;
    const earlier = entry.included ? seen.get(sameKey) : undefined;
    const nameIssue: FieldIssue | null =
      name === "" ? { code: "required" } : earlier !== undefined ? { code: "duplicate", other: earlier } : null;
    if (entry.included && name !== "" && earlier === undefined) seen.set(sameKey, name);
    entries.set(entry.key, {
      name: nameIssue,
      target: target.ok ? null : target.issue,
      baseline: baseline.ok ? null : baseline.issue,
      readTarget: target.ok ? target.value : null,
      baselineYear,
    });
    if (entry.included && target.ok && baseline.ok)
      built.push({ entry, target: target.value, baseline: baseline.value });
  }

  const included = draft.entries.filter((entry) => entry.included);
  const entryProblems = included
    .map((entry) => entries.get(entry.key))
    .reduce((sum, c) => sum + [c?.name, c?.target, c?.baseline].filter((issue) => issue != null).length, 0);
  const problems =
    [titleIssue, start.ok ? null : start.issue, endIssue].filter((i) => i !== null).length + entryProblems;
  const unsettled = draft.conflicts.filter(
    (conflict) => conflict.choice === null && conflictEntry(draft, conflict)?.included === true,
  ).length;
  const noneKept = included.length === 0;

  const ready = problems === 0 && unsettled === 0 && !noneKept && start.ok && end.ok;
  const id = importedPlanId(title, known);
  const plan: Plan | null = !ready
    ? null
    : {
        id,
        title,
        region: planRegion(title),
        period: { start: start.year, end: end.year },
        indicators: built.map(({ entry, target, baseline }) => indicatorOf(id, entry, target, baseline)),
      };
  return {
    plan,
    title: titleIssue,
    start: start.ok ? null : start.issue,
    end: endIssue,
    entries,
    noneKept,
    unsettled,
    problems,
  };
}

function indicatorOf(planId: string, entry: DraftEntry, target: Target, baseline: Baseline | null): Indicator {
  const name = entry.name.trim();
  const unit = entry.unit.trim() === "" ? null : entry.unit.trim();
  return {
    id: indicatorId(planId, name, target.year),
    name,
    unit,
    attribute: entry.attribute,
    direction: directionOf(target.comparator, entry.direction),
    measure: inferMeasure(name, unit),
    baseline,
    target,
    provenance: entry.provenance,
  };
}

/** A one-sided target says which way is good; `=`, a range and 翻一番 keep what the plan's wording said. */
function directionOf(comparator: Comparator, stated: Direction): Direction {
  if (comparator === ">=" || comparator === ">") return "increase";
  if (comparator === "<=" || comparator === "<") return "decrease";
  return stated;
}

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: FieldIssue };

/** English speakers write doubling as these; `parseFigure` reads the Chinese words (翻一番, 倍增). */
const DOUBLING = /^(?:[x×]\s*2|double(?:\s+the\s+baseline)?)$/iu;

/**
 * The target text → a target in the entry's target year. A bare number keeps the plan's comparator (a table's
 * bare `67` means “at least 67”); a unit, when written, must be the entry's own.
 *
 * @example readTarget({ targetText: "70", comparator: ">=", targetYear: 2020, unit: "%" , … }) // → ok, ≥70 in 2020
 * @example readTarget({ targetText: "3-5", … }) // → ok, range 3–5
 */
export function readTarget(entry: Pick<DraftEntry, "targetText" | "comparator" | "targetYear" | "unit">): Read<Target> {
  const text = entry.targetText.trim();
  const year = entry.targetYear;
  if (text === "") return { ok: false, issue: { code: "required" } };
  if (DOUBLING.test(text)) return { ok: true, value: { comparator: "x2", year } };
  const figure = parseFigure(text, "cell");
  if (!figure.ok)
    return { ok: false, issue: { code: "not-a-figure", failure: figure.issues[0]?.code ?? "not-a-number" } };
  const read = figure.value;
  if (read.kind === "missing") return { ok: false, issue: { code: "required" } };
  const unitIssue = unitMismatch(read.unit, entry.unit);
  if (unitIssue !== null) return { ok: false, issue: unitIssue };
  if (read.comparator === "x2") return { ok: true, value: { comparator: "x2", year } };
  if (read.comparator === "range") {
    return read.low === null || read.high === null
      ? { ok: false, issue: { code: "not-a-figure", failure: "malformed-number" } }
      : { ok: true, value: { comparator: "range", year, low: read.low, high: read.high } };
  }
  if (read.value === null) return { ok: false, issue: { code: "not-a-figure", failure: "malformed-number" } };
  const bare = entry.comparator === "range" || entry.comparator === "x2" ? ">=" : entry.comparator;
  const comparator = read.comparator === "=" ? bare : read.comparator;
  return { ok: true, value: { comparator, year, value: read.value } };
}

/** Blank (or a “no figure” mark such as ——) is no baseline; otherwise one number. */
export function readBaseline(
  entry: Pick<DraftEntry, "baselineText" | "unit">,
  year: number | null,
): Read<Baseline | null> {
  const figure = parseFigure(entry.baselineText, "cell");
  if (!figure.ok)
    return { ok: false, issue: { code: "not-a-figure", failure: figure.issues[0]?.code ?? "not-a-number" } };
  const read = figure.value;
  if (read.kind === "missing") return { ok: true, value: null };
  const unitIssue = unitMismatch(read.unit, entry.unit);
  if (unitIssue !== null) return { ok: false, issue: unitIssue };
  if (read.comparator !== "=" || read.value === null) return { ok: false, issue: { code: "single-value" } };
  // Without a period there is no year to put the baseline in; the period's own field reports that.
  return { ok: true, value: year === null ? null : { year, value: read.value } };
}

function unitMismatch(written: string | null, expected: string): FieldIssue | null {
  if (written === null || written === expected.trim()) return null;
  return { code: "unit-mismatch", unit: written, expected: expected.trim() };
}

type YearRead = { readonly ok: true; readonly year: number } | { readonly ok: false; readonly issue: FieldIssue };

function readYear(text: string): YearRead {
  const digits = text.normalize("NFKC").trim();
  const year = /^\d{4}$/u.test(digits) ? Number(digits) : Number.NaN;
  return year >= FIRST_YEAR && year <= LAST_YEAR ? { ok: true, year } : { ok: false, issue: { code: "year" } };
}
