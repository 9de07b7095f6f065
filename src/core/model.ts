/**
 * The domain model every room shares: a plan, its indicators and their targets, and the figures staff enter.
 * Pure data; nothing here touches Office, the DOM or Node.
 */

/** How a target compares the figure with its value(s). `x2` means "double the baseline" (翻一番/倍增). */
export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "range" | "x2";

export const COMPARATORS: readonly Comparator[] = [">=", ">", "<=", "<", "=", "range", "x2"];

/** 预期性 (expected, indicative) or 约束性 (binding). Binding indicators allow no shortfall against the path. */
export type Attribute = "预期性" | "约束性";

export type Direction = "increase" | "decrease";

/**
 * What kind of quantity an indicator measures; it decides the shape of the path from baseline to target.
 * Shares, rates and per-capita figures move linearly; counts and amounts grow (or shrink) at a compound rate.
 */
export type Measure = "share" | "rate" | "per-capita" | "count" | "amount";

export type PathShape = "linear" | "compound";

/** A target, discriminated by its comparator so a range always has both bounds and a bound always has a value. */
export type Target =
  | { readonly comparator: ">=" | ">" | "<=" | "<" | "="; readonly year: number; readonly value: number }
  | { readonly comparator: "range"; readonly year: number; readonly low: number; readonly high: number }
  | { readonly comparator: "x2"; readonly year: number };

export interface Baseline {
  readonly year: number;
  readonly value: number;
}

/** Where in a plan document an indicator is stated. `line` is the 1-based physical line of the source text. */
export interface Provenance {
  readonly source: "table" | "text";
  readonly line: number;
  readonly snippet: string;
}

/** Stable across re-extraction of the same plan: plan id + normalised name + target year. */
export type IndicatorId = string;

export interface Indicator {
  readonly id: IndicatorId;
  readonly name: string;
  /** The unit as the plan states it, e.g. `%`, `亿元`, `件`, `万亿元`; null when the plan gives none. */
  readonly unit: string | null;
  readonly attribute: Attribute | null;
  readonly direction: Direction;
  readonly measure: Measure;
  readonly baseline: Baseline | null;
  readonly target: Target;
  readonly provenance: readonly Provenance[];
}

export interface PlanPeriod {
  readonly start: number;
  readonly end: number;
}

export interface Plan {
  readonly id: string;
  readonly title: string;
  readonly region: string | null;
  readonly period: PlanPeriod;
  readonly indicators: readonly Indicator[];
}

/** What a cell holds as Excel or exceljs hands it over: typed text, a number, a boolean, or nothing. */
export type CellInput = string | number | boolean | null | undefined;

/** One figure a person entered for one indicator and one reporting year, before it is parsed. */
export interface Observation {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly input: CellInput;
}

/** Status of an indicator in a reporting year. */
export type Status =
  "achieved" | "on-track" | "needs-acceleration" | "off-track" | "deteriorating" | "no-data" | "not-assessable";

export const STATUSES: readonly Status[] = [
  "achieved",
  "on-track",
  "needs-acceleration",
  "off-track",
  "deteriorating",
  "no-data",
  "not-assessable",
];

/** Total functions return this instead of throwing: every problem is collected, not just the first. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly E[] };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<E>(...issues: readonly E[]): { readonly ok: false; readonly issues: readonly E[] } {
  return { ok: false, issues };
}
