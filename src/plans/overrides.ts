/**
 * Hand corrections to an extracted plan, as data: each says what it changes and why, and must still match the
 * extractor's output, so a correction that no longer applies fails the catalog build instead of lingering.
 * This is how a person's check of a catalog against the plan text is recorded; no code path names a document.
 */
import { z } from "zod";
import type { ExtractedIndicator } from "../core/extract/types";

const reason = z.string().min(4, "say why: a reason a reviewer can check against the plan text");
const comparator = z.enum([">=", ">", "<=", "<", "=", "range", "x2"]);

const entryFields = z.strictObject({
  name: z.string().min(1),
  unit: z.string().min(1).nullable(),
  baselineYear: z.number().int().nullable(),
  baselineValue: z.number().finite().nullable(),
  targetYear: z.number().int().nullable(),
  comparator,
  targetValue: z.number().finite().nullable(),
  targetLow: z.number().finite().nullable(),
  targetHigh: z.number().finite().nullable(),
  attribute: z.enum(["预期性", "约束性"]).nullable(),
  direction: z.enum(["increase", "decrease"]),
  source: z.enum(["table", "text"]),
  line: z.number().int().positive(),
  snippet: z.string(),
  increment: z.boolean(),
});

/** Which extracted entry a correction is about: its line and its name as extracted. */
const which = { line: z.number().int().positive(), name: z.string().min(1) };

export const overridesSchema = z.strictObject({
  plan: z
    .strictObject({
      title: z.strictObject({ value: z.string().min(1), reason }).optional(),
      region: z.strictObject({ value: z.string().min(1).nullable(), reason }).optional(),
      period: z.strictObject({ value: z.tuple([z.number().int(), z.number().int()]), reason }).optional(),
    })
    .default({}),
  entries: z
    .array(
      z.discriminatedUnion("action", [
        z.strictObject({ action: z.literal("drop"), ...which, reason }),
        z.strictObject({ action: z.literal("patch"), ...which, set: entryFields.partial(), reason }),
        z.strictObject({ action: z.literal("add"), entry: entryFields, reason }),
      ]),
    )
    .default([]),
  /** Conflicts the catalog step reported, each settled by a person: keep the table's statement or the text's. */
  conflicts: z
    .array(z.strictObject({ line: z.number().int().positive(), keep: z.enum(["kept", "other"]), reason }))
    .default([]),
});

export type Overrides = z.infer<typeof overridesSchema>;

export type OverrideIssue = { readonly code: "stale-override"; readonly line: number; readonly name: string };

/** Applies drops, patches and additions; every drop and patch must match exactly one extracted entry. */
export function applyEntryOverrides(
  entries: readonly ExtractedIndicator[],
  overrides: Overrides,
): { readonly entries: readonly ExtractedIndicator[]; readonly issues: readonly OverrideIssue[] } {
  const issues: OverrideIssue[] = [];
  let result = [...entries];
  for (const override of overrides.entries) {
    if (override.action === "add") {
      result.push(override.entry);
      continue;
    }
    const matches = result.filter((entry) => entry.line === override.line && entry.name === override.name);
    if (matches.length !== 1) {
      issues.push({ code: "stale-override", line: override.line, name: override.name });
      continue;
    }
    result =
      override.action === "drop"
        ? result.filter((entry) => entry !== matches[0])
        : result.map((entry): ExtractedIndicator =>
            entry === matches[0] ? { ...entry, ...definedOnly(override.set) } : entry,
          );
  }
  return { entries: result, issues };
}

/** zod's partial gives `key?: T | undefined`; a patch sets only the keys it names. */
function definedOnly(patch: Partial<Record<keyof ExtractedIndicator, unknown>>): Partial<ExtractedIndicator> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<ExtractedIndicator>;
}
