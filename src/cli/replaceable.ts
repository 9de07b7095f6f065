/**
 * Which existing .xlsx file `--force` may write over. A district's workbook that merely fails to read as one (its
 * PlanMonitor sheet deleted, the file damaged, locked by a password) still holds its figures, so the rule is a
 * list of what may go rather than of what must stay: a summary plan-monitor wrote, or a template nobody filled in.
 */
import ExcelJS from "exceljs";
import { cellAt } from "../core/workbook/sheet-reading";
import { readMonitorWorkbook } from "./xlsx/read-workbook";

/** Written into the document properties (category) of every summary workbook, so a later run knows its own. */
export const SUMMARY_MARKER = "plan-monitor summary";

export type ExistingXlsx = "summary" | "empty-template" | "filled" | "other";

async function isSummary(bytes: Uint8Array): Promise<boolean> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer of an older @types/node than ours; the value is one.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return false;
  }
  return workbook.category === SUMMARY_MARKER;
}

/**
 * @example await existingXlsx("汇总.xlsx", readFileSync) // → "summary"
 */
export async function existingXlsx(path: string, readFile: (path: string) => Uint8Array): Promise<ExistingXlsx> {
  let bytes: Uint8Array;
  try {
    bytes = readFile(path);
  } catch {
    return "other";
  }
  try {
    const { state, reading } = await readMonitorWorkbook(bytes, { file: path });
    if (state.explanations.length > 0 || state.decisions.length > 0) return "filled";
    if (reading.strays.length > 0 || reading.ownColumns.length > 0) return "filled";
    const explanation = reading.columns.fixed.get("explanation");
    const columns = [...reading.columns.years.values(), ...(explanation === undefined ? [] : [explanation])];
    const entered = reading.rows.some(({ row }) => columns.some((column) => cellAt(reading.grid, row, column) !== ""));
    return entered ? "filled" : "empty-template";
  } catch {
    return (await isSummary(bytes)) ? "summary" : "other";
  }
}
