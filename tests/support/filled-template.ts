/**
 * A district's workbook as it comes back: the command line's template for a plan, with figures typed into its year
 * cells (by exceljs, as any spreadsheet program saves them). For tests and the bench of the command line.
 */
import ExcelJS from "exceljs";
import { templateLayout } from "../../src/core/layout";
import type { Locale } from "../../src/core/messages";
import type { Plan } from "../../src/core/model";
import { templateWorkbook } from "../../src/cli/xlsx/write-template";

/** What a person typed for an indicator (by its index in the plan) and year; null leaves the cell empty. */
export type Figures = (indicator: number, year: number) => string | number | null;

export async function filledTemplate(plan: Plan, figures: Figures, locale: Locale = "zh-CN"): Promise<Uint8Array> {
  const template = await templateWorkbook(plan, locale);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template.bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(template.sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${template.sheetName} in the template`);
  const layout = templateLayout(plan, locale);
  plan.indicators.forEach((_, index) => {
    const row = sheet.getRow(layout.headerRow + 2 + index);
    layout.columns.forEach((column, at) => {
      if (column.key !== "year" || column.year === null) return;
      const value = figures(index, column.year);
      if (value !== null) row.getCell(at + 1).value = value;
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
