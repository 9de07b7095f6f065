/**
 * The workbook the simulator holds: plain data that a transaction clones, changes and either keeps or drops.
 * Cells are sparse; formats live in three layers (column, row, cell) as in Excel, so formatting a whole column
 * costs one entry, not a million.
 */
import { MAX_COLUMNS, areaCells, isWholeColumns, isWholeRows, type Area } from "./address";
import type { CellValue, Entry } from "./cell-entry";
import type { ValidationModel } from "./validation-rules";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface CellFormat {
  readonly numberFormat: string;
  readonly locked: boolean;
  readonly fill: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly wrapText: boolean;
  readonly validation: ValidationModel | null;
}

export type FormatPatch = Partial<CellFormat>;

/** A new cell is locked, as in Excel: protecting a sheet locks everything not explicitly unlocked. */
export const DEFAULT_FORMAT: CellFormat = {
  numberFormat: "General",
  locked: true,
  fill: null,
  fontColor: "#000000",
  bold: false,
  italic: false,
  wrapText: false,
  validation: null,
};

/** Points, as `format.columnWidth` and `format.rowHeight` report them. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface Cell {
  value: CellValue;
  formula: string | null;
  format: FormatPatch;
}

export interface ProtectionOptions {
  readonly allowAutoFilter: boolean;
  readonly allowDeleteColumns: boolean;
  readonly allowDeleteRows: boolean;
  readonly allowEditObjects: boolean;
  readonly allowEditScenarios: boolean;
  readonly allowFormatCells: boolean;
  readonly allowFormatColumns: boolean;
  readonly allowFormatRows: boolean;
  readonly allowInsertColumns: boolean;
  readonly allowInsertHyperlinks: boolean;
  readonly allowInsertRows: boolean;
  readonly allowPivotTables: boolean;
  readonly allowSort: boolean;
  readonly selectionMode: "Normal" | "Unlocked" | "None";
}

export const DEFAULT_PROTECTION_OPTIONS: ProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export interface SheetProtection {
  protected: boolean;
  options: ProtectionOptions;
  password: string | null;
}

export interface SheetData {
  readonly id: string;
  name: string;
  visibility: Visibility;
  cells: Map<number, Cell>;
  columnFormats: Map<number, FormatPatch>;
  rowFormats: Map<number, FormatPatch>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
  frozenRows: number;
  frozenColumns: number;
  protection: SheetProtection;
  merges: Area[];
  selection: Area;
}

export interface TableData {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  area: Area;
}

export interface ChartData {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  chartType: string;
  readonly source: { readonly sheetId: string; readonly area: Area };
  readonly seriesBy: string;
  title: string;
  position: { start: Area; end: Area | null };
}

export interface XmlPartData {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface SettingData {
  readonly key: string;
  value: JsonValue;
}

export interface WorkbookData {
  sheets: SheetData[];
  activeSheetId: string;
  tables: TableData[];
  charts: ChartData[];
  customXmlParts: XmlPartData[];
  settings: SettingData[];
  /** Source of ids; ids are never reused, as in Excel. */
  nextId: number;
}

/** A GUID-shaped id that is stable across runs, so serialised workbooks and snapshots compare equal. */
export function newGuid(data: WorkbookData): string {
  data.nextId += 1;
  return `{00000000-0001-0000-0000-${data.nextId.toString(16).toUpperCase().padStart(12, "0")}}`;
}

export function newSheet(id: string, name: string): SheetData {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    columnFormats: new Map(),
    rowFormats: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    hiddenRows: new Set(),
    frozenRows: 0,
    frozenColumns: 0,
    protection: { protected: false, options: DEFAULT_PROTECTION_OPTIONS, password: null },
    merges: [],
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
  };
}

/** A new workbook: one sheet, `Sheet1`, active, A1 selected. */
export function newWorkbook(): WorkbookData {
  const data: WorkbookData = {
    sheets: [],
    activeSheetId: "",
    tables: [],
    charts: [],
    customXmlParts: [],
    settings: [],
    nextId: 0,
  };
  const sheet = newSheet(newGuid(data), "Sheet1");
  data.sheets.push(sheet);
  data.activeSheetId = sheet.id;
  return data;
}

export const cellKey = (row: number, column: number): number => row * MAX_COLUMNS + column;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLUMNS);
export const keyColumn = (key: number): number => key % MAX_COLUMNS;

export function findSheet(data: WorkbookData, idOrName: string): SheetData | undefined {
  const lower = idOrName.toLowerCase();
  return data.sheets.find((s) => s.id === idOrName) ?? data.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function effectiveFormat(sheet: SheetData, row: number, column: number): CellFormat {
  return {
    ...DEFAULT_FORMAT,
    ...sheet.columnFormats.get(column),
    ...sheet.rowFormats.get(row),
    ...sheet.cells.get(cellKey(row, column))?.format,
  };
}

export function readCell(sheet: SheetData, row: number, column: number): { value: CellValue; formula: string | null } {
  const cell = sheet.cells.get(cellKey(row, column));
  return cell ? { value: cell.value, formula: cell.formula } : { value: "", formula: null };
}

function isEmptyCell(cell: Cell): boolean {
  return cell.value === "" && cell.formula === null && Object.keys(cell.format).length === 0;
}

function ensureCell(sheet: SheetData, row: number, column: number): Cell {
  const key = cellKey(row, column);
  const existing = sheet.cells.get(key);
  if (existing) return existing;
  const cell: Cell = { value: "", formula: null, format: {} };
  sheet.cells.set(key, cell);
  return cell;
}

function prune(sheet: SheetData, row: number, column: number): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key);
  if (cell && isEmptyCell(cell)) sheet.cells.delete(key);
}

/** Stores an entry; the format Excel applies with it (percent, date) is set only over a General cell. */
export function writeEntry(sheet: SheetData, row: number, column: number, entry: Entry): void {
  const general = effectiveFormat(sheet, row, column).numberFormat === "General";
  const cell = ensureCell(sheet, row, column);
  cell.value = entry.value;
  cell.formula = entry.formula;
  if (entry.numberFormat !== null && general) cell.format = { ...cell.format, numberFormat: entry.numberFormat };
  prune(sheet, row, column);
}

/** The existing cells inside an area, cheapest way round: scan the area when small, else the sparse map. */
export function* cellsIn(sheet: SheetData, area: Area): Generator<readonly [number, number, Cell]> {
  if (areaCells(area) <= sheet.cells.size) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) {
        const cell = sheet.cells.get(cellKey(row, column));
        if (cell) yield [row, column, cell];
      }
    }
    return;
  }
  for (const [key, cell] of [...sheet.cells]) {
    const row = keyRow(key);
    const column = keyColumn(key);
    if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right) {
      yield [row, column, cell];
    }
  }
}

/** Areas up to this many cells are inspected cell by cell; larger ones through their layers. */
const BRUTE_FORCE_CELLS = 100_000;

/**
 * The distinct formats present in an area. Small areas are read cell by cell; huge ones (whole columns) through
 * their column and row layers plus the cells that exist, which is exact for every format Excel can produce.
 */
export function formatsIn(sheet: SheetData, area: Area): CellFormat[] {
  const formats: CellFormat[] = [];
  if (areaCells(area) <= BRUTE_FORCE_CELLS) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) formats.push(effectiveFormat(sheet, row, column));
    }
    return formats;
  }
  const plainRow = findPlainIndex(area.top, area.bottom, sheet.rowFormats);
  const plainColumn = findPlainIndex(area.left, area.right, sheet.columnFormats);
  for (let column = area.left; column <= area.right; column++) {
    if (plainRow !== null) formats.push(effectiveFormat(sheet, plainRow, column));
  }
  for (const row of sheet.rowFormats.keys()) {
    if (row >= area.top && row <= area.bottom && plainColumn !== null) {
      formats.push(effectiveFormat(sheet, row, plainColumn));
    }
  }
  for (const [row, column] of cellsIn(sheet, area)) formats.push(effectiveFormat(sheet, row, column));
  return formats;
}

/** An index in [from, to] with no entry in the layer, i.e. one that shows the layer below. */
function findPlainIndex(from: number, to: number, layer: ReadonlyMap<number, FormatPatch>): number | null {
  for (let i = from; i <= to; i++) if (!layer.has(i)) return i;
  return null;
}

/**
 * Changes the formats of an area. `update` receives a cell's current format and returns what changes. Whole
 * columns and whole rows update their layer, and cells that would otherwise mask the new layer are updated too.
 */
export function updateFormats(sheet: SheetData, area: Area, update: (current: CellFormat) => FormatPatch): void {
  const patchCell = (row: number, column: number): void => {
    const cell = ensureCell(sheet, row, column);
    cell.format = { ...cell.format, ...update(effectiveFormat(sheet, row, column)) };
    prune(sheet, row, column);
  };
  if (isWholeColumns(area) || isWholeRows(area)) {
    const byColumn = isWholeColumns(area);
    const layer = byColumn ? sheet.columnFormats : sheet.rowFormats;
    const [from, to] = byColumn ? [area.left, area.right] : [area.top, area.bottom];
    // Row formats outrank column formats, so a formatted row would hide the new column format where they cross.
    const crossing = byColumn ? [...sheet.rowFormats.keys()] : [];
    const existing = [...cellsIn(sheet, area)].map(([row, column]) => [row, column] as const);
    for (let i = from; i <= to; i++) {
      const current = byColumn ? effectiveFormat(sheet, -1, i) : { ...DEFAULT_FORMAT, ...sheet.rowFormats.get(i) };
      layer.set(i, { ...layer.get(i), ...update(current) });
      for (const row of crossing) patchCell(row, i);
    }
    for (const [row, column] of existing) patchCell(row, column);
    return;
  }
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) patchCell(row, column);
  }
}

/** Removes values and formulas, keeping formats (Excel's Delete key and `clear("Contents")`). */
export function clearContents(sheet: SheetData, area: Area): void {
  for (const [row, column, cell] of [...cellsIn(sheet, area)]) {
    cell.value = "";
    cell.formula = null;
    prune(sheet, row, column);
  }
}

/** Resets formats to the sheet default, keeping values and data validation (as `clear("Formats")` does). */
export function clearFormats(sheet: SheetData, area: Area): void {
  const keepValidation = (format: FormatPatch): FormatPatch =>
    format.validation === undefined ? {} : { validation: format.validation };
  if (isWholeColumns(area)) {
    for (let c = area.left; c <= area.right; c++) {
      const kept = keepValidation(sheet.columnFormats.get(c) ?? {});
      if (Object.keys(kept).length === 0) sheet.columnFormats.delete(c);
      else sheet.columnFormats.set(c, kept);
    }
  }
  if (isWholeRows(area)) {
    for (let r = area.top; r <= area.bottom; r++) {
      const kept = keepValidation(sheet.rowFormats.get(r) ?? {});
      if (Object.keys(kept).length === 0) sheet.rowFormats.delete(r);
      else sheet.rowFormats.set(r, kept);
    }
  }
  for (const [row, column, cell] of [...cellsIn(sheet, area)]) {
    cell.format = keepValidation(cell.format);
    prune(sheet, row, column);
  }
}

/**
 * The smallest area holding every cell with a value (or, unless `valuesOnly`, with a value or a format of its
 * own); null for an empty sheet.
 */
export function usedArea(sheet: SheetData, valuesOnly: boolean): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== "" || cell.formula !== null;
    if (!hasValue && (valuesOnly || Object.keys(cell.format).length === 0)) continue;
    const row = keyRow(key);
    const column = keyColumn(key);
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

function shiftedMap<T>(map: ReadonlyMap<number, T>, at: number, count: number): Map<number, T> {
  const result = new Map<number, T>();
  for (const [index, value] of map) {
    if (index < at) result.set(index, value);
    else if (count > 0 || index >= at - count) result.set(index + count, value);
  }
  return result;
}

/**
 * Shifts the cells of columns `left..right` from row `at` down by `count` (up when negative, dropping the rows
 * `at..at-count-1`). Whole-row shifts (`left = 0, right = last`) also move row formats, heights and hidden rows.
 */
export function shiftRows(sheet: SheetData, at: number, count: number, left = 0, right = MAX_COLUMNS - 1): void {
  const moved = new Map<number, Cell>();
  for (const [key, cell] of sheet.cells) {
    const row = keyRow(key);
    const column = keyColumn(key);
    if (column < left || column > right || row < at) moved.set(key, cell);
    else if (count > 0 || row >= at - count) moved.set(cellKey(row + count, column), cell);
  }
  sheet.cells = moved;
  if (left !== 0 || right !== MAX_COLUMNS - 1) return;
  sheet.rowFormats = shiftedMap(sheet.rowFormats, at, count);
  sheet.rowHeights = shiftedMap(sheet.rowHeights, at, count);
  sheet.hiddenRows = new Set(shiftedMap(new Map([...sheet.hiddenRows].map((r) => [r, true])), at, count).keys());
}
