/**
 * The numbers that turn a progress ratio into a status, kept as data so a bureau can publish its own.
 * Defaults follow Statistics Canada's progress measure as implemented in Open SDG (see docs/methodology.md).
 */
import { z } from "zod";
import { fail, ok, type Result } from "./model";

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

/** Closed list of reasons a threshold override is rejected. */
export type ThresholdIssueCode =
  /** The override is not a JSON object. */
  | "not-an-object"
  /** A key the thresholds do not have (a typo would otherwise be silently ignored). */
  | "unknown-key"
  /** A value that is not a finite number. */
  | "not-a-number"
  /** The projection window is not a whole number. */
  | "not-an-integer"
  /** A value outside its allowed range. */
  | "out-of-range"
  /** The bands overlap: e.g. `needsAcceleration` above `onTrack`. `other` names the key it collides with. */
  | "out-of-order";

export interface ThresholdIssue {
  readonly code: ThresholdIssueCode;
  /** The key at fault; empty for the whole object. */
  readonly path: readonly string[];
  /** For `out-of-order`: the key that must be at or below (or above) this one. */
  readonly other?: keyof AssessmentThresholds;
}

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

function issueFromZod(issue: z.core.$ZodIssue): ThresholdIssue {
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
  const parsed = overrideSchema.safeParse(input);
  if (!parsed.success) return fail(...parsed.error.issues.map(issueFromZod));
  const merged: AssessmentThresholds = { ...base, ...dropUndefined(parsed.data) };
  const disorder = ORDER.filter(([higher, lower]) => merged[higher] < merged[lower]).map(
    ([higher, lower]): ThresholdIssue => ({ code: "out-of-order", path: [higher], other: lower }),
  );
  return disorder.length > 0 ? fail(...disorder) : ok(merged);
}

/** zod types a key that was left out as `undefined`; spreading that over a default would erase the default. */
function dropUndefined(value: Readonly<Record<string, number | undefined>>): Partial<AssessmentThresholds> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
