/**
 * Year-on-year change check: a fixed ±percent band while the history is short, then a robust z-score on the
 * indicator's own year-on-year changes (median and MAD, so one wild year does not widen its own band).
 */
import type { Bounds, FindingOf, YearOnYearMethod } from "../findings";
import type { Indicator } from "../model";
import { roundToSignificantDigits } from "../units";
import type { CheckThresholds } from "./thresholds";

/** MAD × 1.4826 estimates the standard deviation of normally distributed data (Rousseeuw & Croux 1993). */
const MAD_TO_SD = 1.4826;
/** Mean absolute deviation × 1.2533 does the same; used when more than half the changes are equal and the MAD is 0. */
const MEAN_AD_TO_SD = 1.2533;

interface Change {
  readonly year: number;
  readonly previous: number;
  readonly value: number;
  readonly percent: number;
}

/**
 * Flags each checked year whose change from the year before lies outside the band. `history` holds the figures
 * (the plan's baseline included); `checked` says which of its years are entered figures that may be flagged.
 * Only consecutive years are compared, and a previous figure of 0 gives no percentage, so no change.
 *
 * @example
 * yearOnYearFindings(patents, new Map([[2015, 19758], [2016, 22000], [2017, 32000]]), new Set([2016, 2017]), DEFAULT_CHECK_THRESHOLDS)
 * // → [{ code: "year-on-year-change", year: 2017, changePercent: 45.45…, threshold: { low: -30, high: 30 }, … }]
 */
export function yearOnYearFindings(
  indicator: Indicator,
  history: ReadonlyMap<number, number>,
  checked: Pick<ReadonlySet<number>, "has">,
  thresholds: CheckThresholds,
): readonly FindingOf<"year-on-year-change">[] {
  const changes = changesOf(history);
  const band = bandFor(changes, thresholds);
  if (band === null) return [];
  const { bounds } = band;
  const findings: FindingOf<"year-on-year-change">[] = [];
  for (const c of changes) {
    if (!checked.has(c.year) || !outside(c.percent, bounds)) continue;
    // A whole literal, not `{ ...findingHead(…), … }`: spreading a head and adding fields took V8's slow path,
    // several microseconds a finding (measured), and most rows of a real sheet have some.
    findings.push({
      code: "year-on-year-change",
      severity: "warning",
      indicatorId: indicator.id,
      year: c.year,
      unit: indicator.unit,
      expected: c.previous,
      actual: c.value,
      threshold: bounds,
      method: methodFor(band, c.percent),
      previousYear: c.year - 1,
      changePercent: c.percent,
      valueBounds: {
        low: tidy(c.previous + (Math.abs(c.previous) * bounds.low) / 100),
        high: tidy(c.previous + (Math.abs(c.previous) * bounds.high) / 100),
      },
    });
  }
  return findings;
}

function changesOf(history: ReadonlyMap<number, number>): readonly Change[] {
  const changes: Change[] = [];
  history.forEach((value, year) => {
    const previous = history.get(year - 1);
    if (previous === undefined || previous === 0) return;
    // Multiply before dividing: (130 − 100) × 100 / 100 is exactly 30, (130 − 100) / 100 × 100 is not.
    changes.push({ year, previous, value, percent: ((value - previous) * 100) / Math.abs(previous) });
  });
  // History keeps input order, which is nearly always year order already; a sort would then leave it as it is.
  return isAscending(changes) ? changes : changes.sort((a, b) => a.year - b.year);
}

/** True when no change has a smaller year than the one before it: what `sort((a, b) => a.year - b.year)` leaves alone. */
function isAscending(changes: readonly Change[]): boolean {
  for (let i = 1; i < changes.length; i++) {
    if ((changes[i] as Change).year < (changes[i - 1] as Change).year) return false;
  }
  return true;
}

/** The band, and how it was found: a fixed percent for every change, or the robust scale of this history. */
type Band =
  | { readonly bounds: Bounds; readonly method: YearOnYearMethod & { readonly kind: "yoy-percent" } }
  | {
      readonly bounds: Bounds;
      readonly method: null;
      readonly robust: Omit<YearOnYearMethod & { readonly kind: "robust-z" }, "z">;
    };

function bandFor(changes: readonly Change[], t: CheckThresholds): Band | null {
  if (changes.length < t.robustMinChanges) {
    return {
      bounds: { low: -t.yoyPercent, high: t.yoyPercent },
      method: { kind: "yoy-percent", limitPercent: t.yoyPercent },
    };
  }
  const percents = changes.map((c) => c.percent);
  const center = median(percents);
  const deviations = percents.map((p) => Math.abs(p - center));
  const mad = median(deviations);
  const estimate = mad > 0 ? MAD_TO_SD * mad : MEAN_AD_TO_SD * mean(deviations);
  const scale = Math.max(estimate, t.robustMinScalePercent);
  const scaleFrom = estimate < scale ? "floor" : mad > 0 ? "mad" : "mean-absolute-deviation";
  // Every change equal and no floor: nothing can stand out.
  if (scale === 0) return null;
  return {
    bounds: { low: center - t.robustZ * scale, high: center + t.robustZ * scale },
    method: null,
    robust: {
      kind: "robust-z",
      zLimit: t.robustZ,
      medianPercent: center,
      scalePercent: scale,
      scaleFrom,
      changes: changes.length,
    },
  };
}

/** The method as a finding reports it: one shared object for a fixed percent, the change's own z for a robust band. */
function methodFor(band: Band, percent: number): YearOnYearMethod {
  if (band.method !== null) return band.method;
  const { kind, zLimit, medianPercent, scalePercent, scaleFrom, changes } = band.robust;
  const z = (percent - medianPercent) / scalePercent;
  return { kind, zLimit, z, medianPercent, scalePercent, scaleFrom, changes };
}

// A change exactly at the bound does not fire; the relative slack absorbs float noise in the conversion.
function outside(percent: number, bounds: Bounds): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(bounds.low), Math.abs(bounds.high));
  return percent < bounds.low - slack || percent > bounds.high + slack;
}

/** Figures shown to people: 19758 × 0.7 is 13830.6, not 13830.599999999999. */
function tidy(n: number): number {
  return roundToSignificantDigits(n);
}

function median(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * `[...values].sort((a, b) => a - b)`. Finite numbers other than -0 have one sorted order, which a plain insertion
 * sort finds without a comparator call per step (a row has a handful of changes); anything else (NaN, ±Infinity,
 * -0) takes the comparator sort itself, whose order for those is its own.
 */
function sortedCopy(values: readonly number[]): number[] {
  const sorted = values.slice();
  for (const v of sorted) if (!Number.isFinite(v) || Object.is(v, -0)) return sorted.sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    const value = sorted[i] as number;
    let j = i - 1;
    for (; j >= 0 && (sorted[j] as number) > value; j--) sorted[j + 1] = sorted[j] as number;
    sorted[j + 1] = value;
  }
  return sorted;
}
