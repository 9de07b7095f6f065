/**
 * The workbook the simulator holds. A transaction works on a draft (`draftOf`): fresh copies of the small
 * records, the big collections shared and undone through their log if the transaction fails (see journal.ts).
 * Cells are sparse and immutable (a change replaces the cell); formats live in three layers (column, row, cell)
 * as in Excel, so formatting a whole column costs one entry, not a million.
 */
import { MAX_COLUMNS, areaCells, isWholeColumns, isWholeRows, type Area } from "./address";
import type { CellValue, Entry } from "./cell-entry";
import { LoggedMap, LoggedSet, UndoLog } from "./journal";
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

/** Immutable: the cell maps are shared between a draft and the committed workbook, so a change replaces it. */
export interface Cell {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly format: FormatPatch;
}

/** A cell note (ExcelApi 1.18). The id lets a `Note` proxy follow its note when rows move. */
export interface NoteData {
  readonly id: string;
  readonly content: string;
  readonly authorName: string;
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
  readonly protected: boolean;
  readonly options: ProtectionOptions;
  readonly password: string | null;
}

export interface SheetData {
  readonly id: string;
  name: string;
  visibility: Visibility;
  cells: LoggedMap<number, Cell>;
  columnFormats: LoggedMap<number, FormatPatch>;
  rowFormats: LoggedMap<number, FormatPatch>;
  columnWidths: LoggedMap<number, number>;
  rowHeights: LoggedMap<number, number>;
  hiddenColumns: LoggedSet<number>;
  hiddenRows: LoggedSet<number>;
  /** By `cellKey`, like cells: notes move with their cells when rows are inserted, deleted or sorted. */
  notes: LoggedMap<number, NoteData>;
  frozenRows: number;
  frozenColumns: number;
  protection: SheetProtection;
  merges: readonly Area[];
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
  position: { readonly start: Area; readonly end: Area | null };
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
  /** Records how to undo changes to the big collections of every sheet while a transaction runs. */
  readonly log: UndoLog;
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

export function newSheet(log: UndoLog, id: string, name: string): SheetData {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new LoggedMap(log),
    columnFormats: new LoggedMap(log),
    rowFormats: new LoggedMap(log),
    columnWidths: new LoggedMap(log),
    rowHeights: new LoggedMap(log),
    hiddenColumns: new LoggedSet(log),
    hiddenRows: new LoggedSet(log),
    notes: new LoggedMap(log),
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
    log: new UndoLog(),
    sheets: [],
    activeSheetId: "",
    tables: [],
    charts: [],
    customXmlParts: [],
    settings: [],
    nextId: 0,
  };
  const sheet = newSheet(data.log, newGuid(data), "Sheet1");
  data.sheets.push(sheet);
  data.activeSheetId = sheet.id;
  return data;
}

/**
 * The workbook a transaction changes: new objects for the workbook, its sheets, tables, charts, custom XML parts
 * and settings (a few records each, whatever the size of the sheets), sharing every sheet's cells, layers and
 * notes with `data`. Nested records are replaced, never edited in place, so a shallow copy keeps them apart.
 * Changes to the shared collections are undone by `data.log.rollback()` when the transaction fails.
 *
 * @example
 * const data = newWorkbook();
 * const draft = draftOf(data);
 * draft.sheets[0].name = "指标";   // data.sheets[0].name is still "Sheet1"
 * draft.sheets[0].cells === data.sheets[0].cells // → true
 */
export function draftOf(data: WorkbookData): WorkbookData {
  return {
    ...data,
    sheets: data.sheets.map((sheet) => ({ ...sheet })),
    tables: data.tables.map((table) => ({ ...table })),
    charts: data.charts.map((chart) => ({ ...chart })),
    customXmlParts: data.customXmlParts.map((part) => ({ ...part })),
    settings: data.settings.map((setting) => ({ ...setting })),
  };
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

const EMPTY_CELL: Cell = { value: "", formula: null, format: {} };

/** Replaces a cell with `change` applied to it (an empty result is dropped: cells stay sparse). */
function updateCell(sheet: SheetData, row: number, column: number, change: (cell: Cell) => Cell): void {
  const key = cellKey(row, column);
  const next = change(sheet.cells.get(key) ?? EMPTY_CELL);
  if (isEmptyCell(next)) sheet.cells.delete(key);
  else sheet.cells.set(key, next);
}

/** Stores an entry; the format Excel applies with it (percent, date) is set only over a General cell. */
export function writeEntry(sheet: SheetData, row: number, column: number, entry: Entry): void {
  const general = effectiveFormat(sheet, row, column).numberFormat === "General";
  updateCell(sheet, row, column, (cell) => ({
    value: entry.value,
    formula: entry.formula,
    format: entry.numberFormat !== null && general ? { ...cell.format, numberFormat: entry.numberFormat } : cell.format,
  }));
}

/**
 * The existing cells inside an area, row by row, cheapest way round: scan the area when small, else the sparse
 * map (sorted, so the order never depends on the order cells were written or a rollback restored them).
 */
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
  const found: [number, Cell][] = [];
  for (const [key, cell] of sheet.cells) {
    const row = keyRow(key);
    const column = keyColumn(key);
    if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right) found.push([key, cell]);
  }
  found.sort(([a], [b]) => a - b);
  for (const [key, cell] of found) yield [keyRow(key), keyColumn(key), cell];
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
    const change = update(effectiveFormat(sheet, row, column));
    updateCell(sheet, row, column, (cell) => ({ ...cell, format: { ...cell.format, ...change } }));
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
  for (const [row, column] of [...cellsIn(sheet, area)]) {
    updateCell(sheet, row, column, (cell) => ({ ...cell, value: "", formula: null }));
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
  for (const [row, column] of [...cellsIn(sheet, area)]) {
    updateCell(sheet, row, column, (cell) => ({ ...cell, format: keepValidation(cell.format) }));
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

/** Where an index lands when `count` indexes are inserted at `at` (removed when negative); null if removed. */
function shifted(index: number, at: number, count: number): number | null {
  if (index < at) return index;
  return count > 0 || index >= at - count ? index + count : null;
}

function shiftedMap<T>(map: LoggedMap<number, T>, at: number, count: number): LoggedMap<number, T> {
  const entries: [number, T][] = [];
  for (const [index, value] of map) {
    const moved = shifted(index, at, count);
    if (moved !== null) entries.push([moved, value]);
  }
  return map.rebuilt(entries);
}

/** A cell-keyed map with the keys of columns `left..right` moved as `shifted` says. */
function shiftedCells<T>(map: LoggedMap<number, T>, at: number, count: number, left: number, right: number) {
  const entries: [number, T][] = [];
  for (const [key, value] of map) {
    const column = keyColumn(key);
    const row = column < left || column > right ? keyRow(key) : shifted(keyRow(key), at, count);
    if (row !== null) entries.push([cellKey(row, column), value]);
  }
  return map.rebuilt(entries);
}

/**
 * Shifts the cells and notes of columns `left..right` from row `at` down by `count` (up when negative, dropping
 * the rows `at..at-count-1`). Whole-row shifts (`left = 0, right = last`) also move row formats, heights and
 * hidden rows.
 */
export function shiftRows(sheet: SheetData, at: number, count: number, left = 0, right = MAX_COLUMNS - 1): void {
  sheet.cells = shiftedCells(sheet.cells, at, count, left, right);
  sheet.notes = shiftedCells(sheet.notes, at, count, left, right);
  if (left !== 0 || right !== MAX_COLUMNS - 1) return;
  sheet.rowFormats = shiftedMap(sheet.rowFormats, at, count);
  sheet.rowHeights = shiftedMap(sheet.rowHeights, at, count);
  sheet.hiddenRows = sheet.hiddenRows.rebuilt(
    [...sheet.hiddenRows].flatMap((row) => {
      const moved = shifted(row, at, count);
      return moved === null ? [] : [moved];
    }),
  );
}
