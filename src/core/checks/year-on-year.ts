/**
 * Year-on-year change check: a fixed ±percent band while the history is short, then a robust z-score on the
 * indicator's own year-on-year changes (median and MAD, so one wild year does not widen its own band).
 */
import { findingHead, type Bounds, type FindingOf, type YearOnYearMethod } from "../findings";
import type { Indicator } from "../model";
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
  checked: ReadonlySet<number>,
  thresholds: CheckThresholds,
): readonly FindingOf<"year-on-year-change">[] {
  const changes = changesOf(history);
  const band = bandFor(changes, thresholds);
  if (band === null) return [];
  return changes
    .filter((c) => checked.has(c.year) && outside(c.percent, band.bounds))
    .map((c) => ({
      ...findingHead(indicator, c.year, "year-on-year-change"),
      expected: c.previous,
      actual: c.value,
      threshold: band.bounds,
      method: band.methodFor(c.percent),
      previousYear: c.year - 1,
      changePercent: c.percent,
      valueBounds: {
        low: tidy(c.previous + (Math.abs(c.previous) * band.bounds.low) / 100),
        high: tidy(c.previous + (Math.abs(c.previous) * band.bounds.high) / 100),
      },
    }));
}

function changesOf(history: ReadonlyMap<number, number>): readonly Change[] {
  const changes: Change[] = [];
  for (const [year, value] of history) {
    const previous = history.get(year - 1);
    if (previous === undefined || previous === 0) continue;
    // Multiply before dividing: (130 − 100) × 100 / 100 is exactly 30, (130 − 100) / 100 × 100 is not.
    changes.push({ year, previous, value, percent: ((value - previous) * 100) / Math.abs(previous) });
  }
  return changes.sort((a, b) => a.year - b.year);
}

interface Band {
  readonly bounds: Bounds;
  readonly methodFor: (percent: number) => YearOnYearMethod;
}

function bandFor(changes: readonly Change[], t: CheckThresholds): Band | null {
  if (changes.length < t.robustMinChanges) {
    const method: YearOnYearMethod = { kind: "yoy-percent", limitPercent: t.yoyPercent };
    return { bounds: { low: -t.yoyPercent, high: t.yoyPercent }, methodFor: () => method };
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
    methodFor: (percent) => ({
      kind: "robust-z",
      zLimit: t.robustZ,
      z: (percent - center) / scale,
      medianPercent: center,
      scalePercent: scale,
      scaleFrom,
      changes: changes.length,
    }),
  };
}

// A change exactly at the bound does not fire; the relative slack absorbs float noise in the conversion.
function outside(percent: number, bounds: Bounds): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(bounds.low), Math.abs(bounds.high));
  return percent < bounds.low - slack || percent > bounds.high + slack;
}

/** Figures shown to people: 19758 × 0.7 is 13830.6, not 13830.599999999999. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
