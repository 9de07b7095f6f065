/**
 * Applies the core's sheet writes to an exceljs workbook: the same list the add-in sends to Excel, so a template
 * written to disk is the template the add-in makes. Text is always written as text, never as a formula: exceljs
 * stores strings as strings, and Excel's text prefix `'` that the writes carry for `Range.values` is dropped.
 */
import type ExcelJS from "exceljs";
import { LAST_ROW, type RangeRef } from "../../core/workbook/a1";
import type { CellValue } from "../../core/workbook/sheet-reading";
import { ANY_DECIMAL, PROTECTION, type FormatPatch, type SheetWrite } from "../../core/workbook/writes";

/** Excel's column width in points → the .xlsx width in characters of the default font (7 px each, 0.75 pt a px). */
export function widthInCharacters(points: number): number {
  return points / 0.75 / 7;
}

/** Protection as Excel's `protect(PROTECTION)` leaves it: what PROTECTION allows, everything else locked. */
const SHEET_PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  objects: false,
  scenarios: false,
  selectLockedCells: true,
  selectUnlockedCells: true,
  sort: PROTECTION.allowSort,
  autoFilter: PROTECTION.allowAutoFilter,
  formatColumns: PROTECTION.allowFormatColumns,
};

/** A value of the writes (Range.values' convention) as the cell value exceljs stores. */
function cellValue(value: CellValue): ExcelJS.CellValue {
  if (value === "") return null;
  if (typeof value === "string") return value.startsWith("'") ? value.slice(1) : value;
  return value;
}

function cellsOf(range: RangeRef, visit: (row: number, column: number) => void): void {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) visit(row, column);
  }
}

function solid(colour: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${colour.replace("#", "").toUpperCase()}` } };
}

function formatCell(cell: ExcelJS.Cell, patch: FormatPatch): void {
  // New style objects each time: exceljs may share one between cells of a row or column.
  if (patch.fill !== undefined)
    cell.fill = patch.fill === null ? { type: "pattern", pattern: "none" } : solid(patch.fill);
  if (patch.bold !== undefined) cell.font = { ...cell.font, bold: patch.bold };
  if (patch.wrapText !== undefined) cell.alignment = { ...cell.alignment, wrapText: patch.wrapText };
  if (patch.locked !== undefined) cell.protection = { ...cell.protection, locked: patch.locked };
}

function formatColumns(sheet: ExcelJS.Worksheet, range: RangeRef, patch: FormatPatch): void {
  for (let index = range.left; index <= range.right; index++) {
    const column = sheet.getColumn(index + 1);
    if (patch.columnWidth !== undefined) column.width = widthInCharacters(patch.columnWidth);
    if (patch.columnHidden !== undefined) column.hidden = patch.columnHidden;
  }
}

export async function applyWrites(workbook: ExcelJS.Workbook, writes: readonly SheetWrite[]): Promise<void> {
  const sheet = (name: string): ExcelJS.Worksheet => {
    const found = workbook.getWorksheet(name);
    if (found === undefined) throw new Error(`no sheet ${name} to write to`);
    return found;
  };
  const cell = (name: string, row: number, column: number): ExcelJS.Cell => sheet(name).getCell(row + 1, column + 1);

  for (const write of writes) {
    switch (write.kind) {
      case "addSheet":
        workbook.addWorksheet(write.sheet, { state: write.veryHidden ? "veryHidden" : "visible" });
        break;
      case "deleteSheet":
        workbook.removeWorksheet(sheet(write.sheet).id);
        break;
      case "activate": {
        const index = workbook.worksheets.indexOf(sheet(write.sheet));
        workbook.views = [
          { ...workbook.views[0], activeTab: index, firstSheet: 0, visibility: "visible" } as ExcelJS.WorkbookView,
        ];
        break;
      }
      case "unprotect":
        sheet(write.sheet).unprotect();
        break;
      case "protect":
        await sheet(write.sheet).protect("", SHEET_PROTECTION);
        break;
      case "values":
        cellsOf(write.range, (row, column) => {
          const value = write.values[row - write.range.top]?.[column - write.range.left];
          if (value !== undefined) cell(write.sheet, row, column).value = cellValue(value);
        });
        break;
      case "numberFormat":
        cellsOf(write.range, (row, column) => {
          const format = write.formats[row - write.range.top]?.[column - write.range.left];
          if (format !== undefined) cell(write.sheet, row, column).numFmt = format;
        });
        break;
      case "format": {
        const { columnWidth, columnHidden, ...cellPatch } = write.patch;
        formatColumns(sheet(write.sheet), write.range, {
          ...(columnWidth === undefined ? {} : { columnWidth }),
          ...(columnHidden === undefined ? {} : { columnHidden }),
        });
        if (Object.keys(cellPatch).length === 0) break;
        if (write.range.bottom === LAST_ROW) throw new Error("cell formats of whole columns are not written to .xlsx");
        cellsOf(write.range, (row, column) => formatCell(cell(write.sheet, row, column), cellPatch));
        break;
      }
      case "validation":
        cellsOf(write.range, (row, column) => {
          cell(write.sheet, row, column).dataValidation = {
            type: "decimal",
            operator: "between",
            formulae: [-ANY_DECIMAL, ANY_DECIMAL],
            allowBlank: true,
            showInputMessage: true,
            promptTitle: write.prompt.title,
            prompt: write.prompt.message,
            // Off, as in the add-in: `1.2万`, `１２.５` and `——` can be typed, and the checks say what is wrong.
            showErrorMessage: false,
            errorStyle: "information",
          };
        });
        break;
      case "freeze":
        sheet(write.sheet).views = [
          write.rows > 0 || write.columns > 0
            ? { state: "frozen", xSplit: write.columns, ySplit: write.rows }
            : { state: "normal" },
        ];
        break;
      case "addNote":
        cell(write.sheet, write.range.top, write.range.left).note = write.text;
        break;
      // A template is written into a new workbook: nothing to clear, and no tables or charts.
      case "clear":
      case "table":
      case "chart":
        throw new Error(`${write.kind} writes are not made in .xlsx files`);
    }
  }
}
