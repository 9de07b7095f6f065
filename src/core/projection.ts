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
  const observed = [...series]
    .filter(([y, v]) => y > after && y <= year && Number.isFinite(v))
    .map(([y, v]): TrendPoint => ({ year: y, value: v }));
  const start = baseline !== null && Number.isFinite(baseline.value) && baseline.year <= year ? [baseline] : [];
  return [...start, ...observed].sort((a, b) => a.year - b.year);
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
  const used = points.slice(-Math.max(2, Math.floor(window)));
  if (used.length < 2 || !Number.isFinite(targetYear)) return null;
  const method: ProjectionMethod = shape === "compound" && used.every((p) => p.value > 0) ? "log-linear" : "linear";
  const ys = used.map((p) => (method === "log-linear" ? Math.log(p.value) : p.value));
  const fitted = leastSquaresAt(
    used.map((p) => p.year),
    ys,
    targetYear,
  );
  if (fitted === null) return null;
  const value = method === "log-linear" ? Math.exp(fitted) : fitted;
  return Number.isFinite(value) ? { value, targetYear, method, years: used.map((p) => p.year) } : null;
}

/** Ordinary least squares of y on x, evaluated at `at`. Null when all x are equal (no slope to fit). */
function leastSquaresAt(xs: readonly number[], ys: readonly number[], at: number): number | null {
  const mean = (vs: readonly number[]): number => vs.reduce((s, v) => s + v, 0) / vs.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] ?? my) - my);
    sxx += (x - mx) ** 2;
  });
  if (sxx === 0) return null;
  return my + (sxy / sxx) * (at - mx);
}
