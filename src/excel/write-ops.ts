/**
 * Writes as data: every action computes the list of writes it needs, then `applyWrites` queues them and syncs.
 * Being data, a write list can be measured before it is sent: Excel on the web refuses a request over 5 MB, so a
 * list is cut into requests below that, splitting a large block of values by rows, and only then.
 * This file and the actions' read steps are the only code that touches `Excel.*` objects.
 */
import { rangeAddress, type RangeRef } from "../core/workbook/a1";
import type { CellValue } from "../core/workbook/sheet-reading";
import { ANY_DECIMAL, PROTECTION, type FormatPatch, type SheetWrite } from "../core/workbook/writes";

/** One write: the medium-neutral ones, and the removal of a note, which only an Excel object can name. */
export type WriteOp = SheetWrite | { readonly kind: "deleteNote"; readonly note: Excel.Note };

/**
 * Below Excel on the web's 5 MB per request, with a margin for office.js's framing that the estimate leaves out.
 */
export const REQUEST_BYTES = 4_000_000;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON, walking it (a large grid never becomes one string). */
function jsonBytes(value: unknown): number {
  if (typeof value === "string") return utf8Length(value) + 2 + (value.match(/["\\\n\r\t]/gu)?.length ?? 0);
  if (typeof value === "number" || typeof value === "boolean") return String(value).length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + jsonBytes(item) + 1, 2);
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).reduce((sum, [key, item]) => sum + key.length + 4 + jsonBytes(item), 2);
  }
  return 4;
}

/** Object path and method of one write, as office.js frames it; generous so the estimate stays above Excel's. */
const OP_OVERHEAD = 300;

/** Estimated request bytes of one write. */
export function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case "values":
      return OP_OVERHEAD + jsonBytes(op.values);
    case "numberFormat":
      return OP_OVERHEAD + jsonBytes(op.formats);
    case "validation":
      return 3 * OP_OVERHEAD + jsonBytes(op.prompt);
    case "addNote":
      return OP_OVERHEAD + jsonBytes(op.text);
    case "deleteNote":
      return OP_OVERHEAD;
    default:
      return OP_OVERHEAD + jsonBytes(op);
  }
}

/** Estimated request bytes of a list of writes. */
export function payloadBytes(ops: readonly WriteOp[]): number {
  return ops.reduce((sum, op) => sum + opBytes(op), 0);
}

/** A block of values or formats cut into row bands that each fit in a request. */
function splitRows(op: WriteOp, limit: number): readonly WriteOp[] {
  if ((op.kind !== "values" && op.kind !== "numberFormat") || opBytes(op) <= limit) return [op];
  const rows = op.kind === "values" ? op.values : op.formats;
  const pieces: WriteOp[] = [];
  let start = 0;
  let bytes = OP_OVERHEAD;
  const flush = (end: number): void => {
    if (end <= start) return;
    const range = { ...op.range, top: op.range.top + start, bottom: op.range.top + end - 1 };
    pieces.push(
      op.kind === "values"
        ? { ...op, range, values: op.values.slice(start, end) }
        : { ...op, range, formats: op.formats.slice(start, end) },
    );
    start = end;
    bytes = OP_OVERHEAD;
  };
  rows.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1;
    if (bytes + rowBytes > limit) flush(index);
    bytes += rowBytes;
  });
  flush(rows.length);
  return pieces;
}

/**
 * The writes cut into requests of at most `limit` estimated bytes, in order. One request when they fit.
 *
 * @example requests(fewWrites).length // → 1
 */
export function requests(ops: readonly WriteOp[], limit = REQUEST_BYTES): readonly (readonly WriteOp[])[] {
  const batches: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops.flatMap((one) => splitRows(one, limit))) {
    const size = opBytes(op);
    if (current.length > 0 && bytes + size > limit) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Queues writes on the context; nothing reaches the workbook before the caller syncs. */
export function queueWrites(context: Excel.RequestContext, ops: readonly WriteOp[]): void {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    const known = sheets.get(name);
    if (known !== undefined) return known;
    const found = context.workbook.worksheets.getItem(name);
    sheets.set(name, found);
    return found;
  };
  const range = (name: string, ref: RangeRef): Excel.Range => sheet(name).getRange(rangeAddress(ref));

  for (const op of ops) {
    switch (op.kind) {
      case "addSheet": {
        const added = context.workbook.worksheets.add(op.sheet);
        if (op.veryHidden) added.visibility = "VeryHidden";
        sheets.set(op.sheet, added);
        break;
      }
      case "deleteSheet":
        sheet(op.sheet).delete();
        sheets.delete(op.sheet);
        break;
      case "activate":
        sheet(op.sheet).activate();
        break;
      case "unprotect":
        sheet(op.sheet).protection.unprotect();
        break;
      case "protect":
        sheet(op.sheet).protection.protect(PROTECTION);
        break;
      case "values":
        range(op.sheet, op.range).values = op.values as CellValue[][];
        break;
      case "numberFormat":
        range(op.sheet, op.range).numberFormat = op.formats as string[][];
        break;
      case "format":
        applyFormat(range(op.sheet, op.range), op.patch);
        break;
      case "clear": {
        const target = range(op.sheet, op.range);
        target.clear("All");
        target.dataValidation.clear();
        break;
      }
      case "validation": {
        const validation = range(op.sheet, op.range).dataValidation;
        validation.clear();
        validation.rule = { decimal: { operator: "Between", formula1: -ANY_DECIMAL, formula2: ANY_DECIMAL } };
        validation.prompt = { showPrompt: true, title: op.prompt.title, message: op.prompt.message };
        // Off, so `1.2万`, `１２.５` and `——` can still be typed: the checks read them and say what is wrong.
        validation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
        validation.ignoreBlanks = true;
        break;
      }
      case "freeze": {
        const panes = sheet(op.sheet).freezePanes;
        panes.unfreeze();
        // freezeAt takes a range, which always covers a row and a column: one side alone has its own call.
        if (op.rows > 0 && op.columns > 0) {
          panes.freezeAt(rangeAddress({ top: 0, left: 0, bottom: op.rows - 1, right: op.columns - 1 }));
        } else if (op.rows > 0) panes.freezeRows(op.rows);
        else if (op.columns > 0) panes.freezeColumns(op.columns);
        break;
      }
      case "addNote":
        sheet(op.sheet).notes.add(rangeAddress(op.range), op.text);
        break;
      case "deleteNote":
        op.note.delete();
        break;
      case "table":
        sheet(op.sheet).tables.add(rangeAddress(op.range), true);
        break;
      case "chart": {
        const chart = sheet(op.sheet).charts.add("ColumnClustered", range(op.sheet, op.range), "Columns");
        chart.title.text = op.title;
        chart.setPosition(rangeAddress(op.at));
        break;
      }
    }
  }
}

function applyFormat(target: Excel.Range, patch: FormatPatch): void {
  const { format } = target;
  if (patch.fill === null) format.fill.clear();
  else if (patch.fill !== undefined) format.fill.color = patch.fill;
  if (patch.bold !== undefined) format.font.bold = patch.bold;
  if (patch.wrapText !== undefined) format.wrapText = patch.wrapText;
  if (patch.locked !== undefined) format.protection.locked = patch.locked;
  if (patch.columnWidth !== undefined) format.columnWidth = patch.columnWidth;
  if (patch.columnHidden !== undefined) target.columnHidden = patch.columnHidden;
}

/**
 * Sends the writes, one sync per request (one in all but huge workbooks), with events off while they apply:
 * Excel raises `onChanged` for our own writes too, after the sync has resolved, so a flag of ours could not tell
 * them from a person's edits; `runtime.enableEvents` (ExcelApi 1.8) keeps them from being raised at all.
 * Returns the number of syncs. A failure is rethrown once `recover` has put events and protection back.
 */
export async function applyWrites(context: Excel.RequestContext, ops: readonly WriteOp[]): Promise<number> {
  const batches = requests(ops);
  for (const [index, batch] of batches.entries()) {
    context.runtime.enableEvents = false;
    queueWrites(context, batch);
    context.runtime.enableEvents = true;
    try {
      // One sync per request is the point: a request over 5 MB is refused whole.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      await recover(context, batches.slice(index).flat());
      throw error;
    }
  }
  return batches.length;
}

/**
 * Excel keeps the operations of a failed request that came before the failing one, so the `enableEvents = true`
 * and `protect` at its end never ran: the watcher would go deaf and the sheet stay open to edits of locked cells.
 * Puts both back. Up to three syncs, spent only after a failure. If Excel refuses even this, the first failure
 * is still the one to report (it says what went wrong), so the caller rethrows that one.
 */
async function recover(context: Excel.RequestContext, unsent: readonly WriteOp[]): Promise<void> {
  const names = [...new Set(unsent.flatMap((op) => (op.kind === "protect" ? [op.sheet] : [])))];
  try {
    context.runtime.enableEvents = true;
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    for (const sheet of sheets) sheet.load("name");
    await context.sync();
    const present = sheets.filter((sheet) => !sheet.isNullObject);
    for (const sheet of present) sheet.protection.load("protected");
    if (present.length === 0) return;
    await context.sync();
    const open = present.filter((sheet) => !sheet.protection.protected);
    if (open.length === 0) return;
    for (const sheet of open) {
      sheet.protection.protect(PROTECTION);
    }
    await context.sync();
  } catch {
    // Deliberately not rethrown: see above.
  }
}
