/**
 * User action: check every figure on the monitoring sheet and show the result in the workbook: the status of
 * each indicator in its status cell, flagged cells filled (errors light red, warnings light amber), fills of
 * cells no longer flagged cleared, and, where Excel has cell notes (ExcelApi 1.18), each finding's message in a
 * note on its cell. The checks and the assessment are the core's (`summarise`); this file only places results.
 * It never touches the selection: people keep their place while they type.
 */
import { formatFinding, statusLabel, type Locale } from "../core/messages";
import type { IndicatorId } from "../core/model";
import type { SummaryRow } from "../core/summary";
import { cellAddress, type RangeRef } from "../core/workbook/a1";
import { assessSheet, type CheckResult } from "../core/workbook/assess";
import { firstRows, type SheetReading } from "../core/workbook/sheet-reading";
import type { WorkbookState } from "../core/workbook/state";
import { FILLS } from "../core/workbook/writes";
import { OPTIONAL_SETS, type ExcelHost } from "./excel-host";
import {
  figuresLayoutOf,
  locateNotes,
  NOTE_MARK,
  openState,
  queueSheetRead,
  type SheetSnapshot,
} from "./workbook-read";
import { applyWrites, type WriteOp } from "./write-ops";

export type { CheckResult, LocatedFinding } from "../core/workbook/assess";

export interface CheckOptions {
  /** The year statuses are assessed at; the last year column of the sheet when left out. */
  readonly reportingYear?: number;
}

/** What the write step must know of the sheet as read: its protection and the notes on it. */
export interface NoteState extends Pick<SheetSnapshot, "protected" | "ownNotes"> {
  /** Cells (`C5`) holding a note of someone else's, which a finding's note must not replace. */
  readonly foreignNotes: ReadonlySet<string>;
}

/** Which rows a check covers and what it found there, ready to be written. */
export interface CheckOutcome extends CheckResult {
  readonly writes: readonly WriteOp[];
}

/**
 * Checks the rows of `only` (all plan rows when null) on a read sheet and lists the writes that show the result.
 * Pure: `check` and `watch` both run it between their read and their write; the findings are the core's
 * `assessSheet`, which the command line runs on .xlsx files.
 */
export function checkSheet(
  state: WorkbookState,
  sheetName: string,
  reading: SheetReading,
  snapshot: NoteState,
  options: {
    readonly locale: Locale;
    readonly notes: boolean;
    readonly only: ReadonlySet<IndicatorId> | null;
    readonly reportingYear?: number;
  },
): CheckOutcome {
  const result = assessSheet(state, sheetName, reading, options);
  return { ...result, writes: flagWrites(sheetName, reading, result.summary.rows, snapshot, options) };
}

/** Contiguous runs of rows, as [top, bottom] pairs. */
function runs(rows: readonly number[]): readonly (readonly [number, number])[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const result: [number, number][] = [];
  for (const row of sorted) {
    const last = result[result.length - 1];
    if (last !== undefined && last[1] === row - 1) last[1] = row;
    else result.push([row, row]);
  }
  return result;
}

/**
 * Cells merged into few rectangles (runs along each row, then identical runs of consecutive rows), so a sheet
 * full of flags costs a few writes rather than one per cell.
 */
export function rectangles(cells: readonly { readonly row: number; readonly column: number }[]): readonly RangeRef[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const columns = byRow.get(row);
    if (columns === undefined) byRow.set(row, [column]);
    else columns.push(column);
  }
  const open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const done: RangeRef[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runsOfRow: [number, number][] = [];
    for (const column of columns) {
      const last = runsOfRow[runsOfRow.length - 1];
      if (last !== undefined && last[1] === column - 1) last[1] = column;
      else runsOfRow.push([column, column]);
    }
    const continued = new Set<string>();
    for (const [left, right] of runsOfRow) {
      const key = `${left}:${right}`;
      const rectangle = open.get(key);
      if (rectangle !== undefined && rectangle.bottom === row - 1) rectangle.bottom = row;
      else {
        if (rectangle !== undefined) done.push(rectangle);
        open.set(key, { top: row, left, bottom: row, right });
      }
      continued.add(key);
    }
    for (const [key, rectangle] of open) {
      if (!continued.has(key)) {
        done.push(rectangle);
        open.delete(key);
      }
    }
  }
  return [...done, ...open.values()];
}

function flagWrites(
  sheetName: string,
  reading: SheetReading,
  rows: readonly SummaryRow[],
  snapshot: NoteState,
  options: { readonly locale: Locale; readonly notes: boolean },
): readonly WriteOp[] {
  const ops: WriteOp[] = [];
  const checked = new Set(rows.map((row) => row.indicatorId));
  const sheetRows = reading.rows.filter((row) => checked.has(row.indicatorId));
  const rowOf = firstRows(reading);
  const yearColumns = [...reading.columns.years.values()];
  const statusColumn = reading.columns.fixed.get("status");
  if (snapshot.protected) ops.push({ kind: "unprotect", sheet: sheetName });

  // Clear the fills of every checked row's year cells, then fill what is flagged now.
  if (yearColumns.length > 0) {
    const left = Math.min(...yearColumns);
    const right = Math.max(...yearColumns);
    for (const [top, bottom] of runs(sheetRows.map((row) => row.row))) {
      ops.push({ kind: "format", sheet: sheetName, range: { top, left, bottom, right }, patch: { fill: null } });
    }
  }
  const flagged = new Map<string, { row: number; column: number; error: boolean; messages: string[] }>();
  for (const summaryRow of rows) {
    const row = rowOf.get(summaryRow.indicatorId)?.row;
    if (row === undefined) continue;
    for (const finding of summaryRow.openFindings) {
      const column = reading.columns.years.get(finding.year);
      if (column === undefined) continue;
      const key = `${row}:${column}`;
      const cell = flagged.get(key) ?? { row, column, error: false, messages: [] };
      cell.error ||= finding.severity === "error";
      cell.messages.push(formatFinding(finding, options.locale));
      flagged.set(key, cell);
    }
  }
  for (const fill of [FILLS.error, FILLS.warning]) {
    const cells = [...flagged.values()].filter((cell) => (cell.error ? FILLS.error : FILLS.warning) === fill);
    for (const range of rectangles(cells)) ops.push({ kind: "format", sheet: sheetName, range, patch: { fill } });
  }

  if (statusColumn !== undefined) {
    const labels = new Map(rows.map((row) => [row.indicatorId, statusLabel(row.status, options.locale)]));
    const byRow = new Map(sheetRows.map((row) => [row.row, labels.get(row.indicatorId) ?? ""]));
    for (const [top, bottom] of runs([...byRow.keys()])) {
      const values = Array.from({ length: bottom - top + 1 }, (_, i) => [byRow.get(top + i) ?? ""]);
      // The status column is formatted as text (`@`), so labels are written as they are.
      ops.push({
        kind: "values",
        sheet: sheetName,
        range: { top, left: statusColumn, bottom, right: statusColumn },
        values,
      });
    }
  }

  if (options.notes) {
    for (const note of snapshot.ownNotes) ops.push({ kind: "deleteNote", note });
    for (const cell of flagged.values()) {
      if (snapshot.foreignNotes.has(cellAddress({ row: cell.row, column: cell.column })) === true) continue;
      ops.push({
        kind: "addNote",
        sheet: sheetName,
        range: { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column },
        text: `${NOTE_MARK}${cell.messages.join("\n")}`,
      });
    }
  }
  if (snapshot.protected) ops.push({ kind: "protect", sheet: sheetName });
  return ops;
}

/**
 * Three syncs whatever the size of the plan: the state, the sheet's values, the writes.
 *
 * @example
 * const { findings, summary } = await check(host, "zh-CN");
 * findings[0] // → { finding: { code: "unreadable-figure", year: 2017, … }, address: "指标监测!J6", message: "2017年填报值“待统计”不是数字…" }
 * summary.counts.byStatus["on-track"] // → 7
 */
export async function check(host: ExcelHost, locale: Locale, options: CheckOptions = {}): Promise<CheckResult> {
  const notes = host.isSetSupported(OPTIONAL_SETS.notes.set, OPTIONAL_SETS.notes.version);
  return host.run(async (context) => {
    const { state, monitor } = await openState(context);
    const read = queueSheetRead(context, monitor.name, { notes, formats: true });
    await context.sync();
    const snapshot = read();
    const reading = figuresLayoutOf(snapshot, monitor.name);
    const foreignNotes = await locateNotes(context, snapshot.foreignNotes);
    const outcome = checkSheet(
      state,
      monitor.name,
      reading,
      { ...snapshot, foreignNotes },
      {
        locale,
        notes,
        only: null,
        ...(options.reportingYear === undefined ? {} : { reportingYear: options.reportingYear }),
      },
    );
    await applyWrites(context, outcome.writes);
    return { findings: outcome.findings, summary: outcome.summary, addresses: outcome.addresses };
  });
}
