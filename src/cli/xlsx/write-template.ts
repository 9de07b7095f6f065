/**
 * A template as an .xlsx file: the monitoring sheet and the state sheet the add-in writes into a new workbook,
 * made from the same writes (`sheetWrites`, `stateWrites`), so the add-in recognises the file as its own and a
 * person in any spreadsheet program fills exactly the cells the add-in leaves open.
 */
import ExcelJS from "exceljs";
import { templateLayout } from "../../core/layout";
import type { Locale } from "../../core/messages";
import type { Plan } from "../../core/model";
import { STATE_VERSION, type WorkbookState } from "../../core/workbook/state";
import { composeSheet, sheetWrites, stateWrites } from "../../core/workbook/template-sheet";
import { applyWrites } from "./apply-writes";

export interface TemplateFile {
  readonly bytes: Uint8Array;
  readonly sheetName: string;
  readonly years: readonly number[];
}

/**
 * @example
 * const { bytes, sheetName } = await templateWorkbook(builtInPlan("chengdu-13th-sti"), "zh-CN");
 * sheetName // → "指标监测"
 */
export async function templateWorkbook(plan: Plan, locale: Locale): Promise<TemplateFile> {
  const model = templateLayout(plan, locale);
  const sheetName = model.sheetName;
  const composed = composeSheet(model, null, { explanations: [], decisions: [] }, locale);
  // No sheet id: Excel gives one only when it opens the file, and the add-in finds the sheet by its name then.
  const state: WorkbookState = {
    version: STATE_VERSION,
    plan,
    sheetId: null,
    sheetName,
    locale,
    explanations: [],
    decisions: [],
    userName: null,
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "plan-monitor";
  await applyWrites(workbook, [
    { kind: "addSheet", sheet: sheetName, veryHidden: false },
    ...sheetWrites(sheetName, composed, { extent: null, protected: false }, locale),
    ...stateWrites(state, { exists: false, rows: 0 }),
    { kind: "activate", sheet: sheetName },
  ]);
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), sheetName, years: model.years };
}
