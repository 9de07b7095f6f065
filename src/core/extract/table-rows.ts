import type { Attribute } from "../model";
import type { Figure } from "../figure-types";
import { parseFigure } from "../figures";
import { compact, type TableCell } from "./table-cells";
import { isHeaderLabel, isSerial, MAX_GAP, readHeader, type Column, type TableHeader } from "./table-header";

/** One row of a table, its cells aligned with the columns they stand in. */
export interface TableRow {
  readonly columns: readonly Column[];
  readonly cells: readonly TableCell[];
  /** The parsed figure of each value column's cell; null in the other columns. */
  readonly figures: readonly (Figure | null)[];
}

export interface Table {
  readonly header: TableHeader;
  readonly rows: readonly TableRow[];
  /** Index of the first cell after the table, and the last line the table covers. */
  readonly next: number;
  readonly lastLine: number;
}

const ATTRIBUTES: ReadonlyMap<string, Attribute> = new Map<string, Attribute>([
  ["预期性", "预期性"],
  ["预期", "预期性"],
  ["约束性", "约束性"],
  ["约束", "约束性"],
]);

/** `预期性` → 预期性; null for anything else. */
export const attributeOf = (text: string): Attribute | null => ATTRIBUTES.get(compact(text)) ?? null;

const MAX_NAME_LENGTH = 60;
const MAX_UNIT_LENGTH = 12;
/** Lines after a row where the header may come back after page-break debris (a page number, a running title). */
const MAX_DEBRIS_CELLS = 4;
const HAS_LETTER = /[\p{Script=Han}A-Za-z]/u;

/**
 * The table whose header starts at `cells[at]`, with every row that follows it, or null when there is no header
 * there or no row under it. A row must fit the header: a name that is not a figure, a figure or a blank/dash in
 * every value column (at least one figure), an attribute or nothing under 属性. The header repeated after a page
 * break, with any page-break debris before it, is skipped, so a table split over pages stays one table.
 *
 * @example readTable(tableCells(["指标\t2015年\t2020年", "有效发明专利总量（件）\t19758\t≥40000"]), 0)?.rows.length
 * // → 1
 */
export function readTable(cells: readonly TableCell[], at: number): Table | null {
  const header = readHeader(cells, at);
  if (header === null) return null;
  const rows: TableRow[] = [];
  let next = header.end;
  let lastLine = cells[header.end - 1]?.line ?? 0;
  for (;;) {
    const cell = cells[next];
    if (cell === undefined || cell.line - lastLine - 1 > MAX_GAP) break;
    const row = readRow(cells, next, header);
    if (row !== null) {
      rows.push(row.row);
      next = row.next;
      lastLine = cells[row.next - 1]?.line ?? lastLine;
      continue;
    }
    // Only a table that has rows can be continued on the next page; this also keeps a run of headers linear.
    const repeated = rows.length === 0 ? null : repeatedHeader(cells, next, header);
    if (repeated === null) break;
    next = repeated;
    lastLine = cells[repeated - 1]?.line ?? lastLine;
  }
  return rows.length === 0 ? null : { header, rows, next, lastLine };
}

/** Where the table goes on when the header comes back within a few cells of `at` (a page break), else null. */
function repeatedHeader(cells: readonly TableCell[], at: number, header: TableHeader): number | null {
  for (let start = at; start < at + MAX_DEBRIS_CELLS && start < cells.length; start++) {
    const same = header.labels.every((label, i) => compact(cells[start + i]?.text ?? "") === label);
    if (same && cells[start]?.column === 0) return start + header.labels.length;
  }
  return null;
}

function readRow(
  cells: readonly TableCell[],
  at: number,
  header: TableHeader,
): { readonly row: TableRow; readonly next: number } | null {
  const first = cells[at];
  if (first === undefined || first.column !== 0 || header.grid !== first.width > 1) return null;
  const width = header.grid ? first.width : header.columns.length;
  const rowCells = cells.slice(at, at + width);
  if (rowCells.length < width) return null;
  if (!header.grid && !rowCells.every((cell, i) => cell.width === 1 && (i === 0 || isNear(rowCells[i - 1], cell))))
    return null;
  const columns = alignColumns(header.columns, width);
  if (columns === null) return null;
  const row = checkRow(columns, rowCells);
  return row === null ? null : { row, next: at + width };
}

const isNear = (before: TableCell | undefined, cell: TableCell): boolean =>
  before !== undefined && cell.line - before.line - 1 <= MAX_GAP;

/**
 * The columns a grid row of `width` cells stands in. A row may lack leading serial and category cells (a merged
 * 类别 cell prints only on the first row of its group); any other difference in width is not a row of this table.
 */
function alignColumns(columns: readonly Column[], width: number): readonly Column[] | null {
  let missing = columns.length - width;
  if (missing < 0) return null;
  let from = 0;
  while (missing > 0 && (columns[from]?.kind === "serial" || columns[from]?.kind === "category")) {
    from++;
    missing--;
  }
  return missing === 0 ? columns.slice(from) : null;
}

function checkRow(columns: readonly Column[], cells: readonly TableCell[]): TableRow | null {
  const figures: (Figure | null)[] = [];
  let figureSeen = false;
  for (const [i, column] of columns.entries()) {
    const text = cells[i]?.text ?? "";
    if (column.kind === "value") {
      const figure = parseFigure(text, "cell");
      if (!figure.ok) return null;
      figureSeen ||= figure.value.kind === "quantity";
      figures.push(figure.value);
      continue;
    }
    figures.push(null);
    if (!fitsColumn(column.kind, text)) return null;
  }
  return figureSeen ? { columns, cells, figures } : null;
}

function fitsColumn(kind: Exclude<Column["kind"], "value">, text: string): boolean {
  switch (kind) {
    case "serial":
      return isSerial(text);
    case "name":
      return isName(text);
    case "attribute":
      return attributeOf(text) !== null || isBlank(text);
    case "unit":
      return text.length <= MAX_UNIT_LENGTH;
    case "category":
    case "other":
      return true;
  }
}

/** A blank cell or one that says "no figure" on purpose (`—`, `/`). */
export function isBlank(text: string): boolean {
  const figure = parseFigure(text, "cell");
  return figure.ok && figure.value.kind === "missing";
}

/** An indicator name: words, not a figure, not a header label or attribute, not a paragraph. */
function isName(text: string): boolean {
  if (text.length < 2 || text.length > MAX_NAME_LENGTH || !HAS_LETTER.test(text)) return false;
  return attributeOf(text) === null && !isHeaderLabel(text) && !parseFigure(text, "cell").ok;
}
