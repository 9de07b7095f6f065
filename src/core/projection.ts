/**
 * Projects the target-year value from the recent trend, after the UN SDG Progress Chart's "projected against
 * required change" idea: where will the indicator be at the end of the plan if it keeps its recent pace?
 */
import type { Baseline, PathShape } from "./model";

export interface TrendPoint {
  readonly year: number;
  readonly value: number;
}

/** `log-linear` fits ln(value), so a steady percentage growth projects as steady percentage growth. */
export type ProjectionMethod = "linear" | "log-linear";

export interface Projection {
  /** Projected value in the target year, in the indicator's unit. */
  readonly value: number;
  readonly targetYear: number;
  readonly method: ProjectionMethod;
  /** The years of the points the fit used, oldest first. */
  readonly years: readonly number[];
}

/**
 * The points a projection may use in `year`: the baseline (the plan's figure wins over a series figure for the
 * same year), then every finite figure after the baseline year up to `year`. Without a baseline, every finite
 * figure up to `year`. Sorted by year.
 *
 * @example
 * trendPoints({ year: 2015, value: 19758 }, new Map([[2016, 23000], [2018, 30000], [2019, 33000]]), 2018)
 * // → [{ year: 2015, value: 19758 }, { year: 2016, value: 23000 }, { year: 2018, value: 30000 }]
 */
export function trendPoints(
  baseline: Baseline | null,
  series: ReadonlyMap<number, number>,
  year: number,
): readonly TrendPoint[] {
  const after = baseline === null ? -Infinity : baseline.year;
  const points: TrendPoint[] = [];
  if (baseline !== null && Number.isFinite(baseline.value) && baseline.year <= year) points.push(baseline);
  series.forEach((v, y) => {
    if (y > after && y <= year && Number.isFinite(v)) points.push({ year: y, value: v });
  });
  // The years are distinct and none is NaN, so there is one sorted order; rows usually arrive in it already.
  return isSortedByYear(points) ? points : points.sort((a, b) => a.year - b.year);
}

function isSortedByYear(points: readonly TrendPoint[]): boolean {
  for (let i = 1; i < points.length; i++)
    if ((points[i - 1] as TrendPoint).year > (points[i] as TrendPoint).year) return false;
  return true;
}

/**
 * Least-squares line through the last `window` points, evaluated at `targetYear`. On a compound path with all
 * values above zero the line is fitted to ln(value) (log-linear); otherwise to the values. Null with fewer than
 * two points.
 *
 * @example
 * projectTrend([{ year: 2015, value: 62 }, { year: 2016, value: 63 }, { year: 2017, value: 64 }], 2020, "linear", 3)
 * // → { value: 67, targetYear: 2020, method: "linear", years: [2015, 2016, 2017] }
 */
export function projectTrend(
  points: readonly TrendPoint[],
  targetYear: number,
  shape: PathShape,
  window: number,
): Projection | null {
  return projectTrendBefore(points, points.length, targetYear, shape, window);
}

/**
 * `projectTrend` of the first `end` points, without copying them. `trendPoints(b, s, Infinity)` sorted once holds
 * the points of every reporting year Y as the prefix with year ≤ Y, so a series of years fits each from one list.
 * `logs`, when given, holds `Math.log` of each point's value, so a series of fits takes each logarithm once.
 *
 * @example
 * projectTrendBefore([{ year: 2015, value: 62 }, { year: 2016, value: 63 }, { year: 2017, value: 64 }], 2, 2020, "linear", 3)
 * // → { value: 67, targetYear: 2020, method: "linear", years: [2015, 2016] }
 */
export function projectTrendBefore(
  points: readonly TrendPoint[],
  end: number,
  targetYear: number,
  shape: PathShape,
  window: number,
  logs?: readonly number[],
): Projection | null {
  const from = windowStart(end, Math.max(2, Math.floor(window)));
  if (end - from < 2 || !Number.isFinite(targetYear)) return null;
  let logLinear = shape === "compound";
  for (let i = from; i < end && logLinear; i++) logLinear = (points[i] as TrendPoint).value > 0;
  const method: ProjectionMethod = logLinear ? "log-linear" : "linear";
  const ys = logLinear ? (logs ?? logsOf(points, from, end)) : null;
  const fitted = leastSquaresAt(points, ys, from, end, targetYear);
  if (fitted === null) return null;
  const value = logLinear ? Math.exp(fitted) : fitted;
  if (!Number.isFinite(value)) return null;
  const years: number[] = [];
  for (let i = from; i < end; i++) years.push((points[i] as TrendPoint).year);
  return { value, targetYear, method, years };
}

/**
 * `Math.log` of each point's value, for `projectTrendBefore`.
 *
 * @example trendLogs([{ year: 2015, value: 1 }, { year: 2016, value: Math.E }]) // → [0, 1]
 */
export function trendLogs(points: readonly TrendPoint[]): readonly number[] {
  return logsOf(points, 0, points.length);
}

/** Logarithms of the values of points[from, end), at their indices (the others are left 0). */
function logsOf(points: readonly TrendPoint[], from: number, end: number): readonly number[] {
  const logs = new Array<number>(end).fill(0);
  for (let i = from; i < end; i++) logs[i] = Math.log((points[i] as TrendPoint).value);
  return logs;
}

/** Where `slice(-size)` of `end` points starts; a size that is no number (NaN) keeps them all, as `slice` does. */
function windowStart(end: number, size: number): number {
  return Number.isNaN(size) ? 0 : Math.max(end - size, 0);
}

/**
 * Ordinary least squares of y on x over points[from, end), evaluated at `at`; y is `ys[i]` when given (the
 * logarithms), else the value. Null when all x are equal (no slope to fit). Loops rather than arrays of x and y:
 * this runs for every indicator and year. The sums run in the same order as a sum over arrays would, so the
 * result is the same to the last bit.
 */
function leastSquaresAt(
  points: readonly TrendPoint[],
  ys: readonly number[] | null,
  from: number,
  end: number,
  at: number,
): number | null {
  const count = end - from;
  let sumX = 0;
  let sumY = 0;
  for (let i = from; i < end; i++) {
    const point = points[i] as TrendPoint;
    sumX += point.year;
    sumY += ys === null ? point.value : (ys[i] as number);
  }
  const mx = sumX / count;
  const my = sumY / count;
  let sxy = 0;
  let sxx = 0;
  for (let i = from; i < end; i++) {
    const point = points[i] as TrendPoint;
    sxy += (point.year - mx) * ((ys === null ? point.value : (ys[i] as number)) - my);
    sxx += (point.year - mx) ** 2;
  }
  if (sxx === 0) return null;
  return my + (sxy / sxx) * (at - mx);
}
