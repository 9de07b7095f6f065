/**
 * The numbers that decide when a figure needs an explanation, kept as data so a bureau can publish its own.
 */
import { z } from "zod";
import { fail, ok, type Result } from "../model";

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

/** Closed list of reasons a threshold override is rejected (same codes as the assessment thresholds). */
export type CheckThresholdIssueCode =
  "not-an-object" | "unknown-key" | "not-a-number" | "not-an-integer" | "out-of-range";

export interface CheckThresholdIssue {
  readonly code: CheckThresholdIssueCode;
  /** The key at fault; empty for the whole object. */
  readonly path: readonly string[];
}

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

function issueFromZod(issue: z.core.$ZodIssue): CheckThresholdIssue {
  const path = issue.path.map(String);
  switch (issue.code) {
    case "unrecognized_keys":
      return { code: "unknown-key", path: issue.keys };
    case "invalid_type":
      if (path.length === 0) return { code: "not-an-object", path };
      return { code: issue.expected === "int" ? "not-an-integer" : "not-a-number", path };
    default:
      return { code: "out-of-range", path };
  }
}

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
  const parsed = CHECK_THRESHOLD_OVERRIDES_SCHEMA.safeParse(input);
  if (!parsed.success) return fail(...parsed.error.issues.map(issueFromZod));
  const given = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  return ok({ ...base, ...given });
}
