/**
 * Path math: where an indicator should be in a given year on its way from baseline B to target T, and how
 * fast it has moved compared with how fast it must move. Linear paths move by equal steps (完成进度 against
 * 序时进度); compound paths by equal percentages (observed against required compound annual growth rate).
 */
import type { PathShape } from "./model";

/** Why a compound path was replaced by a linear one: logarithms of zero or negative values are undefined. */
export type ShapeFallback = "non-positive-baseline" | "non-positive-target";

export interface ChosenShape {
  readonly shape: PathShape;
  readonly fallback: ShapeFallback | null;
}

/**
 * 序时进度: the share of the plan period elapsed by `year`, clamped to [0, 1]. Null when the target year is not
 * after the baseline year, where no period exists.
 *
 * @example
 * elapsedShare(2018, 2015, 2020) // → 0.6
 * elapsedShare(2022, 2015, 2020) // → 1
 */
export function elapsedShare(year: number, baseYear: number, targetYear: number): number | null {
  const period = targetYear - baseYear;
  if (!(period > 0)) return null;
  return Math.min(1, Math.max(0, (year - baseYear) / period));
}

/**
 * The shape to use: the measure's shape, except that a compound path needs B and T above zero. The path is
 * fixed by the plan alone, so a reported figure never changes it; a figure at or below zero on a compound path
 * simply has no observed growth rate.
 *
 * @example
 * chooseShape("compound", 19758, 40000) // → { shape: "compound", fallback: null }
 * chooseShape("compound", 120, 0)       // → { shape: "linear", fallback: "non-positive-target" }
 */
export function chooseShape(intended: PathShape, baseline: number, target: number): ChosenShape {
  if (intended === "linear") return { shape: "linear", fallback: null };
  if (baseline <= 0) return { shape: "linear", fallback: "non-positive-baseline" };
  if (target <= 0) return { shape: "linear", fallback: "non-positive-target" };
  return { shape: "compound", fallback: null };
}

/**
 * The value on the path after `share` of the period: B + (T − B)·s on a linear path, B·(T/B)^s on a compound one.
 *
 * @example
 * pathValue("linear", 62, 67, 0.6)         // → 65
 * pathValue("compound", 19758, 40000, 0.6) // → 30167.07…
 */
export function pathValue(shape: PathShape, baseline: number, target: number, share: number): number {
  return shape === "linear" ? baseline + (target - baseline) * share : baseline * Math.pow(target / baseline, share);
}

/**
 * Change per year from `from` to `to` over `years`: units a year on a linear path, the compound annual growth
 * rate (to/from)^(1/years) − 1 on a compound one. Null when `years` is not positive or a compound rate has no
 * logarithm.
 *
 * @example
 * annualRate("linear", 62, 67, 5)         // → 1
 * annualRate("compound", 19758, 40000, 5) // → 0.15149…
 */
export function annualRate(shape: PathShape, from: number, to: number, years: number): number | null {
  if (!(years > 0)) return null;
  if (shape === "linear") return (to - from) / years;
  if (!(from > 0) || !(to > 0)) return null;
  return Math.pow(to / from, 1 / years) - 1;
}

/**
 * The progress measure: observed rate ÷ required rate. On a linear path this equals 完成进度 ÷ 序时进度.
 * Positive when the figure moved towards the target, negative when it moved away; null when no change is
 * required (flat path) or a rate is undefined.
 *
 * @example
 * progressRatio("linear", 62, 67, 64.5, 3, 5)          // → 0.8333…
 * progressRatio("compound", 19758, 40000, 30000, 3, 5) // → 0.98594…
 */
export function progressRatio(
  shape: PathShape,
  baseline: number,
  target: number,
  actual: number,
  yearsElapsed: number,
  period: number,
): number | null {
  return rateRatio(annualRate(shape, baseline, actual, yearsElapsed), annualRate(shape, baseline, target, period));
}

/**
 * {@link progressRatio} from rates already known: observed ÷ required, null when either is undefined or no
 * change is required. The assessment knows the required rate once per indicator and reuses it every year.
 *
 * @example
 * rateRatio(0.5, 1) // → 0.5
 * rateRatio(0.5, 0) // → null
 */
export function rateRatio(observed: number | null, required: number | null): number | null {
  if (required === null || observed === null || required === 0) return null;
  return observed / required;
}

/**
 * 完成进度: the share of the required change already made, (A − B) / (T − B), the way Chinese mid-term
 * evaluations compute it. Null when B = T.
 *
 * @example
 * completionShare(19758, 40000, 30000) // → 0.50597…
 * completionShare(50, 40, 45)          // → 0.5
 */
export function completionShare(baseline: number, target: number, actual: number): number | null {
  return target === baseline ? null : (actual - baseline) / (target - baseline);
}
