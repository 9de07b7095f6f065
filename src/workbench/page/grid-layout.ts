/**
 * Which rows and columns the grid draws, and where: the used range plus room to type, without hidden rows and
 * columns, in the sizes Excel gives them. Pure, so the windowing arithmetic is tested without a browser.
 */
import { columnLetters, parseAddress, type Area } from "../simulator/address";
import type { WorkbookView } from "../simulator";

export interface ColumnSpec {
  /** 0-based column index. */
  readonly index: number;
  readonly letters: string;
  readonly width: number;
  /** Pixels from the first drawn column's left edge. */
  readonly left: number;
}

export interface RowSpec {
  /** 0-based row index; the row header shows `index + 1`. */
  readonly index: number;
  readonly height: number;
  /** Pixels from the top of its band (frozen rows, or scrolling rows). */
  readonly top: number;
}

export interface SheetLayout {
  readonly columns: readonly ColumnSpec[];
  /** How many of `columns` are frozen (they stay at the left while the grid scrolls sideways). */
  readonly frozenColumns: number;
  readonly frozenRows: readonly RowSpec[];
  readonly rows: readonly RowSpec[];
  readonly frozenHeight: number;
  readonly frozenWidth: number;
  /** Height of the scrolling rows together. */
  readonly rowsHeight: number;
  /** The sheet goes on beyond the drawn rows or columns (the page draws at most the caps below). */
  readonly truncated: boolean;
}

/** Room to type below and beside the used range, as Excel's endless grid offers. */
export const EXTRA_ROWS = 20;
export const EXTRA_COLUMNS = 3;
const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
/** Caps that keep a pathological sheet (a value in row 1,000,000) from freezing the page. */
export const MAX_DRAWN_ROWS = 20_000;
export const MAX_DRAWN_COLUMNS = 200;

/** Excel sizes are points; the screen is CSS pixels at 96 dpi. */
export const pointsToPixels = (points: number): number => Math.max(1, Math.round((points * 4) / 3));

export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 48;

const area = (address: string | null | undefined): Area | null =>
  address ? (parseAddress(address)?.area ?? null) : null;

/**
 * The layout of `sheet`, or null for a sheet the workbook does not have.
 *
 * @example
 * sheetLayout(sim.workbook, "Sheet1")?.columns[1]?.letters // → "B"
 */
export function sheetLayout(workbook: WorkbookView, sheet: string): SheetLayout | null {
  const view = workbook.sheet(sheet);
  if (view === undefined) return null;
  const used = area(view.usedRange);
  const selected = area(view.selection);
  const wantedRows = Math.max(MIN_ROWS, (used?.bottom ?? 0) + 1 + EXTRA_ROWS, (selected?.bottom ?? 0) + 1);
  const wantedColumns = Math.max(MIN_COLUMNS, (used?.right ?? 0) + 1 + EXTRA_COLUMNS, (selected?.right ?? 0) + 1);
  const rowCount = Math.min(wantedRows, MAX_DRAWN_ROWS);
  const columnCount = Math.min(wantedColumns, MAX_DRAWN_COLUMNS);

  const hiddenColumns = new Set(view.hiddenColumns);
  const columns: ColumnSpec[] = [];
  let frozenColumns = 0;
  let left = 0;
  for (let index = 0; index < columnCount; index++) {
    const letters = columnLetters(index);
    if (hiddenColumns.has(letters)) continue;
    const width = pointsToPixels(workbook.columnWidth(sheet, letters) ?? 48);
    columns.push({ index, letters, width, left });
    if (index < view.frozenColumns) frozenColumns++;
    left += width;
  }

  const hiddenRows = new Set(view.hiddenRows);
  const frozenRows: RowSpec[] = [];
  const rows: RowSpec[] = [];
  let frozenHeight = 0;
  let rowsHeight = 0;
  for (let index = 0; index < rowCount; index++) {
    if (hiddenRows.has(index + 1)) continue;
    const height = pointsToPixels(workbook.rowHeight(sheet, index + 1) ?? 15);
    if (index < view.frozenRows) {
      frozenRows.push({ index, height, top: frozenHeight });
      frozenHeight += height;
    } else {
      rows.push({ index, height, top: rowsHeight });
      rowsHeight += height;
    }
  }
  const frozenWidth = columns.slice(0, frozenColumns).reduce((sum, column) => sum + column.width, 0);
  return {
    columns,
    frozenColumns,
    frozenRows,
    rows,
    frozenHeight,
    frozenWidth,
    rowsHeight,
    truncated: wantedRows > rowCount || wantedColumns > columnCount,
  };
}

/** First index of `rows` whose bottom edge lies below `y`. */
function firstBelow(rows: readonly RowSpec[], y: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const row = rows[middle];
    if (row !== undefined && row.top + row.height <= y) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The scrolling rows a viewport shows when scrolled down by `scrollTop`, with `overscan` rows either side so a
 * quick scroll does not show blank space: `[start, end)` indices into `layout.rows`.
 */
export function rowsInView(
  rows: readonly RowSpec[],
  scrollTop: number,
  viewportHeight: number,
  overscan = 8,
): { readonly start: number; readonly end: number } {
  const start = Math.max(0, firstBelow(rows, scrollTop) - overscan);
  const end = Math.min(rows.length, firstBelow(rows, scrollTop + viewportHeight) + 1 + overscan);
  return { start, end };
}
