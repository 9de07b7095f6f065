/**
 * A bureau publishes its own thresholds as a partial JSON object; both the assessment's and the checks'
 * thresholds are read the same way: keys left out keep their default, unknown keys and bad values are reported
 * with a code and the key at fault, all of them, none thrown.
 */
import type { z } from "zod";
import { fail, ok, type Result } from "./model";

/** Closed list of reasons a threshold override is rejected. */
export type ThresholdIssueCode =
  /** The override is not a JSON object. */
  | "not-an-object"
  /** A key the thresholds do not have (a typo would otherwise be silently ignored). */
  | "unknown-key"
  /** A value that is not a finite number. */
  | "not-a-number"
  /** A count (e.g. the projection window) that is not a whole number. */
  | "not-an-integer"
  /** A value outside its allowed range. */
  | "out-of-range"
  /** The bands overlap: e.g. `needsAcceleration` above `onTrack`. `other` names the key it collides with. */
  | "out-of-order";

export interface ThresholdIssue<K extends string = string> {
  readonly code: ThresholdIssueCode;
  /** The key at fault; empty for the whole object. */
  readonly path: readonly string[];
  /** For `out-of-order`: the key that must be at or below (or above) this one. */
  readonly other?: K;
}

function issueFromZod(issue: z.core.$ZodIssue): ThresholdIssue<never> {
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

/** Reads a partial override with its zod schema and lays it over `base`. */
export function parseThresholdOverrides<T extends object>(
  schema: z.ZodType<{ [K in keyof T]?: T[K] | undefined }>,
  input: unknown,
  base: T,
): Result<T, ThresholdIssue<never>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail(...parsed.error.issues.map(issueFromZod));
  const given = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  return ok({ ...base, ...given });
}
