/**
 * Data-quality checks on the figures staff enter for a plan: errors that must be fixed before a figure counts, and
 * warnings that let the figure stand but ask for an explanation (审核说明). Thresholds are data
 * (`DEFAULT_CHECK_THRESHOLDS`, overridable through `parseCheckThresholds`).
 */
import { DEFAULT_CHECK_THRESHOLDS, type CheckThresholds } from "./checks/thresholds";
import { yearOnYearFindings } from "./checks/year-on-year";
import { sortFindings, type Bounds, type Finding } from "./findings";
import type { Indicator, Measure, Observation, Plan, PlanPeriod } from "./model";
import { readRow } from "./series";
import { effectiveTarget, favourableDirection, isWorseThanBaseline } from "./target";
import type { UnitParts } from "./units";

export {
  CHECK_THRESHOLD_OVERRIDES_SCHEMA,
  DEFAULT_CHECK_THRESHOLDS,
  parseCheckThresholds,
  type CheckThresholdIssue,
  type CheckThresholdIssueCode,
  type CheckThresholds,
} from "./checks/thresholds";

export interface CheckContext {
  readonly period: PlanPeriod;
  /** Keys left out keep `DEFAULT_CHECK_THRESHOLDS`. */
  readonly thresholds?: Partial<CheckThresholds>;
}

/** Quantities that cannot be below zero. A rate (增长率, 增速) can. */
const NON_NEGATIVE: ReadonlySet<Measure> = new Set<Measure>(["share", "count", "per-capita", "amount"]);

const SHARE_BOUNDS: Bounds = { low: 0, high: 100 };

/**
 * Every finding for one indicator's row, ordered by year, then errors before warnings.
 * A figure with an error takes no part in the warnings, which would only repeat the error in other words.
 * The plan's baseline stands in for the baseline year when that column is empty, so the first reporting year is
 * compared with it too.
 *
 * @example
 * checkIndicator(patents, [ // 有效发明专利总量（件）, baseline 19758 (2015), target ≥40000 (2020)
 *   { indicatorId: patents.id, year: 2016, input: "22000" },
 *   { indicatorId: patents.id, year: 2017, input: "32000" },
 *   { indicatorId: patents.id, year: 2018, input: "5亿元" },
 * ], { period: { start: 2016, end: 2020 } })
 * // → [{ code: "year-on-year-change", year: 2017, changePercent: 45.45…, … },
 * //    { code: "unit-mismatch", year: 2018, expected: "件", actual: "亿元", … }]
 */
export function checkIndicator(
  indicator: Indicator,
  observations: readonly Observation[],
  context: CheckContext,
): readonly Finding[] {
  return checkRow(indicator, observations, context).findings;
}

export interface RowCheck {
  readonly findings: readonly Finding[];
  /** Year → figure in the row's unit, for the years within the plan whose figure has no error: what may be assessed. */
  readonly usable: ReadonlyMap<number, number>;
}

/**
 * `checkIndicator`, also handing back the figures that passed, so assessing them needs no second parse.
 *
 * @example
 * checkRow(patents, [{ indicatorId: patents.id, year: 2016, input: "2.2万" }, { indicatorId: patents.id, year: 2017, input: "-5" }], ctx)
 * // → { findings: [{ code: "negative-value", year: 2017, … }], usable: Map { 2016 → 22000 } }
 */
export function checkRow(indicator: Indicator, observations: readonly Observation[], context: CheckContext): RowCheck {
  const thresholds: CheckThresholds =
    context.thresholds === undefined
      ? DEFAULT_CHECK_THRESHOLDS
      : { ...DEFAULT_CHECK_THRESHOLDS, ...context.thresholds };
  const reading = readRow(indicator, observations);
  const years = monitoredYears(indicator, context.period);
  // `readRow` hands over a fresh array of the cells' findings; the row's own are added to it.
  const findings: Finding[] = reading.findings;

  for (const { year, text, reading: cell } of reading.cells) {
    if (cell.kind === "missing" || within(year, years)) continue;
    findings.push({
      code: "year-outside-plan",
      severity: "error",
      indicatorId: indicator.id,
      year,
      unit: indicator.unit,
      expected: null,
      actual: text,
      threshold: years,
    });
  }
  const valueCheck = valueCheckOf(indicator, reading.unit.parts);
  for (const { year, reading: cell } of reading.cells) {
    if (cell.kind !== "value" || !within(year, years)) continue;
    const finding = valueFinding(indicator, valueCheck, year, cell.value);
    if (finding !== null) findings.push(finding);
  }

  const errorYears = yearsWithErrors(findings);
  const clean = new Map<number, number>();
  // Filled alongside `clean` rather than copied from it: `new Map(clean)` costs more than the sets themselves.
  const history = new Map<number, number>();
  for (const { year, reading: cell } of reading.cells) {
    if (cell.kind === "value" && within(year, years) && !errorYears.has(year)) {
      clean.set(year, cell.value);
      history.set(year, cell.value);
    }
  }
  const { baseline } = indicator;
  if (baseline !== null && Number.isFinite(baseline.value) && !history.has(baseline.year)) {
    history.set(baseline.year, baseline.value);
  }

  // The years of `clean` are exactly the entered years that may be flagged, so it serves as that set.
  pushAll(findings, yearOnYearFindings(indicator, history, clean, thresholds));
  pushAll(findings, worseThanBaselineFindings(indicator, clean));
  pushAll(findings, unchangedRunFindings(indicator, history, clean, thresholds));
  const restated = restatedBaselineFinding(indicator, clean, thresholds);
  if (restated !== null) findings.push(restated);
  return { findings: sortFindings(findings), usable: clean };
}

function pushAll(into: Finding[], findings: readonly Finding[]): void {
  for (const finding of findings) into.push(finding);
}

const NO_YEARS: ReadonlySet<number> = new Set();

function yearsWithErrors(findings: readonly Finding[]): ReadonlySet<number> {
  let years: Set<number> | null = null;
  for (const finding of findings) if (finding.severity === "error") (years ??= new Set()).add(finding.year);
  return years ?? NO_YEARS;
}

/**
 * Every finding for a plan: indicators in the plan's order, each ordered by year. Observations of indicators the
 * plan does not have are ignored (they belong to another plan's sheet).
 *
 * @example
 * checkPlan(chengdu13th, observations) // → [...findings of 科技进步贡献率, ...findings of 有效发明专利总量, …]
 */
export function checkPlan(
  plan: Plan,
  observations: readonly Observation[],
  thresholds?: Partial<CheckThresholds>,
): readonly Finding[] {
  const byIndicator = new Map<string, Observation[]>();
  for (const observation of observations) {
    const group = byIndicator.get(observation.indicatorId);
    if (group === undefined) byIndicator.set(observation.indicatorId, [observation]);
    else group.push(observation);
  }
  const context: CheckContext =
    thresholds === undefined ? { period: plan.period } : { period: plan.period, thresholds };
  return plan.indicators.flatMap((indicator) =>
    checkIndicator(indicator, byIndicator.get(indicator.id) ?? [], context),
  );
}

/**
 * The years a figure may be entered for: from the baseline year (or the year before the period, if earlier) to the
 * end of the period (or the target year, if later).
 *
 * @example
 * monitoredYears(patents, { start: 2016, end: 2020 }) // → { low: 2015, high: 2020 }
 */
export function monitoredYears(indicator: Indicator, period: PlanPeriod): Bounds {
  const before = period.start - 1;
  const baselineYear = indicator.baseline?.year ?? before;
  const targetYear = indicator.target.year;
  return {
    low: Number.isFinite(baselineYear) ? Math.min(before, baselineYear) : before,
    high: Number.isFinite(targetYear) ? Math.max(period.end, targetYear) : period.end,
  };
}

function within(year: number, bounds: Bounds): boolean {
  return Number.isInteger(year) && year >= bounds.low && year <= bounds.high;
}

/** What the value checks need of a row, read once per row: whether it is a share in %, and whether it may go below 0. */
interface ValueCheck {
  readonly percentShare: boolean;
  readonly nonNegative: boolean;
}

/** `unit` is `parseUnit(indicator.unit)`, which reading the row has worked out already. */
function valueCheckOf(indicator: Indicator, unit: UnitParts): ValueCheck {
  return {
    percentShare: indicator.measure === "share" && unit.base === "%" && unit.factor === 1,
    nonNegative: NON_NEGATIVE.has(indicator.measure),
  };
}

/** A share in % must lie within 0–100; other quantities that cannot be negative must not be. One finding at most. */
function valueFinding(indicator: Indicator, check: ValueCheck, year: number, value: number): Finding | null {
  if (check.percentShare && (value < SHARE_BOUNDS.low || value > SHARE_BOUNDS.high)) {
    return {
      code: "share-out-of-range",
      severity: "error",
      indicatorId: indicator.id,
      year,
      unit: indicator.unit,
      expected: null,
      actual: value,
      threshold: SHARE_BOUNDS,
    };
  }
  if (check.nonNegative && value < 0) {
    return {
      code: "negative-value",
      severity: "error",
      indicatorId: indicator.id,
      year,
      unit: indicator.unit,
      expected: null,
      actual: value,
      threshold: 0,
      measure: indicator.measure,
    };
  }
  return null;
}

// Judged the way the assessment judges 逆向变化 (target.ts), so a cell is never "worse than baseline" in one place
// and fine in the other. A target that cannot be resolved falls back to the plan's stated direction.
function worseThanBaselineFindings(indicator: Indicator, clean: ReadonlyMap<number, number>): readonly Finding[] {
  const { baseline } = indicator;
  if (baseline === null || !Number.isFinite(baseline.value)) return [];
  const target = effectiveTarget(indicator.target, baseline);
  const direction = target.ok
    ? favourableDirection(target.value, baseline.value, indicator.direction)
    : indicator.direction;
  const findings: Finding[] = [];
  for (const [year, value] of clean) {
    if (!(year > baseline.year)) continue;
    const worse = target.ok
      ? isWorseThanBaseline(value, baseline.value, target.value)
      : direction === "increase"
        ? value < baseline.value
        : value > baseline.value;
    if (!worse) continue;
    findings.push({
      code: "worse-than-baseline",
      severity: "warning",
      indicatorId: indicator.id,
      year,
      unit: indicator.unit,
      expected: baseline.value,
      actual: value,
      threshold: null,
      direction,
      baselineYear: baseline.year,
    });
  }
  return findings;
}

/**
 * One finding for each entered year that ends a run of `unchangedYears` or more consecutive equal figures, so a
 * finding already explained stays put when the next year repeats the figure again.
 */
function unchangedRunFindings(
  indicator: Indicator,
  history: ReadonlyMap<number, number>,
  checked: Pick<ReadonlySet<number>, "has">,
  thresholds: CheckThresholds,
): readonly Finding[] {
  const findings: Finding[] = [];
  let fromYear = Number.NaN;
  let previousYear = Number.NaN;
  let previousValue = Number.NaN;
  let first = true;
  for (const year of sortedYears(history)) {
    const value = history.get(year) as number;
    const continues = !first && previousYear === year - 1 && sameFigure(previousValue, value);
    if (!continues) fromYear = year;
    first = false;
    previousYear = year;
    previousValue = value;
    const years = year - fromYear + 1;
    if (checked.has(year) && years >= thresholds.unchangedYears) {
      findings.push({
        code: "unchanged-run",
        severity: "warning",
        indicatorId: indicator.id,
        year,
        unit: indicator.unit,
        expected: null,
        actual: value,
        threshold: thresholds.unchangedYears,
        fromYear,
        years,
      });
    }
  }
  return findings;
}

/**
 * The years of `history` in the order `[...history].sort(([a], [b]) => a - b)` gives, without sorting when they
 * are already ascending (the usual row): a run the sort would find ascending is one it leaves as it is.
 */
function sortedYears(history: ReadonlyMap<number, number>): readonly number[] {
  const years: number[] = [];
  let ascending = true;
  history.forEach((_, year) => {
    if (years.length > 0 && year < (years[years.length - 1] as number)) ascending = false;
    years.push(year);
  });
  return ascending ? years : years.sort((a, b) => a - b);
}

function restatedBaselineFinding(
  indicator: Indicator,
  clean: ReadonlyMap<number, number>,
  thresholds: CheckThresholds,
): Finding | null {
  const { baseline } = indicator;
  const entered = baseline === null ? undefined : clean.get(baseline.year);
  if (baseline === null || entered === undefined || !Number.isFinite(baseline.value)) return null;
  const deviationPercent =
    baseline.value === 0
      ? entered === 0
        ? 0
        : null
      : (Math.abs(entered - baseline.value) * 100) / Math.abs(baseline.value);
  const tolerance = thresholds.baselineTolerancePercent;
  // Slack for float noise, so a difference exactly at the tolerance does not fire.
  if (deviationPercent !== null && deviationPercent <= tolerance * (1 + 1e-9)) return null;
  return {
    code: "restated-baseline",
    severity: "warning",
    indicatorId: indicator.id,
    year: baseline.year,
    unit: indicator.unit,
    expected: baseline.value,
    actual: entered,
    threshold: tolerance,
    deviationPercent,
  };
}

// Equal up to float noise from unit conversion: 1.2万 and 12000 are the same figure.
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
