/**
 * The monitoring sheet as writes: what `populate` lays over a sheet, and what the command line writes into a new
 * .xlsx file. Composition is pure: it takes the old sheet as read (or null for a new one) and the template model.
 *
 * Rewriting never loses or misplaces what people entered: every figure and explanation is carried over by
 * (indicator id, year), a year the new layout lacks keeps its column, and the rows of indicators the plan no
 * longer has stay at the end, marked, with their figures.
 */
import { LOCALES, severityLabel, type Locale } from "../messages";
import type { TemplateColumn, TemplateModel } from "../layout";
import type { IndicatorId } from "../model";
import { latestByCell, type Explanation, type ReviewDecision } from "../review";
import { LAST_ROW, type RangeRef } from "./a1";
import { cellAt, firstRows, textOf, type CellValue, type FixedKey, type SheetReading } from "./sheet-reading";
import { encodeState, STATE_SHEET, type WorkbookState } from "./state";
import { WORDS, explanationCell, reviewCell } from "./words";
import { entry, FILLS, type SheetWrite } from "./writes";

/** A row of the sheet to write: the plan's rows first, then the rows kept from before. */
interface ComposedRow {
  readonly indicatorId: IndicatorId;
  readonly cells: readonly (CellValue | null)[];
  /** The row's cells in people's own columns, with their number formats, carried with the row. */
  readonly own: readonly CellValue[];
  readonly ownFormats: readonly string[];
  /** The input prompt of the row's year cells; null for kept rows, whose cells stay locked. */
  readonly prompt: { readonly title: string; readonly message: string } | null;
}

export interface ComposedSheet {
  readonly model: TemplateModel;
  /** Where the header goes: the template's row, or lower when people inserted rows above the old header. */
  readonly headerRow: number;
  readonly columns: readonly TemplateColumn[];
  /** People's own columns, after the template's: their header cells and formats. */
  readonly own: { readonly headers: readonly CellValue[]; readonly formats: readonly string[] };
  /** Cells of the old legend (above the old header), cleared: the rewrite clears from the header row down only. */
  readonly oldLegend: readonly RangeRef[];
  readonly rows: readonly ComposedRow[];
  readonly planRows: number;
  readonly extraYears: readonly number[];
}

/** Excel counts a column's width in points; a character of the default font is 7 px plus 5 px of padding. */
function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
}

function latestTexts<T extends { readonly indicatorId: IndicatorId; readonly year: number; readonly at: string }, V>(
  entries: readonly T[],
  pick: (entry: T) => V,
): ReadonlyMap<IndicatorId, Map<number, V>> {
  const byIndicator = new Map<IndicatorId, Map<number, V>>();
  for (const latest of latestByCell(entries).values()) {
    const years = byIndicator.get(latest.indicatorId) ?? new Map<number, V>();
    years.set(latest.year, pick(latest));
    byIndicator.set(latest.indicatorId, years);
  }
  return byIndicator;
}

/**
 * What the sheet will hold: the template's columns with the years of the old sheet that still hold figures,
 * the plan's rows with every figure and explanation carried over, then the rows kept from before.
 */
export function composeSheet(
  model: TemplateModel,
  old: SheetReading | null,
  history: { readonly explanations: readonly Explanation[]; readonly decisions: readonly ReviewDecision[] },
  locale: Locale,
  oldFormats: readonly (readonly string[])[] | null = null,
): ComposedSheet {
  const oldFirst = old === null ? new Map() : firstRows(old);
  const oldValue = (row: number, column: number | undefined): CellValue =>
    old === null || column === undefined ? "" : cellAt(old.grid, row, column);
  const oldFormat = (row: number, column: number): string =>
    old === null ? "General" : (oldFormats?.[row - old.grid.top]?.[column - old.grid.left] ?? "General");
  const ownColumns = old?.ownColumns ?? [];
  const ownOf = (row: number | null) => ({
    own: ownColumns.map((column) => (row === null ? "" : oldValue(row, column))),
    ownFormats: ownColumns.map((column) => (row === null ? "General" : oldFormat(row, column))),
  });

  // Every old row below the header that people may have written in: indicator rows and rows without an id.
  const oldRows = old === null ? [] : [...old.rows.map((row) => row.row), ...old.strays];
  // Years of the old sheet that hold anything and that the new layout lacks keep their column.
  const extraYears =
    old === null
      ? []
      : [...old.columns.years]
          .filter(
            ([year, column]) => !model.years.includes(year) && oldRows.some((row) => oldValue(row, column) !== ""),
          )
          .map(([year]) => year)
          .sort((a, b) => a - b);
  const yearColumns = new Map(model.columns.filter((c) => c.key === "year").map((c) => [c.year, c]));
  const years = [...new Set([...model.years, ...extraYears])].sort((a, b) => a - b);
  // The years sit between the target and the status columns; extra years join them in order.
  const firstYearAt = model.columns.findIndex((c) => c.key === "year");
  const statusAt = model.columns.findIndex((c) => c.key === "status");
  const split = firstYearAt >= 0 ? firstYearAt : statusAt >= 0 ? statusAt : model.columns.length;
  const beforeYears = model.columns.slice(0, split).filter((c) => c.key !== "year");
  const afterYears = model.columns.slice(split).filter((c) => c.key !== "year");
  const columns: TemplateColumn[] = [
    ...beforeYears,
    ...years.map(
      (year): TemplateColumn =>
        yearColumns.get(year) ?? {
          key: "year",
          year,
          header: old?.columns.yearHeaders.get(year) ?? String(year),
          width: 12,
          numberFormat: "General",
          input: true,
          hidden: false,
        },
    ),
    ...afterYears,
  ];

  const explanations = latestTexts(history.explanations, (e) => e.text);
  const decisions = latestTexts(history.decisions, (d) => ({ decision: d.decision, comment: d.comment }));
  const modelIndex = new Map(model.columns.map((c, index) => [c.key === "year" ? `year:${c.year}` : c.key, index]));

  const oldColumn = (key: FixedKey): number | undefined => old?.columns.fixed.get(key);
  const carried = (
    indicatorId: IndicatorId | null,
    oldRow: number | null,
    fixed: (key: FixedKey) => CellValue | null,
  ): (CellValue | null)[] =>
    columns.map((column) => {
      switch (column.key) {
        case "year":
          return oldRow === null ? null : oldValue(oldRow, old?.columns.years.get(column.year ?? NaN));
        case "explanation":
          return explanationCell(
            oldRow === null ? "" : textOf(oldValue(oldRow, oldColumn("explanation"))),
            (indicatorId === null ? undefined : explanations.get(indicatorId)) ?? new Map(),
            locale,
          );
        case "review":
          return indicatorId === null
            ? oldValue(oldRow ?? -1, oldColumn("review"))
            : reviewCell([...(decisions.get(indicatorId) ?? new Map())], locale);
        default:
          return fixed(column.key);
      }
    });

  const planRows: ComposedRow[] = model.rows.map((row) => {
    const oldRow = oldFirst.get(row.indicatorId)?.row ?? null;
    return {
      indicatorId: row.indicatorId,
      prompt: row.prompt,
      cells: carried(row.indicatorId, oldRow, (key) =>
        key === "status" ? null : (row.cells[modelIndex.get(key) ?? -1] ?? null),
      ),
      ...ownOf(oldRow),
    };
  });
  // Kept as they were, marked in their status cell: rows of indicators the plan no longer has, second rows of
  // an indicator, and rows without an id that people wrote in.
  const planIds = new Set(model.rows.map((row) => row.indicatorId));
  const kept = (indicatorId: IndicatorId | null, row: number, mark: string): ComposedRow => ({
    indicatorId: indicatorId ?? "",
    prompt: null,
    cells: carried(indicatorId, row, (key) => (key === "status" ? mark : oldValue(row, oldColumn(key)))),
    ...ownOf(row),
  });
  const keptRows: ComposedRow[] = [
    ...(old?.rows ?? []).flatMap((row) => {
      const first = oldFirst.get(row.indicatorId) === row;
      if (first && planIds.has(row.indicatorId)) return [];
      return [kept(row.indicatorId, row.row, first ? WORDS[locale].removed : WORDS[locale].duplicate)];
    }),
    ...(old?.strays ?? []).map((row) => kept(null, row, WORDS[locale].unlinked)),
  ];
  const headerRow = Math.max(model.headerRow, old?.headerRow ?? 0);
  const own = {
    headers: ownColumns.map((column) => (old === null ? "" : oldValue(old.headerRow, column))),
    formats: ownColumns.map((column) => (old === null ? "General" : oldFormat(old.headerRow, column))),
  };
  const legendWords = new Set(
    LOCALES.flatMap((l) => [WORDS[l].legend, severityLabel("error", l), severityLabel("warning", l)]),
  );
  const oldLegend: RangeRef[] = [];
  if (old !== null) {
    const row = old.headerRow - 1;
    const values = old.grid.values[row - old.grid.top] ?? [];
    values.forEach((value, index) => {
      const column = old.grid.left + index;
      if (typeof value === "string" && legendWords.has(value))
        oldLegend.push({ top: row, left: column, bottom: row, right: column });
    });
  }
  return {
    model,
    headerRow,
    columns,
    own,
    oldLegend,
    rows: [...planRows, ...keptRows],
    planRows: planRows.length,
    extraYears,
  };
}

/** The writes that lay a composed sheet over what the sheet held (`extent`), leaving it protected. */
export function sheetWrites(
  sheetName: string,
  sheet: ComposedSheet,
  before: { readonly extent: RangeRef | null; readonly protected: boolean },
  locale: Locale,
): readonly SheetWrite[] {
  const { model, columns, rows, own } = sheet;
  const header = sheet.headerRow;
  const first = header + 1;
  const last = Math.max(header, header + rows.length);
  const right = columns.length - 1;
  const ownLeft = right + 1;
  const ownRight = right + own.headers.length;
  const yearIndexes = columns.flatMap((c, index) => (c.key === "year" ? [index] : []));
  const explanationAt = columns.findIndex((c) => c.key === "explanation");
  const ops: SheetWrite[] = [];
  const band = (top: number, bottom: number, left: number, rightmost: number): RangeRef => ({
    top,
    left,
    bottom,
    right: rightmost,
  });

  if (before.protected) ops.push({ kind: "unprotect", sheet: sheetName });
  // Only from the header row down, which is all rewritten: what people wrote above the header (a 填报单位 line in
  // rows they inserted, say) stays where it is. Our old legend there is cleared, as it may move.
  if (before.extent !== null && before.extent.bottom >= header) {
    ops.push({
      kind: "clear",
      sheet: sheetName,
      range: { ...before.extent, top: Math.max(before.extent.top, header) },
    });
  }
  for (const range of sheet.oldLegend) ops.push({ kind: "clear", sheet: sheetName, range });
  // Columns the old layout used beyond the new one are shown again (the old id column may sit there).
  const wide = Math.max(ownRight, before.extent?.right ?? 0);

  model.titleRows.forEach((text, row) => {
    ops.push({ kind: "values", sheet: sheetName, range: band(row, row, 0, 0), values: [[entry(text, false)]] });
  });
  if (model.titleRows.length > 0) {
    ops.push({ kind: "format", sheet: sheetName, range: band(0, 0, 0, 0), patch: { bold: true } });
  }
  // The legend sits above the first year columns, in the empty row between the title and the header.
  const legendRow = header - 1;
  const firstYear = yearIndexes[0];
  if (legendRow >= model.titleRows.length && firstYear !== undefined && firstYear >= 1) {
    ops.push({
      kind: "values",
      sheet: sheetName,
      range: band(legendRow, legendRow, firstYear - 1, firstYear + 1),
      values: [
        [
          entry(WORDS[locale].legend, false),
          entry(severityLabel("error", locale), false),
          entry(severityLabel("warning", locale), false),
        ],
      ],
    });
    ops.push({
      kind: "format",
      sheet: sheetName,
      range: band(legendRow, legendRow, firstYear, firstYear),
      patch: { fill: FILLS.error },
    });
    ops.push({
      kind: "format",
      sheet: sheetName,
      range: band(legendRow, legendRow, firstYear + 1, firstYear + 1),
      patch: { fill: FILLS.warning },
    });
  }

  ops.push({
    kind: "values",
    sheet: sheetName,
    range: band(header, header, 0, right),
    values: [columns.map((c) => entry(c.header, false))],
  });
  ops.push({
    kind: "format",
    sheet: sheetName,
    range: band(header, header, 0, right),
    patch: { bold: true, fill: FILLS.header, wrapText: true },
  });

  if (own.headers.length > 0) {
    // People's own columns follow the template's, each cell with its row and its format; unlocked, as they were
    // typed with the sheet unprotected, so people can go on using them after we protect it again.
    const ownBlock = band(header, last, ownLeft, ownRight);
    ops.push({
      kind: "values",
      sheet: sheetName,
      range: ownBlock,
      values: [
        own.headers.map((cell) => entry(cell, false)),
        ...rows.map((row) => row.own.map((cell) => entry(cell, false))),
      ],
    });
    ops.push({
      kind: "numberFormat",
      sheet: sheetName,
      range: ownBlock,
      formats: [own.formats, ...rows.map((row) => row.ownFormats)],
    });
    if (rows.length > 0) {
      ops.push({
        kind: "format",
        sheet: sheetName,
        range: band(first, last, ownLeft, ownRight),
        patch: { locked: false },
      });
    }
  }

  if (rows.length > 0) {
    const block = band(first, last, 0, right);
    ops.push({
      kind: "values",
      sheet: sheetName,
      range: block,
      values: rows.map((row) => row.cells.map((cell) => entry(cell, false))),
    });
    // After the values: `'`-prefixed text is stored as text, then `@` keeps what people type later as text too.
    ops.push({
      kind: "numberFormat",
      sheet: sheetName,
      range: block,
      formats: rows.map(() => columns.map((c) => c.numberFormat)),
    });
    const inputTop = first;
    const inputBottom = first + sheet.planRows - 1;
    if (sheet.planRows > 0) {
      const firstYearColumn = yearIndexes[0];
      const lastYearColumn = yearIndexes[yearIndexes.length - 1];
      if (firstYearColumn !== undefined && lastYearColumn !== undefined) {
        ops.push({
          kind: "format",
          sheet: sheetName,
          range: band(inputTop, inputBottom, firstYearColumn, lastYearColumn),
          patch: { locked: false },
        });
        rows.slice(0, sheet.planRows).forEach((row, index) => {
          if (row.prompt === null) return;
          ops.push({
            kind: "validation",
            sheet: sheetName,
            range: band(first + index, first + index, firstYearColumn, lastYearColumn),
            prompt: row.prompt,
          });
        });
      }
      if (explanationAt >= 0) {
        ops.push({
          kind: "format",
          sheet: sheetName,
          range: band(inputTop, inputBottom, explanationAt, explanationAt),
          patch: { locked: false, wrapText: true },
        });
      }
    }
  }

  for (let index = 0; index <= wide; index++) {
    const column = columns[index];
    ops.push({
      kind: "format",
      sheet: sheetName,
      range: band(0, LAST_ROW, index, index),
      patch:
        column === undefined
          ? { columnHidden: false }
          : { columnWidth: widthInPoints(column.width), columnHidden: column.hidden },
    });
  }
  ops.push({
    kind: "freeze",
    sheet: sheetName,
    rows: model.frozenRows + header - model.headerRow,
    columns: model.frozenColumns,
  });
  ops.push({ kind: "protect", sheet: sheetName });
  return ops;
}

/** The writes of the state: column A of the veryHidden state sheet, added when missing. */
export function stateWrites(
  state: WorkbookState,
  before: { readonly exists: boolean; readonly rows: number },
): readonly SheetWrite[] {
  const chunks = encodeState(state);
  const ops: SheetWrite[] = [];
  if (!before.exists) ops.push({ kind: "addSheet", sheet: STATE_SHEET, veryHidden: true });
  if (before.rows > chunks.length) {
    ops.push({
      kind: "clear",
      sheet: STATE_SHEET,
      range: { top: chunks.length, left: 0, bottom: before.rows - 1, right: 0 },
    });
  }
  ops.push({
    kind: "values",
    sheet: STATE_SHEET,
    range: { top: 0, left: 0, bottom: chunks.length - 1, right: 0 },
    values: chunks.map((chunk) => [entry(chunk, false)]),
  });
  return ops;
}
