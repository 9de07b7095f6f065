/**
 * The numbers that turn a progress ratio into a status, kept as data so a bureau can publish its own.
 * Defaults follow Statistics Canada's progress measure as implemented in Open SDG (see docs/methodology.md).
 */
import { z } from "zod";
import { fail, ok, type Result } from "./model";
import { parseThresholdOverrides, type ThresholdIssue as ThresholdIssueBase } from "./threshold-overrides";

export interface AssessmentThresholds {
  /** Ratio (observed ÷ required rate) at or above which a 预期性 indicator is on track. Open SDG: 0.95. */
  readonly onTrack: number;
  /** The same for a 约束性 (binding) indicator: 1.0 allows no shortfall against the path. */
  readonly bindingOnTrack: number;
  /** Ratio at or above which progress is made but needs acceleration. Open SDG: 0.60. */
  readonly needsAcceleration: number;
  /** Ratio at or above which progress is limited (off track); below it the indicator is deteriorating. Open SDG: 0. */
  readonly offTrack: number;
  /** Relative tolerance within which a figure meets an `=` target: |A − T| ≤ tolerance × |T|. */
  readonly equalTolerance: number;
  /** How many of the most recent observed points (baseline included) the trend projection fits. */
  readonly projectionWindow: number;
}

export const DEFAULT_ASSESSMENT_THRESHOLDS: AssessmentThresholds = {
  onTrack: 0.95,
  bindingOnTrack: 1.0,
  needsAcceleration: 0.6,
  offTrack: 0,
  equalTolerance: 0.01,
  projectionWindow: 3,
};

export type { ThresholdIssueCode } from "./threshold-overrides";
export type ThresholdIssue = ThresholdIssueBase<keyof AssessmentThresholds>;

const ratio = z.number().min(-10).max(10);

const overrideSchema = z
  .object({
    onTrack: ratio,
    bindingOnTrack: ratio,
    needsAcceleration: ratio,
    offTrack: ratio,
    equalTolerance: z.number().min(0).max(0.5),
    projectionWindow: z.number().int().min(2).max(30),
  })
  .partial()
  .strict();

/** Each pair reads "`higher` must be at or above `lower`", so the status bands never overlap. */
const ORDER: readonly (readonly [keyof AssessmentThresholds, keyof AssessmentThresholds])[] = [
  ["onTrack", "needsAcceleration"],
  ["bindingOnTrack", "needsAcceleration"],
  ["needsAcceleration", "offTrack"],
];

/**
 * Reads a bureau's threshold override (for instance parsed from JSON). Keys left out keep their default, so
 * `{ "onTrack": 0.9 }` changes one band only. Every problem is reported, none thrown.
 *
 * @example
 * parseAssessmentThresholds({ onTrack: 0.9 })
 * // → { ok: true, value: { onTrack: 0.9, bindingOnTrack: 1, needsAcceleration: 0.6, offTrack: 0, equalTolerance: 0.01, projectionWindow: 3 } }
 * parseAssessmentThresholds({ onTrack: 0.5 })
 * // → { ok: false, issues: [{ code: "out-of-order", path: ["onTrack"], other: "needsAcceleration" }] }
 */
export function parseAssessmentThresholds(
  input: unknown,
  base: AssessmentThresholds = DEFAULT_ASSESSMENT_THRESHOLDS,
): Result<AssessmentThresholds, ThresholdIssue> {
  const parsed = parseThresholdOverrides(overrideSchema, input, base);
  if (!parsed.ok) return parsed;
  const merged = parsed.value;
  const disorder = ORDER.filter(([higher, lower]) => merged[higher] < merged[lower]).map(
    ([higher, lower]): ThresholdIssue => ({ code: "out-of-order", path: [higher], other: lower }),
  );
  return disorder.length > 0 ? fail(...disorder) : ok(merged);
}
