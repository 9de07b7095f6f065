/**
 * Plan text → plan title, period, the indicators it states (one entry per place) and the past figures it reports.
 * The `extract` contract of DESIGN.md; the catalog step (`catalog.ts`) merges entries into indicators.
 */
import { splitLines } from "./lines";
import { planPeriod, periodFromTargetYears, planTitle } from "./plan-meta";
import { extractTables } from "./tables";
import { extractTextTargets } from "./text";
import type { ExtractedPlan } from "./types";

export { splitLines } from "./lines";
export type { ExtractedActual, ExtractedIndicator, ExtractedPlan } from "./types";

/**
 * @example
 * extractPlan(readFileSync("000_fe8123ca23c369e9.txt", "utf8")).plan
 * // → { title: "成都市“十三五”科技创新规划", period: [2016, 2020] }
 */
export function extractPlan(text: string): ExtractedPlan {
  const lines = splitLines(text);
  const title = planTitle(lines);
  const statedPeriod = planPeriod(title);
  const tables = extractTables(lines);
  const texts = extractTextTargets(lines, { period: statedPeriod });
  const indicators = [...tables.indicators, ...texts.indicators].sort((a, b) => a.line - b.line);
  const actuals = [...tables.actuals, ...texts.actuals].sort((a, b) => a.line - b.line);
  const period = statedPeriod ?? periodFromTargetYears(indicators.map((indicator) => indicator.targetYear));
  return { plan: { title, period }, indicators, actuals };
}
