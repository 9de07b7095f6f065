import type { Comparator, Direction } from "../model";
import type { Figure, Quantity } from "../figure-types";
import { convertValue } from "../units";
import { tableCells } from "./table-cells";
import type { Column } from "./table-header";
import { footnoteYear, footnoteYears } from "./table-notes";
import { splitNameUnit } from "./table-name";
import { attributeOf, isBlank, readTable, type Table, type TableRow } from "./table-rows";
import type { ExtractedActual, ExtractedIndicator, ExtractedPart } from "./types";

/** A table whose title says it reports results (`…完成情况表`) holds figures reached, never targets of this plan. */
const RESULT_TITLE_WORDS: readonly string[] = ["完成情况", "实现情况"];
/** How far above its header a table's title may stand. */
const MAX_TITLE_DISTANCE = 6;
/** Names that say the figure should fall (`单位GDP能耗降低`). */
const DECREASE_WORDS: readonly string[] = ["下降", "降低", "减少", "控制"];
/** Names that count what the period adds rather than a stock. */
const INCREMENT_WORDS: readonly string[] = ["新增"];

interface ValueColumn {
  readonly index: number;
  readonly year: number | null;
  readonly role: "target" | "actual" | "bare";
}

/** Which value columns hold targets (each with its baseline column) and which hold figures reached. */
interface ValuePlan {
  readonly targets: readonly { readonly column: ValueColumn; readonly baseline: ValueColumn | null }[];
  readonly actuals: readonly ValueColumn[];
}

/**
 * Reads the indicator tables of a plan: one indicator entry per row and target column, and one actual per figure
 * in a column of figures reached. Never throws; text that only looks tabular yields nothing.
 *
 * - Layouts: TAB-separated rows (a header repeated after a page break is skipped, so the table stays one), and
 *   tables pasted one cell per line, rows apart or not, padded with spaces, NBSP and blank lines.
 * - A table needs a header that starts with 序号/指标/类别…, names a value column (`2015年`, `2020 年值`,
 *   `2025 年目标`, `2015` / `指标值`) and has a name column; rows must fit it (see `readTable`).
 * - Columns: a header that says 目标/规划/预期 is a target; without one, when no header says 值/实际/完成…, the
 *   latest year is the target. The latest other year before a target is its baseline; the remaining years are
 *   actuals. A target for a year the table also reports as reached, and every column of a table titled
 *   `…完成情况…`, belongs to an earlier plan: its figures become actuals and its targets are dropped, because they
 *   are not targets of this plan.
 * - Cells: bare target values are `>=`, `≥`/`≤`/ranges/翻一番 as written, a bare value with 左右/约 `=`; `—`, `/`
 *   and blanks are null. A footnote marker explained by a note under the table (`注：带*号数据为2014年数据`) gives
 *   the marked figure that year.
 * - Unit: the target cell's own, else the 单位 column, else the name's trailing brackets (removed from the name).
 *
 * @example
 * extractTables(["指标\t2015年\t2020年\t属性", "有效发明专利总量（件）\t19758\t≥40000\t预期性"]).indicators[0]
 * // → { name: "有效发明专利总量", unit: "件", baselineYear: 2015, baselineValue: 19758, targetYear: 2020,
 * //     comparator: ">=", targetValue: 40000, targetLow: null, targetHigh: null, attribute: "预期性",
 * //     direction: "increase", source: "table", line: 2, increment: false,
 * //     snippet: "有效发明专利总量（件） | 19758 | ≥40000 | 预期性" }
 */
export function extractTables(lines: readonly string[]): ExtractedPart {
  const cells = tableCells(lines);
  const indicators: ExtractedIndicator[] = [];
  const actuals: ExtractedActual[] = [];
  let at = 0;
  while (at < cells.length) {
    const table = readTable(cells, at);
    if (table === null) {
      at++;
      continue;
    }
    const part = tableEntries(table, lines);
    indicators.push(...part.indicators);
    actuals.push(...part.actuals);
    at = table.next;
  }
  return { indicators, actuals };
}

function tableEntries(table: Table, lines: readonly string[]): ExtractedPart {
  const plan = valuePlan(table.header.columns, titleSaysResults(lines, table.header.line));
  const notes = footnoteYears(lines, table.lastLine);
  const indicators: ExtractedIndicator[] = [];
  const actuals: ExtractedActual[] = [];
  for (const row of table.rows) {
    const context = rowContext(row);
    if (context === null) continue;
    for (const { column, baseline } of plan.targets)
      indicators.push(indicatorOf(row, context, column, baseline, notes));
    for (const column of plan.actuals) {
      const actual = actualOf(row, context, column, notes);
      if (actual !== null) actuals.push(actual);
    }
  }
  return { indicators, actuals };
}

/** The nearest non-blank line above the header, if it is close enough to be the table's title. */
function titleSaysResults(lines: readonly string[], headerLine: number): boolean {
  for (let line = headerLine - 1; line >= 1 && line >= headerLine - MAX_TITLE_DISTANCE; line--) {
    const text = lines[line - 1]?.trim() ?? "";
    if (text !== "") return RESULT_TITLE_WORDS.some((word) => text.includes(word));
  }
  return false;
}

function valuePlan(columns: readonly Column[], results: boolean): ValuePlan {
  const values = columns.flatMap((column, index): ValueColumn[] =>
    column.kind === "value" ? [{ index, year: column.year, role: column.role }] : [],
  );
  const reached = values.flatMap((value) => (value.role === "actual" && value.year !== null ? [value.year] : []));
  const ofEarlierPlan = (value: ValueColumn): boolean =>
    results || (value.year !== null && reached.some((year) => year >= (value.year ?? year)));
  const stated = values.filter((value) => value.role === "target");
  let targets = stated.filter((value) => !ofEarlierPlan(value));
  // Headers that only give years (`2015年`, `2020年`) state the plan's target in the latest one.
  if (!results && values.every((value) => value.role === "bare")) targets = latest(values).slice(0, 1);
  const sources = values.filter((value) => value.role !== "target" && !targets.includes(value));
  const withBaseline = targets.map((column) => ({ column, baseline: baselineOf(column, sources) }));
  const actuals = sources.filter(
    (value) => value.year !== null && !withBaseline.some(({ baseline }) => baseline === value),
  );
  return { targets: withBaseline, actuals };
}

/** Value columns with a year, latest first; among equal years the rightmost first. */
function latest(values: readonly ValueColumn[]): readonly ValueColumn[] {
  return values
    .filter((value) => value.year !== null)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || b.index - a.index);
}

/** The latest column of figures before the target's year; without years, the nearest one to its left. */
function baselineOf(target: ValueColumn, sources: readonly ValueColumn[]): ValueColumn | null {
  const targetYear = target.year;
  if (targetYear === null) return sources.filter((value) => value.index < target.index).at(-1) ?? null;
  return latest(sources.filter((value) => (value.year ?? targetYear) < targetYear))[0] ?? null;
}

interface RowContext {
  readonly name: string;
  /** The unit the row states outside its figures: its 单位 cell, else the name's brackets. */
  readonly unit: string | null;
  readonly line: number;
  readonly snippet: string;
  readonly attribute: ExtractedIndicator["attribute"];
}

function rowContext(row: TableRow): RowContext | null {
  const cellOf = (kind: Column["kind"]): TableRow["cells"][number] | undefined =>
    row.cells[row.columns.findIndex((column) => column.kind === kind)];
  const nameCell = cellOf("name");
  if (nameCell === undefined) return null;
  const { name, unit } = splitNameUnit(nameCell.raw);
  const unitText = cellOf("unit")?.text ?? "";
  return {
    name,
    unit: isBlank(unitText) ? unit : unitText,
    line: nameCell.line,
    snippet: row.cells.map((cell) => cell.raw).join(" | "),
    attribute: attributeOf(cellOf("attribute")?.text ?? ""),
  };
}

const quantityAt = (row: TableRow, column: ValueColumn | null): Quantity | null => {
  const figure: Figure | null | undefined = column === null ? null : row.figures[column.index];
  return figure?.kind === "quantity" ? figure : null;
};

/** A single value, in `unit` when the figure names another one it converts from; null for ranges and 翻一番. */
function singleValue(quantity: Quantity | null, unit: string | null): number | null {
  if (quantity === null || quantity.value === null) return null;
  if (quantity.unit === null || unit === null || quantity.unit === unit) return quantity.value;
  const converted = convertValue(quantity.value, quantity.unit, unit);
  return converted.ok ? converted.value : null;
}

/** A bare figure in a target column is a floor; 左右/约 make it a point to be near. */
function comparatorOf(target: Quantity | null): Comparator {
  if (target === null) return ">=";
  if (target.comparator !== "=") return target.comparator;
  return target.approximate ? "=" : ">=";
}

function directionOf(comparator: Comparator, name: string): Direction {
  const falls = comparator === "<=" || comparator === "<" || DECREASE_WORDS.some((word) => name.includes(word));
  return falls ? "decrease" : "increase";
}

function indicatorOf(
  row: TableRow,
  context: RowContext,
  column: ValueColumn,
  baselineColumn: ValueColumn | null,
  notes: ReadonlyMap<string, number>,
): ExtractedIndicator {
  const target = quantityAt(row, column);
  const baseline = quantityAt(row, baselineColumn);
  const unit = target?.unit ?? context.unit ?? baseline?.unit ?? null;
  const baselineValue = singleValue(baseline, unit);
  const comparator = comparatorOf(target);
  const single = comparator !== "range" && comparator !== "x2";
  return {
    name: context.name,
    unit,
    baselineYear:
      baselineValue === null ? null : (footnoteYear(notes, baseline?.footnote ?? null) ?? baselineColumn?.year ?? null),
    baselineValue,
    targetYear: column.year,
    comparator,
    targetValue: single ? (target?.value ?? null) : null,
    targetLow: comparator === "range" ? (target?.low ?? null) : null,
    targetHigh: comparator === "range" ? (target?.high ?? null) : null,
    attribute: context.attribute,
    direction: directionOf(comparator, context.name),
    source: "table",
    line: context.line,
    snippet: context.snippet,
    increment: INCREMENT_WORDS.some((word) => context.name.includes(word)),
  };
}

function actualOf(
  row: TableRow,
  context: RowContext,
  column: ValueColumn,
  notes: ReadonlyMap<string, number>,
): ExtractedActual | null {
  const figure = quantityAt(row, column);
  const unit = figure?.unit ?? context.unit;
  const value = figure?.comparator === "range" ? null : singleValue(figure, unit);
  const year = footnoteYear(notes, figure?.footnote ?? null) ?? column.year;
  if (value === null || year === null) return null;
  return { name: context.name, unit, year, value, source: "table", line: context.line, snippet: context.snippet };
}
