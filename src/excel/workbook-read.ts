/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   Each `queue…` function queues its loads and returns a reader that the caller calls only after its own sync: that
   is how several reads share one sync. The rules look at one function at a time and cannot see that order. */
/**
 * The read steps every action starts with, each one queued loads plus one sync: the state and the list of
 * sheets, then the monitoring sheet's values. Loads name their properties; nothing syncs inside a loop.
 */
import { PlanMonitorError } from "./errors";
import { decodeState, STATE_SHEET, type WorkbookState } from "../core/workbook/state";
import { readLayout, type CellValue, type Grid, type SheetReading } from "../core/workbook/sheet-reading";
import { withDisplayedFigures } from "../core/workbook/displayed-figure";
import { splitQualified, type RangeRef } from "../core/workbook/a1";

export interface SheetInfo {
  readonly id: string;
  readonly name: string;
}

/** Excel compares sheet names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** Queues a load of every sheet's name and id; read the result after the sync. */
export function queueSheetList(context: Excel.RequestContext): () => readonly SheetInfo[] {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  return () => sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name }));
}

/** Queues a read of the state sheet's column A; the sheet must exist (ItemNotFound otherwise). */
export function queueStateRead(context: Excel.RequestContext): () => { state: WorkbookState; rows: number } {
  const read = queueStateReadOrNull(context);
  return () => {
    const { state, rows } = read();
    if (state === null) throw new PlanMonitorError("state-unreadable", rows === 0 ? "empty state sheet" : "");
    return { state, rows };
  };
}

/**
 * As `queueStateRead`, but a state that cannot be decoded (emptied, or damaged by another tool) reads as null
 * with the rows it uses, so `populate`, the one action that rebuilds a workbook, can still run and overwrite it.
 */
export function queueStateReadOrNull(
  context: Excel.RequestContext,
): () => { state: WorkbookState | null; rows: number } {
  const used = context.workbook.worksheets.getItem(STATE_SHEET).getUsedRangeOrNullObject(true);
  used.load("values");
  return () => {
    if (used.isNullObject) return { state: null, rows: 0 };
    const decoded = decodeState(used.values as CellValue[][]);
    return { state: decoded.ok ? decoded.value : null, rows: used.values.length };
  };
}

export interface OpenedState {
  readonly state: WorkbookState;
  /** Rows column A of the state sheet uses, to clear what a shorter state leaves. */
  readonly stateRows: number;
  readonly sheets: readonly SheetInfo[];
  /** The monitoring sheet: by id, else by the name it had when written. */
  readonly monitor: SheetInfo;
}

/** The monitoring sheet the state names, or null when it is gone. */
export function findMonitor(state: WorkbookState, sheets: readonly SheetInfo[]): SheetInfo | null {
  return (
    sheets.find((sheet) => state.sheetId !== null && sheet.id === state.sheetId) ??
    sheets.find((sheet) => sameName(sheet.name, state.sheetName)) ??
    null
  );
}

/**
 * Sync 1 of every action but `populate`: the state and the sheet list. A workbook never populated has no state
 * sheet, and `getItem` fails with ItemNotFound; that is the one failure this batch can have, so it is reported
 * as our `not-populated`.
 */
export async function openState(context: Excel.RequestContext): Promise<OpenedState> {
  const sheets = queueSheetList(context);
  const state = queueStateRead(context);
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) throw new PlanMonitorError("not-populated");
    throw error;
  }
  const { state: value, rows } = state();
  const list = sheets();
  const monitor = findMonitor(value, list);
  if (monitor === null) throw new PlanMonitorError("sheet-missing", value.sheetName);
  return { state: value, stateRows: rows, sheets: list, monitor };
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

export interface SheetSnapshot {
  readonly grid: Grid;
  /** The used range, including cells that only carry a format. */
  readonly extent: RangeRef | null;
  /** Number formats of the used range, row by row as `grid`, when asked for (populate carries people's columns). */
  readonly formats: readonly (readonly string[])[] | null;
  readonly protected: boolean;
  /** Our notes on the sheet (content starts with `NOTE_MARK`), when notes are read. */
  readonly ownNotes: readonly Excel.Note[];
  /** Notes people wrote themselves, when notes are read: a cell takes one note, so ours must not go there. */
  readonly foreignNotes: readonly Excel.Note[];
}

/** Marks the notes we write, so a check removes its old ones and never a person's. */
export const NOTE_MARK = "⚑ ";

/** Queues a read of a sheet's used range, protection and (when asked) notes. */
export function queueSheetRead(
  context: Excel.RequestContext,
  sheetName: string,
  options: { readonly notes: boolean; readonly formats?: boolean },
): () => SheetSnapshot {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(false);
  if (options.formats === true) used.load("values,numberFormat,rowIndex,columnIndex");
  else used.load("values,rowIndex,columnIndex");
  sheet.protection.load("protected");
  const notes = options.notes ? sheet.notes : null;
  notes?.load("items/content");
  return () => {
    const extent: RangeRef | null = used.isNullObject
      ? null
      : {
          top: used.rowIndex,
          left: used.columnIndex,
          bottom: used.rowIndex + used.values.length - 1,
          right: used.columnIndex + (used.values[0]?.length ?? 1) - 1,
        };
    const grid: Grid = used.isNullObject
      ? { top: 0, left: 0, values: [] }
      : { top: used.rowIndex, left: used.columnIndex, values: used.values as CellValue[][] };
    return {
      grid,
      extent,
      formats: options.formats === true && !used.isNullObject ? (used.numberFormat as string[][]) : null,
      protected: sheet.protection.protected,
      ownNotes: notes === null ? [] : notes.items.filter((note) => note.content.startsWith(NOTE_MARK)),
      foreignNotes: notes === null ? [] : notes.items.filter((note) => !note.content.startsWith(NOTE_MARK)),
    };
  };
}

/** The layout of a snapshot, or `sheet-missing` when its header row is gone. */
export function layoutOf(snapshot: SheetSnapshot, sheetName: string): SheetReading {
  const reading = readLayout(snapshot.grid);
  if (reading === null) throw new PlanMonitorError("sheet-missing", sheetName);
  return reading;
}

/**
 * The layout of a snapshot read with `formats: true`, its year cells as they show (`63%` typed is stored as 0.63
 * under a percent format), for the reads that check figures. Populate keeps `layoutOf`: it writes values back.
 */
export function figuresLayoutOf(snapshot: SheetSnapshot, sheetName: string): SheetReading {
  const reading = layoutOf(snapshot, sheetName);
  const { formats, grid } = snapshot;
  if (formats === null) return reading;
  return withDisplayedFigures(reading, (row, column) => formats[row - grid.top]?.[column - grid.left]);
}

/**
 * The cells (`C5`) that carry a note a person wrote. A note names its cell only through `getLocation()`, so this
 * costs one more sync, spent only when the sheet has such notes.
 */
export async function locateNotes(
  context: Excel.RequestContext,
  notes: readonly Excel.Note[],
): Promise<ReadonlySet<string>> {
  if (notes.length === 0) return new Set();
  const locations = notes.map((note) => {
    const range = note.getLocation();
    range.load("address");
    return range;
  });
  await context.sync();
  return new Set(locations.map((range) => splitQualified(range.address)?.address ?? range.address));
}
