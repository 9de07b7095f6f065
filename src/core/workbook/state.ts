/**
 * What the add-in remembers about a workbook, kept inside the workbook so it travels with the file.
 *
 * Where: a veryHidden worksheet `PlanMonitor` whose column A holds the state as JSON, cut into chunks of at most
 * 30,000 characters (Excel keeps at most 32,767 per cell). Not document settings or custom XML parts: the command
 * line reads and writes workbooks with exceljs, which keeps neither, while a sheet survives every tool that opens
 * and saves the file. Which row holds which indicator is not stored here but in the monitoring sheet's hidden id
 * column, so sorting rows, inserting rows or renaming the sheet never breaks the link.
 */
import { z } from "zod";
import type { Locale } from "../messages";
import type { Plan } from "../model";
import type { Explanation, ReviewDecision } from "../review";

export const STATE_SHEET = "PlanMonitor";
export const STATE_VERSION = 1;
/** Below Excel's 32,767 characters per cell, with room for the text prefix. */
export const STATE_CHUNK = 30_000;

export interface WorkbookState {
  readonly version: typeof STATE_VERSION;
  readonly plan: Plan;
  /** `Worksheet.id` of the monitoring sheet: stable when people rename the sheet. */
  readonly sheetId: string | null;
  /** Its name when last written, for workbooks whose sheet ids changed (a copy saved by another tool). */
  readonly sheetName: string;
  readonly locale: Locale;
  /** Every explanation ever saved, oldest first: the history a reviewer reads. */
  readonly explanations: readonly Explanation[];
  readonly decisions: readonly ReviewDecision[];
  /** The name typed once by whoever signs explanations and decisions, where Office does not say who is there. */
  readonly userName: string | null;
}

const finite = z.number().finite();
const year = z.number().int();

const target = z.discriminatedUnion("comparator", [
  z.object({ comparator: z.enum([">=", ">", "<=", "<", "="]), year, value: finite }),
  z.object({ comparator: z.literal("range"), year, low: finite, high: finite }),
  z.object({ comparator: z.literal("x2"), year }),
]);

const indicator = z.object({
  id: z.string().min(1),
  name: z.string(),
  unit: z.string().nullable(),
  attribute: z.enum(["预期性", "约束性"]).nullable(),
  direction: z.enum(["increase", "decrease"]),
  measure: z.enum(["share", "rate", "per-capita", "count", "amount"]),
  baseline: z.object({ year, value: finite }).nullable(),
  target,
  provenance: z.array(z.object({ source: z.enum(["table", "text"]), line: z.number(), snippet: z.string() })),
});

const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  plan: z.object({
    id: z.string(),
    title: z.string(),
    region: z.string().nullable(),
    period: z.object({ start: year, end: year }),
    indicators: z.array(indicator),
  }),
  sheetId: z.string().nullable(),
  sheetName: z.string(),
  locale: z.enum(["zh-CN", "en-US"]),
  explanations: z.array(
    z.object({ indicatorId: z.string(), year, text: z.string(), author: z.string(), at: z.string() }),
  ),
  decisions: z.array(
    z.object({
      indicatorId: z.string(),
      year,
      decision: z.enum(["accepted", "returned"]),
      comment: z.string(),
      reviewer: z.string(),
      at: z.string(),
    }),
  ),
  userName: z.string().nullable(),
});

/**
 * The state as the texts of column A's cells (written as text: a chunk may start with `-`, `=` or digits).
 * A chunk never ends between the two halves of a surrogate pair.
 *
 * @example encodeState(state).length // → 1 for a small plan; ⌈JSON length / 30,000⌉ in general
 */
export function encodeState(state: WorkbookState): readonly string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let at = 0; at < json.length;) {
    let end = Math.min(json.length, at + STATE_CHUNK);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(json.slice(at, end));
    at = end;
  }
  return chunks;
}

export type DecodedState = { readonly ok: true; readonly value: WorkbookState } | { readonly ok: false };

/**
 * Reads column A's values back, top to bottom.
 *
 * @example decodeState([["{\"version\":1,…"], ["…}"]]) // → { ok: true, value: { version: 1, plan: … } }
 * @example decodeState([["hello"]]) // → { ok: false }
 */
export function decodeState(values: readonly (readonly unknown[])[]): DecodedState {
  const json = values.map((row) => (typeof row[0] === "string" ? row[0] : "")).join("");
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false };
  }
  const result = stateSchema.safeParse(parsed);
  return result.success ? { ok: true, value: result.data as WorkbookState } : { ok: false };
}
