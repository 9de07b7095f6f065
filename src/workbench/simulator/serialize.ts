/**
 * The workbook as JSON, for `serialize()` and `createSimulator({ workbook })`: sparse cells and layers as arrays,
 * settings and custom XML parts included, as they are saved with a real workbook.
 */
import { z } from "zod";
import { MAX_COLUMNS, MAX_ROWS, type Area } from "./address";
import { simError } from "./errors";
import { LoggedMap, LoggedSet, UndoLog } from "./journal";
import {
  DEFAULT_PROTECTION_OPTIONS,
  cellKey,
  keyColumn,
  keyRow,
  type Cell,
  type FormatPatch,
  type JsonValue,
  type ProtectionOptions,
  type SheetData,
  type WorkbookData,
} from "./model";

const FORMAT_TAG = "plan-monitor-excel-simulator";
const VERSION = 1;

const row = z
  .number()
  .int()
  .min(0)
  .max(MAX_ROWS - 1);
const column = z
  .number()
  .int()
  .min(0)
  .max(MAX_COLUMNS - 1);
const area = z.object({ top: row, left: column, bottom: row, right: column });
const cellValue = z.union([z.string(), z.number(), z.boolean()]);
const comparison = z.enum([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
]);
const rule = z.union([
  z.object({
    type: z.enum(["Decimal", "WholeNumber", "TextLength"]),
    operator: comparison,
    formula1: z.string(),
    formula2: z.string().nullable(),
  }),
  z.object({ type: z.literal("List"), inCellDropDown: z.boolean(), source: z.string() }),
  z.object({ type: z.literal("Custom"), formula: z.string() }),
]);
const validation = z.object({
  rule: rule.nullable(),
  prompt: z.object({ title: z.string(), message: z.string(), showPrompt: z.boolean() }),
  errorAlert: z.object({
    title: z.string(),
    message: z.string(),
    showAlert: z.boolean(),
    style: z.enum(["Stop", "Warning", "Information"]),
  }),
  ignoreBlanks: z.boolean(),
});
const format = z.object({
  numberFormat: z.string().optional(),
  locked: z.boolean().optional(),
  fill: z.string().nullable().optional(),
  fontColor: z.string().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  wrapText: z.boolean().optional(),
  validation: validation.nullable().optional(),
});
const protectionOptions = z.object({
  allowAutoFilter: z.boolean(),
  allowDeleteColumns: z.boolean(),
  allowDeleteRows: z.boolean(),
  allowEditObjects: z.boolean(),
  allowEditScenarios: z.boolean(),
  allowFormatCells: z.boolean(),
  allowFormatColumns: z.boolean(),
  allowFormatRows: z.boolean(),
  allowInsertColumns: z.boolean(),
  allowInsertHyperlinks: z.boolean(),
  allowInsertRows: z.boolean(),
  allowPivotTables: z.boolean(),
  allowSort: z.boolean(),
  selectionMode: z.enum(["Normal", "Unlocked", "None"]),
});
const sheet = z.object({
  id: z.string(),
  name: z.string(),
  visibility: z.enum(["Visible", "Hidden", "VeryHidden"]),
  cells: z.array(z.object({ r: row, c: column, v: cellValue, f: z.string().nullable(), fmt: format })),
  columnFormats: z.array(z.tuple([column, format])),
  rowFormats: z.array(z.tuple([row, format])),
  columnWidths: z.array(z.tuple([column, z.number()])),
  rowHeights: z.array(z.tuple([row, z.number()])),
  hiddenColumns: z.array(column),
  hiddenRows: z.array(row),
  // Absent from workbooks saved before notes were modelled.
  notes: z.array(z.object({ r: row, c: column, id: z.string(), content: z.string(), author: z.string() })).optional(),
  frozenRows: z.number().int().min(0),
  frozenColumns: z.number().int().min(0),
  protection: z.object({ protected: z.boolean(), options: protectionOptions, password: z.string().nullable() }),
  merges: z.array(area),
  selection: area,
});
const workbook = z.object({
  format: z.literal(FORMAT_TAG),
  version: z.literal(VERSION),
  activeSheetId: z.string(),
  nextId: z.number().int().min(0),
  sheets: z.array(sheet).min(1),
  tables: z.array(z.object({ id: z.string(), name: z.string(), sheetId: z.string(), area })),
  charts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      sheetId: z.string(),
      chartType: z.string(),
      source: z.object({ sheetId: z.string(), area }),
      seriesBy: z.string(),
      title: z.string(),
      position: z.object({ start: area, end: area.nullable() }),
    }),
  ),
  customXmlParts: z.array(z.object({ id: z.string(), namespaceUri: z.string(), xml: z.string() })),
  settings: z.array(z.object({ key: z.string(), value: z.unknown() })),
});

/** Drops the keys zod reports as `undefined`, which optional fields may not hold under exactOptionalPropertyTypes. */
function compact(input: z.infer<typeof format>): FormatPatch {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as FormatPatch;
}

/** Entries by index, so the JSON never depends on the order they were written (or a rollback restored them). */
function byIndex<T>(entries: Iterable<readonly [number, T]>): (readonly [number, T])[] {
  return [...entries].sort(([a], [b]) => a - b);
}

const sortedIndexes = (values: Iterable<number>): number[] => [...values].sort((a, b) => a - b);

/** Object keys in code-point order, so equal workbooks serialise to equal strings whatever built them. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The workbook as a JSON string (keys sorted).
 *
 * @example
 * JSON.parse(serializeWorkbook(newWorkbook())).sheets[0].name // → "Sheet1"
 */
export function serializeWorkbook(data: WorkbookData): string {
  const sheets = data.sheets.map((s) => ({
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    cells: byIndex(s.cells).map(([key, cell]) => ({
      r: keyRow(key),
      c: keyColumn(key),
      v: cell.value,
      f: cell.formula,
      fmt: cell.format,
    })),
    columnFormats: byIndex(s.columnFormats),
    rowFormats: byIndex(s.rowFormats),
    columnWidths: byIndex(s.columnWidths),
    rowHeights: byIndex(s.rowHeights),
    hiddenColumns: sortedIndexes(s.hiddenColumns),
    hiddenRows: sortedIndexes(s.hiddenRows),
    notes: byIndex(s.notes).map(([key, note]) => ({
      r: keyRow(key),
      c: keyColumn(key),
      id: note.id,
      content: note.content,
      author: note.authorName,
    })),
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    protection: s.protection,
    merges: s.merges,
    selection: s.selection,
  }));
  return JSON.stringify(
    {
      format: FORMAT_TAG,
      version: VERSION,
      activeSheetId: data.activeSheetId,
      nextId: data.nextId,
      sheets,
      tables: data.tables,
      charts: data.charts,
      customXmlParts: data.customXmlParts,
      settings: data.settings,
    },
    sortedKeys,
  );
}

/**
 * A workbook from `serializeWorkbook` output. Throws InvalidArgument (at this boundary only) when the text is not
 * one, naming the first problem.
 */
export function deserializeWorkbook(text: string): WorkbookData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw simError("InvalidArgument", "createSimulator", "the workbook is not JSON");
  }
  const parsed = workbook.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw simError(
      "InvalidArgument",
      "createSimulator",
      `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`,
    );
  }
  const w = parsed.data;
  const log = new UndoLog();
  const sheets: SheetData[] = w.sheets.map((s) => ({
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    cells: new LoggedMap(
      log,
      s.cells.map((c): [number, Cell] => [cellKey(c.r, c.c), { value: c.v, formula: c.f, format: compact(c.fmt) }]),
    ),
    columnFormats: new LoggedMap(
      log,
      s.columnFormats.map(([c, f]) => [c, compact(f)]),
    ),
    rowFormats: new LoggedMap(
      log,
      s.rowFormats.map(([r, f]) => [r, compact(f)]),
    ),
    columnWidths: new LoggedMap(log, s.columnWidths),
    rowHeights: new LoggedMap(log, s.rowHeights),
    hiddenColumns: new LoggedSet(log, s.hiddenColumns),
    hiddenRows: new LoggedSet(log, s.hiddenRows),
    notes: new LoggedMap(
      log,
      (s.notes ?? []).map((n) => [cellKey(n.r, n.c), { id: n.id, content: n.content, authorName: n.author }]),
    ),
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    protection: {
      protected: s.protection.protected,
      options: { ...DEFAULT_PROTECTION_OPTIONS, ...s.protection.options } satisfies ProtectionOptions,
      password: s.protection.password,
    },
    merges: s.merges.map((m): Area => ({ ...m })),
    selection: s.selection,
  }));
  if (!sheets.some((s) => s.id === w.activeSheetId)) {
    throw simError("InvalidArgument", "createSimulator", "activeSheetId names no sheet");
  }
  return {
    log,
    sheets,
    activeSheetId: w.activeSheetId,
    tables: w.tables,
    charts: w.charts,
    customXmlParts: w.customXmlParts,
    settings: w.settings.map((s) => ({ key: s.key, value: (s.value ?? null) as JsonValue })),
    nextId: w.nextId,
  };
}
