/**
 * What the data-quality checks report about the figures staff enter: one finding per problem, per cell.
 * A finding carries everything its message needs (values, units, bounds, the method that computed them), so the
 * task pane, the workbook flags and the command line all render it from the finding alone.
 */
import type { FigureFailureCode } from "./figure-types";
import type { Comparator, Direction, Indicator, IndicatorId, Measure } from "./model";

/**
 * Closed list of finding codes, errors first. The order is also the order of findings within one cell.
 * Every code has a message in each locale (`messages/*.ts`); TypeScript fails when one is missing.
 */
export const FINDING_CODES = [
  "unreadable-figure",
  "not-a-single-value",
  "unit-mismatch",
  "duplicate-year",
  "year-outside-plan",
  "negative-value",
  "share-out-of-range",
  "row-without-id",
  "year-on-year-change",
  "worse-than-baseline",
  "unchanged-run",
  "restated-baseline",
  "approximate-figure",
  "footnoted-figure",
  "name-mismatch",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** `error`: the figure cannot be used and must be fixed. `warning`: the figure stands but needs an explanation (审核说明). */
export type Severity = "error" | "warning";

/** Severity is a property of the code, not of the case, so a reviewer learns it once. */
export const FINDING_SEVERITY = {
  "unreadable-figure": "error",
  "not-a-single-value": "error",
  "unit-mismatch": "error",
  "duplicate-year": "error",
  "year-outside-plan": "error",
  "negative-value": "error",
  "share-out-of-range": "error",
  "row-without-id": "error",
  "year-on-year-change": "warning",
  "worse-than-baseline": "warning",
  "unchanged-run": "warning",
  "restated-baseline": "warning",
  "approximate-figure": "warning",
  "footnoted-figure": "warning",
  "name-mismatch": "warning",
} as const satisfies { readonly [C in FindingCode]: Severity };

/** Inclusive bounds. */
export interface Bounds {
  readonly low: number;
  readonly high: number;
}

/**
 * How a year-on-year change was judged. Changes are percentages of the previous year's figure.
 * - `yoy-percent`: the change may not exceed ±`limitPercent` (used while the history is short).
 * - `robust-z`: the change may not lie more than `zLimit` robust standard deviations from the median of the
 *   indicator's own year-on-year changes; `scalePercent` is MAD × 1.4826, or mean absolute deviation × 1.2533
 *   when the MAD is 0, or the threshold's floor when that is larger (`scaleFrom` says which). `changes` is how many
 *   changes the median was taken over.
 */
export type YearOnYearMethod =
  | { readonly kind: "yoy-percent"; readonly limitPercent: number }
  | {
      readonly kind: "robust-z";
      readonly zLimit: number;
      readonly z: number;
      readonly medianPercent: number;
      readonly scalePercent: number;
      readonly scaleFrom: "mad" | "mean-absolute-deviation" | "floor";
      readonly changes: number;
    };

/**
 * Fields every finding has. `expected`, `actual` and `threshold` mean different things per code (documented on each
 * variant) but are always present, so a table of findings can show them without knowing the code.
 */
interface FindingBase<C extends FindingCode> {
  readonly code: C;
  readonly severity: (typeof FINDING_SEVERITY)[C];
  readonly indicatorId: IndicatorId;
  /** The reporting year (the column) the finding is about. */
  readonly year: number;
  /** The row's unit as the plan states it, for rendering values. */
  readonly unit: string | null;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
  readonly threshold: number | Bounds | null;
  readonly method?: YearOnYearMethod;
}

/** The cell text is not a figure. `actual`: the text as typed; `cause`: the figure parser's reason. */
export interface UnreadableFigureFinding extends FindingBase<"unreadable-figure"> {
  readonly expected: null;
  readonly actual: string;
  readonly threshold: null;
  readonly cause: FigureFailureCode;
}

/** A range, bound or multiple (`3-5`, `≥67`, `翻一番`) typed where one actual figure belongs. `written`: its comparator. */
export interface NotASingleValueFinding extends FindingBase<"not-a-single-value"> {
  readonly expected: null;
  readonly actual: string;
  readonly threshold: null;
  readonly written: Exclude<Comparator, "=">;
}

/** The unit or multiplier written with the figure contradicts the row's unit. `expected`: row unit; `actual`: written unit. */
export interface UnitMismatchFinding extends FindingBase<"unit-mismatch"> {
  readonly expected: string | null;
  readonly actual: string;
  readonly threshold: null;
  readonly input: string;
}

/** Two cells hold a figure for the same indicator and year. `expected`: the text kept; `actual`: the text ignored. */
export interface DuplicateYearFinding extends FindingBase<"duplicate-year"> {
  readonly expected: string;
  readonly actual: string;
  readonly threshold: null;
}

/** A figure for a year the plan does not monitor. `actual`: the text; `threshold`: the first and last year allowed. */
export interface YearOutsidePlanFinding extends FindingBase<"year-outside-plan"> {
  readonly expected: null;
  readonly actual: string;
  readonly threshold: Bounds;
}

/** A negative figure for a quantity that cannot be negative. `threshold`: 0, the lowest value allowed. */
export interface NegativeValueFinding extends FindingBase<"negative-value"> {
  readonly expected: null;
  readonly actual: number;
  readonly threshold: 0;
  readonly measure: Measure;
}

/** A share in % outside 0–100. */
export interface ShareOutOfRangeFinding extends FindingBase<"share-out-of-range"> {
  readonly expected: null;
  readonly actual: number;
  readonly threshold: Bounds;
}

/**
 * The change from the previous year lies outside the bounds `threshold` (percent change) computed by `method`.
 * `expected`: the previous year's figure; `valueBounds`: the figures those bounds allow this year.
 */
export interface YearOnYearChangeFinding extends FindingBase<"year-on-year-change"> {
  readonly expected: number;
  readonly actual: number;
  readonly threshold: Bounds;
  readonly method: YearOnYearMethod;
  readonly previousYear: number;
  readonly changePercent: number;
  readonly valueBounds: Bounds;
}

/**
 * The figure moved away from the target since the baseline: below it for an increase target, above it for a decrease
 * target, further from an `=` or range target. `expected`: the plan's baseline; `direction`: the way that is better.
 */
export interface WorseThanBaselineFinding extends FindingBase<"worse-than-baseline"> {
  readonly expected: number;
  readonly actual: number;
  readonly threshold: null;
  readonly direction: Direction;
  readonly baselineYear: number;
}

/** The same figure `years` years in a row, from `fromYear` to `year`. `threshold`: the run length that fires. */
export interface UnchangedRunFinding extends FindingBase<"unchanged-run"> {
  readonly expected: null;
  readonly actual: number;
  readonly threshold: number;
  readonly fromYear: number;
  readonly years: number;
}

/**
 * The figure in the baseline year's column differs from the plan's baseline by more than `threshold` percent.
 * `deviationPercent` is null when the plan's baseline is 0 (no percentage of zero).
 */
export interface RestatedBaselineFinding extends FindingBase<"restated-baseline"> {
  readonly expected: number;
  readonly actual: number;
  readonly threshold: number;
  readonly deviationPercent: number | null;
}

/**
 * An approximate figure (`约120`, `120左右`) entered as an actual; `actual` is the value used.
 * A warning, not an error: the number is usable and is often the best a reporting unit has early on (快报, 估算数),
 * but a statistical return should carry the exact figure, so the reviewer must see why it does not.
 */
export interface ApproximateFigureFinding extends FindingBase<"approximate-figure"> {
  readonly expected: null;
  readonly actual: number;
  readonly threshold: null;
  readonly input: string;
}

/** A figure with a footnote marker (`7.5*`); `actual` is the value used, `marker` the note it points to. */
export interface FootnotedFigureFinding extends FindingBase<"footnoted-figure"> {
  readonly expected: null;
  readonly actual: number;
  readonly threshold: null;
  readonly input: string;
  readonly marker: string;
}

/**
 * Something in a year cell of a sheet row without the hidden indicator id (its id was cleared, or the row was
 * inserted and typed in): no indicator counts it. `indicatorId` is "" and `unit` null; `actual`: the text as typed.
 */
export interface RowWithoutIdFinding extends FindingBase<"row-without-id"> {
  readonly expected: null;
  readonly actual: string;
  readonly threshold: null;
}

/**
 * The row's 指标 cell names another indicator than its hidden id (`expected`: the plan's name; `actual`: the
 * cell's), as after a sort of the visible columns only: the row's figures may belong to another indicator. `year`:
 * the row's first year with something in it (a row without figures misplaces nothing). A warning, as a name typed
 * differently on purpose is possible, but fixed rather than explained: it is reported by the sheet's check only.
 */
export interface NameMismatchFinding extends FindingBase<"name-mismatch"> {
  readonly expected: string;
  readonly actual: string;
  readonly threshold: null;
}

export type Finding =
  | UnreadableFigureFinding
  | NotASingleValueFinding
  | UnitMismatchFinding
  | DuplicateYearFinding
  | YearOutsidePlanFinding
  | NegativeValueFinding
  | ShareOutOfRangeFinding
  | YearOnYearChangeFinding
  | WorseThanBaselineFinding
  | UnchangedRunFinding
  | RestatedBaselineFinding
  | ApproximateFigureFinding
  | FootnotedFigureFinding
  | RowWithoutIdFinding
  | NameMismatchFinding;

export type FindingOf<C extends FindingCode> = Extract<Finding, { readonly code: C }>;

/**
 * Orders findings by year, then by the position of their code in `FINDING_CODES` (errors before warnings).
 * Stable: findings that tie keep their order.
 *
 * @example
 * sortFindings([{ code: "unchanged-run", year: 2019, … }, { code: "negative-value", year: 2018, … }])
 * // → the 2018 finding first
 */
export function sortFindings<F extends Finding>(findings: readonly F[]): readonly F[] {
  // A row's findings mostly arrive in order already; checking that costs one pass, sorting a copy more.
  return isSorted(findings) ? findings.slice() : [...findings].sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  return compareYears(a.year, b.year) || CODE_RANK[a.code] - CODE_RANK[b.code];
}

/** Whether a stable sort would leave the findings as they are: no neighbours out of order. */
function isSorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) {
    if (compareFindings(findings[i - 1] as Finding, findings[i] as Finding) > 0) return false;
  }
  return true;
}

/** Position of each code in `FINDING_CODES`, looked up rather than searched for in every comparison. */
const CODE_RANK = Object.fromEntries(FINDING_CODES.map((code, rank) => [code, rank])) as Readonly<
  Record<FindingCode, number>
>;

// Years that are not numbers (a header typed as a year) sort last instead of poisoning the comparator.
function compareYears(a: number, b: number): number {
  const aa = Number.isFinite(a) ? a : Number.POSITIVE_INFINITY;
  const bb = Number.isFinite(b) ? b : Number.POSITIVE_INFINITY;
  return aa === bb ? 0 : aa < bb ? -1 : 1;
}

/** The fields every finding shares, typed by code so the severity always matches `FINDING_SEVERITY`. */
export type FindingHead<C extends FindingCode> = Pick<
  FindingBase<C>,
  "code" | "severity" | "indicatorId" | "year" | "unit"
>;

/**
 * The shared fields of a finding about one indicator and year.
 *
 * @example
 * findingHead({ id: "p:patents:2020", unit: "件" }, 2018, "negative-value")
 * // → { code: "negative-value", severity: "error", indicatorId: "p:patents:2020", year: 2018, unit: "件" }
 */
export function findingHead<C extends FindingCode>(
  indicator: Pick<Indicator, "id" | "unit">,
  year: number,
  code: C,
): FindingHead<C> {
  return { code, severity: FINDING_SEVERITY[code], indicatorId: indicator.id, year, unit: indicator.unit };
}
