/**
 * A plan target turned into something a figure can be compared with: `x2` becomes twice the baseline, a range
 * keeps both bounds, and every kind says which way is better and where the path from the baseline heads.
 */
import type { Baseline, Direction, Target } from "./model";
import { fail, ok, type Result } from "./model";

/** A target after `x2` is resolved against the baseline. */
export type EffectiveTarget =
  /** `>=`, `>` and `x2`: the figure must reach (or, strict, pass) `value`. */
  | { readonly kind: "at-least"; readonly value: number; readonly strict: boolean }
  /** `<=` and `<`: the figure must stay at or below (or, strict, under) `value`. */
  | { readonly kind: "at-most"; readonly value: number; readonly strict: boolean }
  /** `=`: the figure must lie within the relative tolerance of `value`. */
  | { readonly kind: "equal"; readonly value: number }
  /** `range`: the figure must lie within [low, high], bounds included. */
  | { readonly kind: "range"; readonly low: number; readonly high: number };

/** Closed list of reasons a target cannot be made effective; each is also a `NotAssessableReason`. */
export type TargetIssueCode =
  /** A value or bound is not a finite number, a range is inverted, or the target year is not a whole year. */
  | "invalid-target"
  /** 翻一番 needs a baseline to double. */
  | "x2-without-baseline"
  /** Doubling zero or a negative figure is not an increase. */
  | "x2-non-positive-baseline";

export interface TargetIssue {
  readonly code: TargetIssueCode;
}

const isWholeYear = (year: number): boolean => Number.isInteger(year);

/**
 * Resolves a target against the baseline. Total: a malformed target is a failure, never an exception.
 *
 * @example
 * effectiveTarget({ comparator: ">=", year: 2020, value: 40000 }, { year: 2015, value: 19758 })
 * // → { ok: true, value: { kind: "at-least", value: 40000, strict: false } }
 * effectiveTarget({ comparator: "x2", year: 2020 }, { year: 2015, value: 406.7 })
 * // → { ok: true, value: { kind: "at-least", value: 813.4, strict: false } }
 * effectiveTarget({ comparator: "x2", year: 2020 }, null)
 * // → { ok: false, issues: [{ code: "x2-without-baseline" }] }
 */
export function effectiveTarget(target: Target, baseline: Baseline | null): Result<EffectiveTarget, TargetIssue> {
  if (!isWholeYear(target.year)) return fail({ code: "invalid-target" });
  switch (target.comparator) {
    case "x2":
      if (baseline === null) return fail({ code: "x2-without-baseline" });
      if (!Number.isFinite(baseline.value)) return fail({ code: "invalid-target" });
      if (baseline.value <= 0) return fail({ code: "x2-non-positive-baseline" });
      return ok({ kind: "at-least", value: 2 * baseline.value, strict: false });
    case "range":
      if (!Number.isFinite(target.low) || !Number.isFinite(target.high) || target.low > target.high) {
        return fail({ code: "invalid-target" });
      }
      return ok({ kind: "range", low: target.low, high: target.high });
    default: {
      if (!Number.isFinite(target.value)) return fail({ code: "invalid-target" });
      const value = target.value;
      switch (target.comparator) {
        case ">=":
          return ok({ kind: "at-least", value, strict: false });
        case ">":
          return ok({ kind: "at-least", value, strict: true });
        case "<=":
          return ok({ kind: "at-most", value, strict: false });
        case "<":
          return ok({ kind: "at-most", value, strict: true });
        case "=":
          return ok({ kind: "equal", value });
      }
    }
  }
}

/**
 * Whether a figure meets the target. `>` and `<` are strict: reaching the value exactly is not passing it.
 * `=` is met within `equalTolerance × |T|` (exactly, when T is 0).
 *
 * @example
 * meetsTarget(40000, { kind: "at-least", value: 40000, strict: false }, 0.01) // → true
 * meetsTarget(40000, { kind: "at-least", value: 40000, strict: true }, 0.01)  // → false
 * meetsTarget(99.5, { kind: "equal", value: 100 }, 0.01)                      // → true
 */
export function meetsTarget(value: number, target: EffectiveTarget, equalTolerance: number): boolean {
  switch (target.kind) {
    case "at-least":
      return target.strict ? value > target.value : value >= target.value;
    case "at-most":
      return target.strict ? value < target.value : value <= target.value;
    case "equal":
      return Math.abs(value - target.value) <= equalTolerance * Math.abs(target.value);
    case "range":
      return value >= target.low && value <= target.high;
  }
}

/**
 * The value the path from the baseline heads to: the bound itself, or for a range the bound nearer the
 * baseline (the baseline itself when it is already inside, which makes a flat path).
 *
 * @example
 * pathEnd({ kind: "range", low: 3, high: 5 }, 1)   // → 3
 * pathEnd({ kind: "range", low: 3, high: 5 }, 4)   // → 4
 * pathEnd({ kind: "at-most", value: 40, strict: false }, 50) // → 40
 */
export function pathEnd(target: EffectiveTarget, baseline: number): number {
  if (target.kind === "range") return Math.min(Math.max(baseline, target.low), target.high);
  return target.value;
}

/**
 * The single value to show as "the target": the bound, or for a range the bound the path heads to.
 * Null for a range with no baseline or with the baseline inside it, where no single value is the target.
 *
 * @example
 * targetValueOf({ kind: "range", low: 3, high: 5 }, 1)    // → 3
 * targetValueOf({ kind: "range", low: 3, high: 5 }, null) // → null
 */
export function targetValueOf(target: EffectiveTarget, baseline: number | null): number | null {
  if (target.kind !== "range") return target.value;
  if (baseline === null || (baseline >= target.low && baseline <= target.high)) return null;
  return pathEnd(target, baseline);
}

/**
 * Which way is better. One-sided targets say it themselves; `=` and `range` are better towards the target from
 * the baseline, and fall back to the indicator's stated direction when there is no baseline or it is on target.
 *
 * @example
 * favourableDirection({ kind: "at-most", value: 40, strict: false }, 50, "increase") // → "decrease"
 * favourableDirection({ kind: "equal", value: 40 }, 50, "increase")                  // → "decrease"
 */
export function favourableDirection(target: EffectiveTarget, baseline: number | null, stated: Direction): Direction {
  if (target.kind === "at-least") return "increase";
  if (target.kind === "at-most") return "decrease";
  if (baseline === null) return stated;
  const end = pathEnd(target, baseline);
  if (end === baseline) return stated;
  return end > baseline ? "increase" : "decrease";
}

/** How far a figure is from meeting an `=` or `range` target; 0 inside. */
function distanceTo(target: EffectiveTarget & { kind: "equal" | "range" }, value: number): number {
  if (target.kind === "equal") return Math.abs(value - target.value);
  return Math.max(target.low - value, 0, value - target.high);
}

/**
 * Whether a figure is worse than the baseline: moved the wrong way for a one-sided target, or ended further
 * from an `=` or `range` target than the baseline was.
 *
 * @example
 * isWorseThanBaseline(60, 62, { kind: "at-least", value: 67, strict: false })  // → true
 * isWorseThanBaseline(38, 50, { kind: "at-most", value: 40, strict: false })   // → false
 * isWorseThanBaseline(7, 4, { kind: "range", low: 3, high: 5 })                // → true
 */
export function isWorseThanBaseline(value: number, baseline: number, target: EffectiveTarget): boolean {
  switch (target.kind) {
    case "at-least":
      return value < baseline;
    case "at-most":
      return value > baseline;
    default:
      return distanceTo(target, value) > distanceTo(target, baseline);
  }
}
