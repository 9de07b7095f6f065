import { parseFigure } from "../figures";
import { compact, type TableCell } from "./table-cells";

/** What a value column's header says its figures are: a target, a figure already reached, or just a year. */
export type ValueRole = "target" | "actual" | "bare";

export type Column =
  | { readonly kind: "serial" | "name" | "unit" | "attribute" | "category" | "other" }
  | { readonly kind: "value"; readonly year: number | null; readonly role: ValueRole };

export interface TableHeader {
  readonly columns: readonly Column[];
  /** Index of the header's first cell, and of the first cell after it. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of the header's first cell. */
  readonly line: number;
  /** A TAB-separated header row, whose rows are grid lines too; otherwise one cell per line. */
  readonly grid: boolean;
  /** The header's cells without spaces, to recognise the header repeated after a page break. */
  readonly labels: readonly string[];
}

type LabelKind = "serial" | "name" | "unit" | "attribute" | "category";

/** Column labels as plans print them. A header must start with a serial, name or category label. */
const LABELS: ReadonlyMap<string, LabelKind> = new Map<string, LabelKind>([
  ["序号", "serial"],
  ["编号", "serial"],
  ["序", "serial"],
  ["指标", "name"],
  ["指标名称", "name"],
  ["主要指标", "name"],
  ["具体指标", "name"],
  ["指标项", "name"],
  ["名称", "name"],
  ["项目", "name"],
  ["单位", "unit"],
  ["计量单位", "unit"],
  ["指标单位", "unit"],
  ["属性", "attribute"],
  ["指标属性", "attribute"],
  ["指标性质", "attribute"],
  ["性质", "attribute"],
  ["类别", "category"],
  ["类型", "category"],
  ["分类", "category"],
  ["领域", "category"],
]);
const ANCHORS: ReadonlySet<LabelKind> = new Set<LabelKind>(["serial", "name", "category"]);

/** Words after a year that make its column a target or a figure reached; 目标值 is a target although it ends in 值. */
const ROLE_WORDS: readonly (readonly [role: Exclude<ValueRole, "bare">, words: readonly string[]])[] = [
  ["target", ["目标", "规划", "预期"]],
  ["actual", ["值", "实际", "完成", "实现", "现状", "基期", "基数", "实绩"]],
];
/** A header cell that names a value column without a year (`目标值`), or the second half of `2015` / `指标值`. */
const VALUE_LABEL =
  /^(指标值|目标值|实际值|完成值|实现值|基期值|基数|现状值|预期值|规划值|目标|预期目标|规划目标|实际|完成)$/u;
/** `2015年`, `2020年值`, `2025年目标`, `2015`: a year, then at most a few words without digits. */
const YEAR_HEADER = /^((?:19|20)\d{2})年?(\D{0,10})$/u;

/** Header cells, stream layout: at most this many, and at most this many blank lines between two of them. */
const MAX_HEADER_CELLS = 16;
/** Blank lines allowed between two cells of one table; pasted tables pad every cell with a few. */
export const MAX_GAP = 12;
/** Unknown header cells (`“十二五”变化`) taken before the first serial number of a numbered table. */
const MAX_EXTRA_CELLS = 3;
const MAX_OTHER_LABEL_LENGTH = 20;

function roleOf(words: string): ValueRole {
  return ROLE_WORDS.find(([, list]) => list.some((word) => words.includes(word)))?.[0] ?? "bare";
}

/** What one header cell says, or null when it is not a header cell we know. */
function classify(text: string): Column | null {
  const label = LABELS.get(text);
  if (label !== undefined) return { kind: label };
  const year = YEAR_HEADER.exec(text);
  if (year !== null) return { kind: "value", year: Number(year[1]), role: roleOf(year[2] ?? "") };
  if (VALUE_LABEL.test(text)) return { kind: "value", year: null, role: roleOf(text) };
  return null;
}

const isFigure = (text: string): boolean => {
  const figure = parseFigure(text, "cell");
  return figure.ok && figure.value.kind === "quantity";
};
/** `指标`, `2015年`, `目标值`: a cell that labels a column rather than fills one. */
export const isHeaderLabel = (text: string): boolean => classify(compact(text)) !== null;
export const isSerial = (text: string): boolean => /^\d{1,3}[.、]?$/u.test(text);

/**
 * The table header that starts at `cells[at]`, or null. A header starts with a serial, name or category label
 * (`序号`, `指标`, `类别`), has at least one value column (`2015年`, `2020 年值`, `2015` / `指标值`, `目标值`) and a
 * name column. Pasted tables sometimes lose the name column's label: when the header is numbered (`序号`) the name
 * column is taken to follow the serial and category columns, and its rows must bear that out.
 *
 * @example readHeader(tableCells(["序号\t指标名称\t单位\t2020 年值\t2025 年目标"]), 0)?.columns.map((c) => c.kind)
 * // → ["serial", "name", "unit", "value", "value"]
 */
export function readHeader(cells: readonly TableCell[], at: number): TableHeader | null {
  const first = cells[at];
  if (first === undefined || first.column !== 0) return null;
  const anchor = LABELS.get(compact(first.text));
  if (anchor === undefined || !ANCHORS.has(anchor)) return null;
  return first.width > 1 ? gridHeader(cells, at, first.width) : streamHeader(cells, at);
}

function gridHeader(cells: readonly TableCell[], at: number, width: number): TableHeader | null {
  const line = cells.slice(at, at + width);
  const columns: Column[] = [];
  for (const cell of line) {
    const text = compact(cell.text);
    const column = classify(text);
    // A figure means this line is a row, not a header.
    if (column === null && (isFigure(text) || text.length > MAX_OTHER_LABEL_LENGTH)) return null;
    columns.push(column ?? { kind: "other" });
  }
  return finish(columns, cells, at, at + width, true);
}

function streamHeader(cells: readonly TableCell[], at: number): TableHeader | null {
  const columns: Column[] = [];
  let end = at;
  for (; end < cells.length && end - at < MAX_HEADER_CELLS; end++) {
    const cell = cells[end];
    const previous = cells[end - 1];
    if (cell === undefined || cell.width > 1) break;
    if (end > at && previous !== undefined && cell.line - previous.line - 1 > MAX_GAP) break;
    const text = compact(cell.text);
    const column = classify(text);
    const last = columns[columns.length - 1];
    // `2015` on one line and `指标值` on the next are one header cell.
    if (column?.kind === "value" && column.year === null && last?.kind === "value" && last.role === "bare") {
      columns[columns.length - 1] = { ...last, role: column.role };
      continue;
    }
    if (column === null) break;
    columns.push(column);
  }
  // A numbered table's first row starts with 1, so unknown cells before it are header cells too.
  if (columns.some((column) => column.kind === "serial")) {
    let extra = end;
    while (extra - end < MAX_EXTRA_CELLS && isExtraLabel(cells[extra])) extra++;
    if (extra > end && cells[extra] !== undefined && isSerial(cells[extra]?.text ?? "")) {
      for (let i = end; i < extra; i++) columns.push({ kind: "other" });
      end = extra;
    }
  }
  return finish(columns, cells, at, end, false);
}

function isExtraLabel(cell: TableCell | undefined): boolean {
  if (cell === undefined || cell.width > 1) return false;
  const text = compact(cell.text);
  return text !== "" && text.length <= MAX_OTHER_LABEL_LENGTH && !isFigure(text);
}

function finish(
  found: readonly Column[],
  cells: readonly TableCell[],
  start: number,
  end: number,
  grid: boolean,
): TableHeader | null {
  if (!found.some((column) => column.kind === "value")) return null;
  let columns = found;
  if (!found.some((column) => column.kind === "name")) {
    if (!found.some((column) => column.kind === "serial")) return null;
    const at = found.findIndex((column) => column.kind !== "serial" && column.kind !== "category");
    columns = [...found.slice(0, at), { kind: "name" }, ...found.slice(at)];
  }
  const labels = cells.slice(start, end).map((cell) => compact(cell.text));
  return { columns, start, end, line: cells[start]?.line ?? 1, grid, labels };
}
