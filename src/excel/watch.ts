/**
 * User action: keep checking while people type. Registers `onChanged` on the monitoring sheet and, shortly after
 * the last change (debounced), re-checks only the rows that changed: their status cells, fills and notes.
 * Our own writes raise no events (`applyWrites` turns events off while it writes), and on ExcelApi 1.14 an event
 * Excel marks as ours (`triggerSource`) is skipped as well.
 */
import type { Locale } from "../core/messages";
import type { SummaryRow } from "../core/summary";
import { cellAddress, parseRange, type RangeRef } from "../core/workbook/a1";
import { checkSheet, type LocatedFinding } from "./check";
import { OPTIONAL_SETS, type ExcelHost } from "./excel-host";
import { firstRows, type SheetColumns } from "../core/workbook/sheet-reading";
import { figuresLayoutOf, layoutOf, locateNotes, NOTE_MARK, openState, queueSheetRead } from "./workbook-read";
import { applyWrites } from "./write-ops";

export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface WatchOptions {
  readonly locale: Locale;
  /** Receives what a re-check threw (the task pane shows it with `userMessage`); nothing is swallowed. */
  readonly onError: (error: unknown) => void;
  /** Quiet time after the last change before re-checking; 400 ms when left out. */
  readonly delayMs?: number;
  /** The timer to debounce with; the system's when left out (tests pass a manual one). */
  readonly timer?: Timer;
  readonly reportingYear?: number;
}

export interface WatchUpdate {
  /** The rows re-checked, as the core summarised them. */
  readonly rows: readonly SummaryRow[];
  /** Findings of those rows only. */
  readonly findings: readonly LocatedFinding[];
  /**
   * `cellKey(indicatorId, year)` → `Sheet!C5` for the year cells of those rows, where they are now: people may
   * have sorted the sheet since the last full check.
   */
  readonly addresses: ReadonlyMap<string, string>;
  /**
   * `performance.now()` when the re-check began reading: a full check that finished later saw newer figures and
   * review entries than this update, so the task pane keeps the full check's result.
   */
  readonly startedAt: number;
}

export interface Watcher {
  /** Unregisters the handler, drops a pending re-check and waits for a running one. */
  stop(): Promise<void>;
}

const SYSTEM_TIMER: Timer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Beyond this many year cells to look at for old notes, a re-check covers the whole sheet instead. */
const MAX_NOTE_PROBES = 3000;

/** The changed rows an event names, limited to the rows of the sheet that can hold figures. */
export function changedRows(address: string, yearColumns: readonly number[], lastRow: number): readonly RangeRef[] {
  if (yearColumns.length === 0) return [];
  const left = Math.min(...yearColumns);
  const right = Math.max(...yearColumns);
  return address
    .split(",")
    .map((part) => parseRange(part.trim()))
    .filter((range): range is RangeRef => range !== null && range.left <= right && range.right >= left)
    .map((range) => ({ ...range, bottom: Math.min(range.bottom, lastRow) }))
    .filter((range) => range.top <= range.bottom);
}

/**
 * Starts watching; two syncs (the state, then the layout with the handler registered).
 *
 * @example
 * const watcher = await watch(host, (update) => showFindings(update.findings), { locale: "zh-CN", onError: showError });
 * // … people type …
 * await watcher.stop();
 */
export async function watch(
  host: ExcelHost,
  onChecked: (update: WatchUpdate) => void,
  options: WatchOptions,
): Promise<Watcher> {
  const timer = options.timer ?? SYSTEM_TIMER;
  const delay = options.delayMs ?? 400;
  const notes = host.isSetSupported(OPTIONAL_SETS.notes.set, OPTIONAL_SETS.notes.version);
  let pending: RangeRef[] = [];
  let handle: unknown = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  // Where figures can be: refreshed by every re-check, so rows inserted since are still found.
  let columns: SheetColumns | null = null;
  let lastRow = 0;

  const recheck = async (ranges: readonly RangeRef[]): Promise<void> => {
    const startedAt = performance.now();
    const update = await host.run(async (context) => {
      const { state, monitor } = await openState(context);
      const sheet = context.workbook.worksheets.getItem(monitor.name);
      // Old notes of the changed cells are found by address, before the read, so the re-check stays 3 syncs.
      const yearColumns = [...(columns?.years.values() ?? [])];
      const cells = ranges.flatMap((range) =>
        Array.from({ length: range.bottom - range.top + 1 }, (_, i) => range.top + i).flatMap((row) =>
          yearColumns.map((column) => cellAddress({ row, column })),
        ),
      );
      const wholeSheet = notes && cells.length > MAX_NOTE_PROBES;
      const read = queueSheetRead(context, monitor.name, { notes: wholeSheet, formats: true });
      const probes =
        notes && !wholeSheet
          ? cells.map((address) => {
              const note = sheet.notes.getItemOrNullObject(address);
              note.load("content");
              return { address, note };
            })
          : [];
      await context.sync();
      const snapshot = read();
      const reading = figuresLayoutOf(snapshot, monitor.name);
      columns = reading.columns;
      lastRow = snapshot.extent?.bottom ?? lastRow;

      const inRanges = (row: number): boolean => ranges.some((range) => row >= range.top && row <= range.bottom);
      const only = wholeSheet
        ? null
        : new Set([...firstRows(reading).values()].filter(({ row }) => inRanges(row)).map((row) => row.indicatorId));
      const noted = probes.filter(({ note }) => !note.isNullObject);
      const ours = (content: string): boolean => content.startsWith(NOTE_MARK);
      const outcome = checkSheet(
        state,
        monitor.name,
        reading,
        {
          protected: snapshot.protected,
          ownNotes: wholeSheet
            ? snapshot.ownNotes
            : noted.filter(({ note }) => ours(note.content)).map(({ note }) => note),
          foreignNotes: wholeSheet
            ? await locateNotes(context, snapshot.foreignNotes)
            : new Set(noted.filter(({ note }) => !ours(note.content)).map(({ address }) => address)),
        },
        {
          locale: options.locale,
          notes,
          only,
          ...(options.reportingYear === undefined ? {} : { reportingYear: options.reportingYear }),
        },
      );
      await applyWrites(context, outcome.writes);
      return { rows: outcome.summary.rows, findings: outcome.findings, addresses: outcome.addresses, startedAt };
    });
    if (!stopped) onChecked(update);
  };

  const flush = (): void => {
    handle = null;
    const ranges = pending;
    pending = [];
    if (ranges.length === 0) return;
    running = running.then(() => recheck(ranges)).catch(options.onError);
  };

  const onChanged = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || event.triggerSource === "ThisLocalAddin") return;
    const details = event.details as Excel.ChangedEventDetail | undefined;
    if (details !== undefined && details.valueBefore === details.valueAfter) return;
    const yearColumns = [...(columns?.years.values() ?? [])];
    // A change of whole columns names a million rows; past the last used row (with room for rows inserted
    // since the last read) there is nothing to check.
    const ranges = changedRows(event.address, yearColumns, lastRow + 1000);
    if (ranges.length === 0) return;
    pending = [...pending, ...ranges];
    if (handle !== null) timer.clear(handle);
    handle = timer.set(flush, delay);
  };

  const registration = await host.run(async (context) => {
    const { monitor } = await openState(context);
    const read = queueSheetRead(context, monitor.name, { notes: false });
    const result = context.workbook.worksheets.getItem(monitor.name).onChanged.add(onChanged);
    await context.sync();
    const snapshot = read();
    const reading = layoutOf(snapshot, monitor.name);
    columns = reading.columns;
    lastRow = snapshot.extent?.bottom ?? 0;
    return result;
  });

  return {
    stop: async () => {
      stopped = true;
      if (handle !== null) timer.clear(handle);
      handle = null;
      pending = [];
      await running;
      await host.resume(registration.context as Excel.RequestContext, async (context) => {
        registration.remove();
        await context.sync();
      });
    },
  };
}
