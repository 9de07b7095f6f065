/**
 * The built-in plan catalogs, generated from the seed plans by `scripts/build-catalogs.ts` and checked by a
 * person (corrections in `overrides/`). Validated when loaded, so a broken catalog fails loudly in the build,
 * the tests and the add-in alike instead of showing a half-empty template.
 */
import type { Plan } from "../core/model";
import chengdu13 from "./chengdu-13th-sti.json";
import chengdu14Outline from "./chengdu-14th-outline-sti.json";
import chengduZone from "./chengdu-innovation-zone-opinions.json";
import chongqing13 from "./chongqing-13th-sti.json";
import sichuan14Hitech from "./sichuan-14th-hitech.json";
import { catalogSchema, planOf, type Catalog } from "./schema";

export type { Catalog } from "./schema";

export const BUILT_IN_CATALOGS: readonly Catalog[] = [
  chengdu13,
  chengdu14Outline,
  chengduZone,
  chongqing13,
  sichuan14Hitech,
].map((catalog) => catalogSchema.parse(catalog));

/** The plan the workbench and a new workbook start with: 成都市“十三五”科技创新规划, the first seed. */
export const DEFAULT_PLAN_ID = "chengdu-13th-sti";

export function builtInPlan(id: string): Plan | null {
  const catalog = BUILT_IN_CATALOGS.find((candidate) => candidate.id === id);
  return catalog === undefined ? null : planOf(catalog);
}
