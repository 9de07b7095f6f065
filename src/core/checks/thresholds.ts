/**
 * The numbers that decide when a figure needs an explanation, kept as data so a bureau can publish its own.
 */
import { z } from "zod";
import type { Result } from "../model";
import { parseThresholdOverrides, type ThresholdIssue, type ThresholdIssueCode } from "../threshold-overrides";

export interface CheckThresholds {
  /** A year-on-year change beyond ± this many percent of the previous year's figure needs an explanation. */
  readonly yoyPercent: number;
  /** Once the history is long enough, a change more than this many robust standard deviations from the median change needs one. */
  readonly robustZ: number;
  /** How many year-on-year changes of the indicator's own history switch the test from `yoyPercent` to `robustZ`. */
  readonly robustMinChanges: number;
  /**
   * The robust scale (in percentage points of change) is never taken below this, so a history of near-identical
   * growth does not flag a wobble of 0.1 point as extreme.
   */
  readonly robustMinScalePercent: number;
  /** This many consecutive years with the same figure need an explanation. */
  readonly unchangedYears: number;
  /** A figure in the baseline year's column may differ from the plan's baseline by this many percent (rounding). */
  readonly baselineTolerancePercent: number;
}

export const DEFAULT_CHECK_THRESHOLDS: CheckThresholds = {
  yoyPercent: 30,
  robustZ: 3,
  robustMinChanges: 5,
  robustMinScalePercent: 1,
  unchangedYears: 3,
  baselineTolerancePercent: 0.5,
};

/** Same codes as the assessment thresholds; checks have no bands that could overlap. */
export type CheckThresholdIssueCode = Exclude<ThresholdIssueCode, "out-of-order">;
export type CheckThresholdIssue = ThresholdIssue<never>;

/** A bureau's override: any subset of the keys, each within a range that keeps the checks meaningful. */
export const CHECK_THRESHOLD_OVERRIDES_SCHEMA = z
  .object({
    yoyPercent: z.number().gt(0).max(1000),
    robustZ: z.number().gt(0).max(10),
    // Fewer than 3 changes give no meaningful median absolute deviation.
    robustMinChanges: z.number().int().min(3).max(100),
    robustMinScalePercent: z.number().min(0).max(100),
    unchangedYears: z.number().int().min(2).max(50),
    baselineTolerancePercent: z.number().min(0).max(100),
  })
  .partial()
  .strict();

/**
 * Reads a bureau's override of the check thresholds (for instance parsed from JSON). Keys left out keep their
 * default. Every problem is reported, none thrown.
 *
 * @example
 * parseCheckThresholds({ yoyPercent: 20 })
 * // → { ok: true, value: { yoyPercent: 20, robustZ: 3, robustMinChanges: 5, robustMinScalePercent: 1, unchangedYears: 3, baselineTolerancePercent: 0.5 } }
 * parseCheckThresholds({ yoyPercent: -1, unchangedYear: 3 })
 * // → { ok: false, issues: [{ code: "out-of-range", path: ["yoyPercent"] }, { code: "unknown-key", path: ["unchangedYear"] }] }
 */
export function parseCheckThresholds(
  input: unknown,
  base: CheckThresholds = DEFAULT_CHECK_THRESHOLDS,
): Result<CheckThresholds, CheckThresholdIssue> {
  return parseThresholdOverrides(CHECK_THRESHOLD_OVERRIDES_SCHEMA, input, base);
}
