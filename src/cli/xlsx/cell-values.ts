/**
 * A sheet of an exceljs workbook as the values grid `Range.values` gives the add-in, so every reading and check in
 * core sees an .xlsx file exactly as it sees the workbook open in Excel: text, numbers and booleans; a formula as
 * its last computed result; rich text as its plain text; a date as Excel's serial number; an error as its text
 * (`#N/A`); the cells of a merged area other than its top-left one blank.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../core/workbook/sheet-reading";

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 to 1970-01-01, in the 1900 and the 1904 date systems. */
const UNIX_EPOCH = { 1900: 25_569, 1904: 24_107 } as const;

type RawValue = ExcelJS.CellValue | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * @example valueOf({ formula: "B2*2", result: 7 }, false) // → 7
 * @example valueOf({ richText: [{ text: "1.2" }, { text: "万" }] }, false) // → "1.2万"
 * @example valueOf(new Date(Date.UTC(2020, 0, 5)), false) // → 43835
 */
export function valueOf(value: RawValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / DAY_MS + UNIX_EPOCH[date1904 ? 1904 : 1900];
  if (!isRecord(value)) return "";
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  if ("error" in value && typeof value.error === "string") return value.error;
  // Formulas (plain, shared, array) as Excel shows them: their result; none saved reads as blank.
  if ("formula" in value || "sharedFormula" in value) return valueOf(value.result as RawValue, date1904);
  if ("hyperlink" in value) return valueOf(value.text as RawValue, date1904);
  return "";
}

/** The values of a sheet from A1 to its last non-blank cell. */
export function sheetGrid(sheet: ExcelJS.Worksheet, date1904: boolean): Grid {
  const values: CellValue[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // A formula's `value` drops a result that is 0, FALSE or "" (exceljs copies only truthy fields); `result` keeps it.
      const value = valueOf(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value, date1904);
      if (value === "") return;
      while (line.length < columnNumber - 1) line.push("");
      line[columnNumber - 1] = value;
    });
    if (line.length === 0) return;
    while (values.length < rowNumber - 1) values.push([]);
    values[rowNumber - 1] = line;
    width = Math.max(width, line.length);
  });
  // Rectangular, as `Range.values` is.
  const rows = values.map((line) =>
    line.length === width ? line : [...line, ...Array<CellValue>(width - line.length).fill("")],
  );
  return { top: 0, left: 0, values: rows };
}
