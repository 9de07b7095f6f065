/**
 * What writing to and reading from a range does to the workbook, shared by the `Range` proxy and the simulated
 * user's actions.
 */
import { areaCells, areaColumns, areaRows, intersection, parseAddress, type Area } from "./address";
import { interpretEntry, valueType, type CellValue } from "./cell-entry";
import { simError } from "./errors";
import {
  cellsIn,
  clearContents,
  clearFormats,
  effectiveFormat,
  findSheet,
  readCell,
  updateFormats,
  usedArea,
  writeEntry,
  type SheetData,
  type WorkbookData,
} from "./model";
import { formatValue } from "./number-format";
import { READ_CELL_LIMIT } from "./payload";
import { assertCellsEditable, assertPermitted } from "./protection";
import type { ChangeDetails, Transaction } from "./transaction";

/**
 * The input as a function of (row, column) within the range. A scalar fills the whole range, as Excel allows;
 * an array must have exactly the range's rows and columns (InvalidArgument otherwise, with no 1×1 broadcast).
 */
export function inputGrid(input: unknown, area: Area, location: string): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = areaRows(area);
  const columns = areaColumns(area);
  const fits = input.length === rows && input.every((row) => Array.isArray(row) && row.length === columns);
  if (!fits) {
    const first: unknown = input[0];
    const shape = `${input.length}×${Array.isArray(first) ? first.length : "(not an array)"}`;
    throw simError(
      "InvalidArgument",
      location,
      `the number of rows or columns in the input array (${shape}) doesn't match the range (${rows}×${columns})`,
    );
  }
  return (row, column) => (input[row] as readonly unknown[])[column];
}

function details(before: CellValue, beforeFormula: string | null, sheet: SheetData, area: Area): ChangeDetails {
  const after = readCell(sheet, area.top, area.left);
  return {
    valueBefore: before,
    valueAfter: after.value,
    valueTypeBefore: valueType(before, beforeFormula),
    valueTypeAfter: valueType(after.value, after.formula),
  };
}

/**
 * Writes values or formulas as Excel would store them (see `interpretEntry`); `null` elements leave their cell
 * unchanged. Raises one change event for the range, with details only when it is a single cell.
 */
export function writeEntries(tx: Transaction, sheet: SheetData, area: Area, input: unknown, location: string): void {
  const at = inputGrid(input, area, location);
  assertCellsEditable(sheet, area, location);
  const before = readCell(sheet, area.top, area.left);
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) {
      const raw = at(row - area.top, column - area.left);
      if (raw === null) continue;
      const entry = interpretEntry(raw, effectiveFormat(sheet, row, column).numberFormat);
      if (entry === undefined) {
        const where = `[${row - area.top}][${column - area.left}]`;
        throw simError(
          "InvalidArgument",
          location,
          `element ${where} is ${String(raw)}: not a string, number or boolean`,
        );
      }
      writeEntry(sheet, row, column, entry);
    }
  }
  const single = areaCells(area) === 1;
  tx.recordChange(sheet, area, "RangeEdited", single ? details(before.value, before.formula, sheet, area) : undefined);
}

export function writeNumberFormats(sheet: SheetData, area: Area, input: unknown, location: string): void {
  const at = inputGrid(input, area, location);
  assertPermitted(sheet, "allowFormatCells", location);
  const check = (raw: unknown): string => {
    if (typeof raw !== "string") throw simError("InvalidArgument", location, "number formats must be strings");
    return raw;
  };
  if (!Array.isArray(input)) {
    const numberFormat = check(input);
    updateFormats(sheet, area, () => ({ numberFormat }));
    return;
  }
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) {
      const raw = at(row - area.top, column - area.left);
      if (raw === null) continue;
      const numberFormat = check(raw);
      updateFormats(sheet, { top: row, left: column, bottom: row, right: column }, () => ({ numberFormat }));
    }
  }
}

/** A rectangular read of the range; Excel refuses ranges over five million cells. */
export function readGrid<V>(area: Area, location: string, cell: (row: number, column: number) => V): V[][] {
  const count = areaCells(area);
  if (count > READ_CELL_LIMIT) {
    throw simError("InvalidArgument", location, `the range has ${count} cells; at most ${READ_CELL_LIMIT} can be read`);
  }
  const grid: V[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: V[] = [];
    for (let column = area.left; column <= area.right; column++) line.push(cell(row, column));
    grid.push(line);
  }
  return grid;
}

export const cellText = (sheet: SheetData, row: number, column: number): string =>
  formatValue(readCell(sheet, row, column).value, effectiveFormat(sheet, row, column).numberFormat);

/** `Range.clear(applyTo)`. Data validation survives every form, as in Excel. */
export function clearRange(tx: Transaction, sheet: SheetData, area: Area, applyTo: unknown, location: string): void {
  const contents = (): void => {
    assertCellsEditable(sheet, area, location);
    const before = readCell(sheet, area.top, area.left);
    clearContents(sheet, area);
    tx.recordChange(
      sheet,
      area,
      "RangeEdited",
      areaCells(area) === 1 ? details(before.value, before.formula, sheet, area) : undefined,
    );
  };
  const formats = (): void => {
    assertPermitted(sheet, "allowFormatCells", location);
    clearFormats(sheet, area);
  };
  const actions: Readonly<Record<string, () => void>> = {
    All: () => {
      formats();
      contents();
    },
    Contents: contents,
    ResetContents: contents,
    Formats: formats,
    Hyperlinks: () => undefined,
    RemoveHyperlinks: () => undefined,
  };
  const action = actions[applyTo === undefined ? "All" : String(applyTo)];
  if (!action) throw simError("InvalidArgument", location, `clear(${String(applyTo)}) is not an Excel.ClearApplyTo`);
  action();
}

/** One value for the whole range, or null when cells differ (Excel's answer for mixed formats). */
export function uniform<V>(values: readonly V[]): V | null {
  const [first] = values;
  if (first === undefined) return null;
  const key = JSON.stringify(first);
  return values.every((v) => v === first || JSON.stringify(v) === key) ? first : null;
}

/** Points of text in Excel's default 11 pt font: about 5.5 pt per Latin character, 11 pt per CJK one. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\uFFDC]/u.test(ch) && !/[\uFF61-\uFF9F]/u.test(ch) ? 11 : 5.5;
  return width;
}

/** Padding Excel adds around autofitted text, in points. */
const AUTOFIT_PADDING = 5.25;

/** `format.autofitColumns()`: each column fits its longest text (widths are an estimate; see textWidth). */
export function autofitColumns(sheet: SheetData, area: Area): void {
  const widest = new Map<number, number>();
  for (const [row, column] of cellsIn(sheet, area)) {
    const lines = cellText(sheet, row, column).split("\n");
    const width = Math.max(...lines.map(textWidth));
    if (width > 0) widest.set(column, Math.max(widest.get(column) ?? 0, width));
  }
  for (const [column, width] of widest) {
    sheet.columnWidths.set(column, Math.ceil((width + AUTOFIT_PADDING) * 4) / 4);
  }
}

/** `format.autofitRows()`: one default line height per line of the tallest wrapped or multi-line cell. */
export function autofitRows(sheet: SheetData, area: Area, defaultHeight: number): void {
  const tallest = new Map<number, number>();
  for (const [row, column] of cellsIn(sheet, area)) {
    const lines = cellText(sheet, row, column).split("\n").length;
    tallest.set(row, Math.max(tallest.get(row) ?? 1, lines));
  }
  for (const [row, lines] of tallest) {
    if (lines === 1) sheet.rowHeights.delete(row);
    else sheet.rowHeights.set(row, lines * defaultHeight);
  }
}

/** Resolves a list validation source that is a reference ("Lists!$A$1:$A$5") to the values it holds. */
export function listItemsResolver(data: WorkbookData, sheet: SheetData): (source: string) => CellValue[] | null {
  return (source) => {
    const parsed = parseAddress(source);
    if (!parsed) return null;
    const holder = parsed.sheet === null ? sheet : findSheet(data, parsed.sheet);
    if (!holder) return null;
    const used = usedArea(holder, true);
    const area = used && intersection(used, parsed.area);
    return area ? [...cellsIn(holder, area)].map(([, , cell]) => cell.value) : [];
  };
}
