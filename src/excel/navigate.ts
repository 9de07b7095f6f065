/** User action: jump to a cell, e.g. a finding's, activating its sheet. */
import { parseRange, rangeAddress, splitQualified } from "../core/workbook/a1";
import { PlanMonitorError } from "./errors";
import type { ExcelHost } from "./excel-host";

/**
 * Selects the cell of a `Sheet!A1` address (as `check` returns them). One sync.
 *
 * @example await goTo(host, "指标监测!J6") // the sheet 指标监测 becomes active with J6 selected
 */
export async function goTo(host: ExcelHost, address: string): Promise<void> {
  const parts = splitQualified(address);
  const range = parts === null ? null : parseRange(parts.address);
  if (parts === null || range === null) throw new PlanMonitorError("address-invalid", address);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(parts.sheetName);
    sheet.activate();
    sheet.getRange(rangeAddress(range)).select();
    await context.sync();
  });
}
