/**
 * The shape of a built-in plan catalog (`src/plans/*.json`), checked in the build and in tests so a hand edit
 * that breaks a catalog fails before a bureau sees it.
 */
import { z } from "zod";
import type { Plan } from "../core/model";

const year = z.number().int().min(1949).max(2100);
const finite = z.number().finite();

const provenance = z.strictObject({
  source: z.enum(["table", "text"]),
  line: z.number().int().positive(),
  snippet: z.string(),
});

const target = z.discriminatedUnion("comparator", [
  z.strictObject({ comparator: z.enum([">=", ">", "<=", "<", "="]), year, value: finite }),
  z
    .strictObject({ comparator: z.literal("range"), year, low: finite, high: finite })
    .refine((range) => range.low <= range.high, { message: "a range's low bound must not exceed its high bound" }),
  z.strictObject({ comparator: z.literal("x2"), year }),
]);

const indicator = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  unit: z.string().min(1).nullable(),
  attribute: z.enum(["预期性", "约束性"]).nullable(),
  direction: z.enum(["increase", "decrease"]),
  measure: z.enum(["share", "rate", "per-capita", "count", "amount"]),
  baseline: z.strictObject({ year, value: finite }).nullable(),
  target,
  provenance: z.array(provenance).min(1),
});

export const catalogSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/u, "ids are lower-case ASCII words joined by hyphens"),
    title: z.string().min(1),
    region: z.string().min(1).nullable(),
    period: z.strictObject({ start: year, end: year }).refine((p) => p.start <= p.end, {
      message: "the period must not end before it starts",
    }),
    source: z.strictObject({ file: z.string().min(1) }),
    indicators: z.array(indicator).min(1),
  })
  .superRefine((catalog, context) => {
    const seen = new Set<string>();
    catalog.indicators.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        context.addIssue({ code: "custom", path: ["indicators", index, "id"], message: `duplicate id ${entry.id}` });
      }
      seen.add(entry.id);
    });
  });

export type Catalog = z.infer<typeof catalogSchema>;

/** A catalog is a Plan plus where it came from; this keeps the two types from drifting apart. */
export function planOf(catalog: Catalog): Plan {
  return {
    id: catalog.id,
    title: catalog.title,
    region: catalog.region,
    period: catalog.period,
    indicators: catalog.indicators,
  };
}
