/**
 * What people entered on a read monitoring sheet, as the core's observations, with the address of each cell.
 * Rows are found by the hidden indicator id and years by their header, so sorted rows, inserted rows and a
 * renamed sheet read the same.
 */
import { cellKey } from "../review";
import type { Observation, Plan } from "../model";
import { cellAddress, qualifiedAddress } from "./a1";
import { cellAt, type SheetReading } from "./sheet-reading";

/**
 * One observation per year cell of every row of a plan indicator (blank cells included: the checks tell
 * "not reported" from a figure), and where each cell is.
 *
 * @example
 * observationsOf(plan, reading, "指标监测")
 * // → { observations: [{ indicatorId: "…:2020", year: 2015, input: 62 }, …], addresses: Map { "…:2020@2015" → "指标监测!I5", … } }
 */
export function observationsOf(
  plan: Plan,
  reading: SheetReading,
  sheetName: string,
): { readonly observations: readonly Observation[]; readonly addresses: ReadonlyMap<string, string> } {
  const planIds = new Set(plan.indicators.map((indicator) => indicator.id));
  const years = [...reading.columns.years].sort(([a], [b]) => a - b);
  const observations: Observation[] = [];
  const addresses = new Map<string, string>();
  for (const { row, indicatorId } of reading.rows) {
    if (!planIds.has(indicatorId)) continue;
    for (const [year, column] of years) {
      observations.push({ indicatorId, year, input: cellAt(reading.grid, row, column) });
      const key = cellKey(indicatorId, year);
      if (!addresses.has(key)) addresses.set(key, qualifiedAddress(sheetName, cellAddress({ row, column })));
    }
  }
  return { observations, addresses };
}
