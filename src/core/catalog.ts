/**
 * Extracted entries → a plan's indicators. A plan states an indicator in its table and restates it in its text,
 * often under a shorter name or in another unit (29600亿元 in the table, 2.96万亿元 in the text); one indicator
 * with all its provenances comes out, and a disagreement is reported for a person to settle, never chosen silently.
 */
import type { ExtractedIndicator } from "./extract/types";
import { indicatorId, normaliseIndicatorName } from "./indicator-id";
import { inferMeasure } from "./measure";
import type { Indicator, Plan, PlanPeriod, Provenance, Target } from "./model";
import { convertValue, unitsCompatible } from "./units";

/** A table row and a text statement name the same indicator but give different targets (after unit conversion). */
export interface CatalogConflict {
  readonly code: "target-mismatch";
  readonly name: string;
  readonly kept: { readonly line: number; readonly target: Target; readonly unit: string | null };
  readonly other: { readonly line: number; readonly target: Target; readonly unit: string | null };
}

/** An entry that cannot become an indicator, with why. */
export interface CatalogSkip {
  readonly code: "no-target-year" | "no-target-value";
  readonly name: string;
  readonly line: number;
}

export interface CatalogBuild {
  readonly plan: Plan;
  readonly conflicts: readonly CatalogConflict[];
  readonly skipped: readonly CatalogSkip[];
}

export interface CatalogMeta {
  readonly id: string;
  readonly title: string;
  readonly region: string | null;
  readonly period: PlanPeriod;
}

/** Relative difference within which two statements of a target agree (rounding in 2.96万亿 vs 29600亿). */
const AGREEMENT = 0.005;

/** A shorter name must be this long to stand for a longer one (`营业收入` for `全省高新技术产业营业收入` is too vague). */
const MIN_SHARED_NAME = 6;

interface Group {
  readonly primary: ExtractedIndicator;
  readonly target: Target;
  readonly key: string;
  /** The table's unit, or the first a restatement gives when the table gives none (`每万劳动力中研发人员数`, 人). */
  unit: string | null;
  readonly provenance: Provenance[];
}

/**
 * @example
 * buildCatalog(extractPlan(text).indicators, { id: "sichuan-14th-hitech", title, region: "四川省", period })
 * // → { plan: { indicators: [{ name: "全省高新技术产业营业收入", unit: "亿元", provenance: [table 127, text 60] …}] },
 * //     conflicts: [], skipped: [] }
 */
export function buildCatalog(entries: readonly ExtractedIndicator[], meta: CatalogMeta): CatalogBuild {
  const groups: Group[] = [];
  const conflicts: CatalogConflict[] = [];
  const skipped: CatalogSkip[] = [];
  // Table rows first: a table is the plan's own statement of record; text restates it.
  const ordered = [...entries].sort((a, b) => rank(a) - rank(b) || a.line - b.line);

  for (const entry of ordered) {
    const target = targetOf(entry);
    if (!target.ok) {
      skipped.push({ code: target.code, name: entry.name, line: entry.line });
      continue;
    }
    const key = normaliseIndicatorName(entry.name);
    const sameYear = groups.filter((group) => group.target.year === target.value.year);
    // Two rows of a table are two indicators unless they carry the very same name (a table split by a page
    // break and restated); a sentence may name its indicator more loosely.
    const named = sameYear.filter((group) =>
      entry.source === "table"
        ? group.key === key
        : sameName(group.key, key) && unitsCompatible(group.unit, entry.unit),
    );
    const agreeing = named.find((group) => agrees(group, entry, target.value));
    const match =
      agreeing ??
      (named.length > 0 || entry.source === "table"
        ? undefined
        : sameYear.find((group) => looselyNamed(group.key, key) && agrees(group, entry, target.value)));
    if (match !== undefined) {
      match.provenance.push(provenanceOf(entry));
      if (match.unit === null && entry.unit !== null && convertValue(1, entry.unit, null).ok) match.unit = entry.unit;
      continue;
    }
    const disagreeing = named[0];
    if (disagreeing !== undefined) {
      conflicts.push({
        code: "target-mismatch",
        name: disagreeing.primary.name,
        kept: { line: disagreeing.primary.line, target: disagreeing.target, unit: disagreeing.unit },
        other: { line: entry.line, target: target.value, unit: entry.unit },
      });
      continue;
    }
    groups.push({ primary: entry, target: target.value, key, unit: entry.unit, provenance: [provenanceOf(entry)] });
  }

  // In the order of the plan's own table, then of first mention in the text.
  const indicators = groups
    .sort((a, b) => rank(a.primary) - rank(b.primary) || a.primary.line - b.primary.line)
    .map((group) => indicatorOf(group, meta));
  return { plan: { ...meta, indicators }, conflicts, skipped };
}

const rank = (entry: ExtractedIndicator): number => (entry.source === "table" ? 0 : 1);

/** One name stands for the other when equal, or when the shorter is a long enough part of the longer. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_SHARED_NAME && longer.includes(shorter);
}

/**
 * Names that may be one indicator when their targets agree: one a part of the other however short (`瞪羚企业` and
 * `瞪羚企业数`), or sharing a long run of characters (`全社会R&D支出占GDP的比重` and `全社会R&D经费支出占GDP的比重`
 * share `支出占gdp的比重`). Only an agreeing target makes them one.
 */
function looselyNamed(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  for (let i = 0; i + MIN_SHARED_NAME <= a.length; i++) if (b.includes(a.slice(i, i + MIN_SHARED_NAME))) return true;
  return false;
}

/** Targets agree when their bounds match after unit conversion; 翻一番 stands for twice the table's baseline. */
function agrees(group: Group, entry: ExtractedIndicator, target: Target): boolean {
  const baseline = group.primary.baselineValue;
  const resolve = (t: Target): Exclude<Target, { comparator: "x2" }> | null =>
    t.comparator !== "x2" ? t : baseline === null ? null : { comparator: ">=", year: t.year, value: 2 * baseline };
  const [mineTarget, theirTarget] = [resolve(group.target), resolve(target)];
  if (mineTarget === null || theirTarget === null) return group.target.comparator === target.comparator;
  const mine = boundsOf(mineTarget);
  const theirs = boundsOf(theirTarget).map((value) =>
    target.comparator === "x2" ? { ok: true as const, value } : convertValue(value, entry.unit, group.unit),
  );
  if (theirs.some((converted) => !converted.ok) || mine.length !== theirs.length) return false;
  return theirs.every((converted, i) => converted.ok && close(converted.value, mine[i] ?? Number.NaN));
}

const boundsOf = (target: Exclude<Target, { comparator: "x2" }>): readonly number[] =>
  target.comparator === "range" ? [target.low, target.high] : [target.value];

const close = (a: number, b: number): boolean => Math.abs(a - b) <= AGREEMENT * Math.max(Math.abs(a), Math.abs(b));

type TargetOutcome =
  { readonly ok: true; readonly value: Target } | { readonly ok: false; readonly code: CatalogSkip["code"] };

function targetOf(entry: ExtractedIndicator): TargetOutcome {
  const year = entry.targetYear;
  if (year === null) return { ok: false, code: "no-target-year" };
  switch (entry.comparator) {
    case "x2":
      return { ok: true, value: { comparator: "x2", year } };
    case "range":
      return entry.targetLow === null || entry.targetHigh === null
        ? { ok: false, code: "no-target-value" }
        : { ok: true, value: { comparator: "range", year, low: entry.targetLow, high: entry.targetHigh } };
    default:
      return entry.targetValue === null
        ? { ok: false, code: "no-target-value" }
        : { ok: true, value: { comparator: entry.comparator, year, value: entry.targetValue } };
  }
}

function provenanceOf(entry: ExtractedIndicator): Provenance {
  return { source: entry.source, line: entry.line, snippet: entry.snippet };
}

/**
 * A 新增 target counts what is added during the period, not the stock: its name says so (a person entering the
 * stock of platforms against "20" would be told it is achieved), and its baseline is zero in the year before
 * the period, so the path runs from nothing added to the target.
 */
function indicatorOf(group: Group, meta: CatalogMeta): Indicator {
  const { primary } = group;
  const name = primary.increment && !primary.name.startsWith("新增") ? `新增${primary.name}` : primary.name;
  const stated =
    primary.baselineYear === null || primary.baselineValue === null
      ? null
      : { year: primary.baselineYear, value: primary.baselineValue };
  return {
    id: indicatorId(meta.id, name, group.target.year),
    name,
    unit: group.unit,
    attribute: primary.attribute,
    direction: primary.direction,
    measure: inferMeasure(name, group.unit),
    baseline: stated ?? (primary.increment ? { year: meta.period.start - 1, value: 0 } : null),
    target: group.target,
    provenance: [...group.provenance].sort((a, b) => a.line - b.line),
  };
}
