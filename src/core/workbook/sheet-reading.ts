/**
 * Finds the monitoring layout in a sheet's values, wherever people moved things: the header row by its labels
 * (in either language, below any rows inserted above it), year columns by their `2018年` / `2018` headers, and
 * indicator rows by the hidden id column, never by position. Pure: the actions hand it `Range.values`.
 */
import { cellText } from "../series";
import { LOCALES } from "../messages";
import { templateLayout, type TemplateColumnKey } from "../layout";
import type { IndicatorId, Plan } from "../model";

/** A cell as `Range.values` returns it. */
export type CellValue = string | number | boolean;

/** Values of a rectangle of the sheet, with the 0-based position of its top-left cell. */
export interface Grid {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
}

export type FixedKey = Exclude<TemplateColumnKey, "year">;

export interface SheetColumns {
  /** Absolute 0-based column of each fixed column found in the header. */
  readonly fixed: ReadonlyMap<FixedKey, number>;
  /** Year → absolute 0-based column. */
  readonly years: ReadonlyMap<number, number>;
  /** The header text of each year column, so a rewrite keeps a year the new layout lacks under its own label. */
  readonly yearHeaders: ReadonlyMap<number, string>;
  readonly id: number;
}

export interface SheetRow {
  /** Absolute 0-based row. */
  readonly row: number;
  readonly indicatorId: IndicatorId;
}

export interface SheetReading {
  /** Absolute 0-based row of the header. */
  readonly headerRow: number;
  readonly columns: SheetColumns;
  /** Rows with an indicator id, top to bottom; a row people inserted stays out (it has no id). */
  readonly rows: readonly SheetRow[];
  /** Rows below the header without an id that people wrote something in: not figures, but theirs. */
  readonly strays: readonly number[];
  /**
   * Columns people added themselves (a 备注 or 数据来源 column): neither a template column nor a year, and holding
   * something from the header row down. Absolute 0-based, left to right.
   */
  readonly ownColumns: readonly number[];
  /** The grid the reading came from, to read cells by absolute position. */
  readonly grid: Grid;
}

const NO_INDICATORS: Plan = { id: "", title: "", region: null, period: { start: 2000, end: 2000 }, indicators: [] };

/** Header label → column key, for both languages: a workbook made in one language is read in the other. */
const HEADER_KEYS: ReadonlyMap<string, FixedKey> = new Map(
  LOCALES.flatMap((locale) =>
    templateLayout(NO_INDICATORS, locale).columns.flatMap((column) =>
      column.key === "year" ? [] : [[column.header, column.key] as const],
    ),
  ),
);

const YEAR_HEADER = /^\s*(\d{4})\s*年?\s*$/u;

/** The year a header names (`2018年`, `2018`, or the number 2018), or null. */
export function headerYear(value: CellValue | undefined): number | null {
  if (value === undefined) return null;
  const match = YEAR_HEADER.exec(String(value));
  return match === null ? null : Number(match[1]);
}

/** The value at an absolute position, `""` outside the grid. */
export function cellAt(grid: Grid, row: number, column: number): CellValue {
  return grid.values[row - grid.top]?.[column - grid.left] ?? "";
}

function columnsOf(grid: Grid, row: number): SheetColumns | null {
  const cells = grid.values[row - grid.top] ?? [];
  const fixed = new Map<FixedKey, number>();
  const years = new Map<number, number>();
  const yearHeaders = new Map<number, string>();
  cells.forEach((value, index) => {
    const column = grid.left + index;
    const key = typeof value === "string" ? HEADER_KEYS.get(value.trim()) : undefined;
    if (key !== undefined) {
      if (!fixed.has(key)) fixed.set(key, column);
      return;
    }
    const year = headerYear(value);
    if (year !== null && !years.has(year)) {
      years.set(year, column);
      yearHeaders.set(year, String(value));
    }
  });
  const id = fixed.get("id");
  return id === undefined ? null : { fixed, years, yearHeaders, id };
}

/**
 * The layout of a monitoring sheet, or null when no row holds the indicator-id header.
 *
 * @example
 * readLayout({ top: 0, left: 0, values: [["成都…"], [], [], ["序号", "指标", …, "2015年", …, "指标编号"], [1, "科技进步贡献率", …, "chengdu…:2020"]] })
 * // → { headerRow: 3, columns: { years: Map { 2015 → 8, … }, id: 20, … }, rows: [{ row: 4, indicatorId: "chengdu…:2020" }] }
 */
export function readLayout(grid: Grid): SheetReading | null {
  for (let index = 0; index < grid.values.length; index++) {
    const headerRow = grid.top + index;
    const columns = columnsOf(grid, headerRow);
    if (columns === null) continue;
    const rows: SheetRow[] = [];
    const strays: number[] = [];
    // Our mark in the status cell of a kept row is not something people wrote.
    const status = columns.fixed.get("status");
    for (let row = headerRow + 1; row < grid.top + grid.values.length; row++) {
      const id = cellAt(grid, row, columns.id);
      if (typeof id === "string" && id.trim() !== "") rows.push({ row, indicatorId: id.trim() });
      else if ((grid.values[row - grid.top] ?? []).some((value, i) => value !== "" && grid.left + i !== status)) {
        strays.push(row);
      }
    }
    return { headerRow, columns, rows, strays, ownColumns: ownColumnsOf(grid, headerRow, columns), grid };
  }
  return null;
}

function ownColumnsOf(grid: Grid, headerRow: number, columns: SheetColumns): readonly number[] {
  const ours = new Set([...columns.fixed.values(), ...columns.years.values()]);
  const width = Math.max(0, ...grid.values.map((row) => row.length));
  const own: number[] = [];
  for (let index = 0; index < width; index++) {
    const column = grid.left + index;
    if (ours.has(column)) continue;
    const rows = grid.values.slice(headerRow - grid.top);
    if (rows.some((row) => (row[index] ?? "") !== "")) own.push(column);
  }
  return own;
}

/** The first row of each indicator, so a row people duplicated does not count twice. */
export function firstRows(reading: SheetReading): ReadonlyMap<IndicatorId, SheetRow> {
  const first = new Map<IndicatorId, SheetRow>();
  for (const row of reading.rows) if (!first.has(row.indicatorId)) first.set(row.indicatorId, row);
  return first;
}

/** The text of a text cell (explanation, review), trimmed. */
export function textOf(value: CellValue): string {
  return cellText(value);
}
