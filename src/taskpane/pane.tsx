/**
 * The pane's shared state and the actions every view uses: which plan the workbook monitors, the last check,
 * what is running, and the one message bar. Each action runs through `perform`, so a failure always reaches the
 * message bar as a sentence the user can act on, and nothing runs twice at once.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Locale } from "../core/messages";
import type { Plan } from "../core/model";
import { countRows, type Summary } from "../core/summary";
import { fill, paneText, type PaneText } from "./strings";
import type {
  CheckResult,
  ExplanationInput,
  PaneWorkbook,
  ReviewInput,
  Watcher,
  WatchUpdate,
  WorkbookOverview,
} from "./workbook";

export type Notice = { readonly intent: "error" | "success" | "warning" | "info"; readonly text: string };

/** What is running, for the progress bar: a label in the pane's language. */
export type Busy = { readonly label: string } | null;

export interface Pane {
  readonly locale: Locale;
  readonly text: PaneText;
  /** Null outside Excel (a plain browser tab): views explain and disable their actions. */
  readonly workbook: PaneWorkbook | null;
  /** The plan the workbook monitors; null before the first populate (and while loading: see `loaded`). */
  readonly overview: WorkbookOverview | null;
  readonly loaded: boolean;
  /** The last check, kept current by the live check; null until one ran since the pane opened or populated. */
  readonly checked: CheckResult | null;
  readonly busy: Busy;
  readonly notice: Notice | null;
  readonly live: boolean;
  /** Live check is being switched on (it takes a moment): the switch holds still until it is on. */
  readonly liveStarting: boolean;
  dismissNotice(): void;
  notify(notice: Notice): void;
  populate(plan: Plan): Promise<boolean>;
  check(): Promise<boolean>;
  goTo(address: string): Promise<boolean>;
  saveExplanation(input: ExplanationInput): Promise<boolean>;
  saveReview(input: ReviewInput): Promise<boolean>;
  setUserName(name: string): Promise<boolean>;
  /**
   * Checks the workbook now and gives its summary (null when the check failed or something else was running):
   * what exports must use, since figures may have changed in Excel since the last check.
   */
  freshSummary(): Promise<Summary | null>;
  writeSummarySheet(summary: Summary): Promise<boolean>;
  /** Switches the live check; a failure goes to the message bar. */
  setLive(on: boolean): Promise<void>;
}

const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (pane === null) throw new Error("usePane outside <PaneProvider>");
  return pane;
}

/**
 * A live re-check replaces the rows, findings and cell addresses of the indicators it covered and recounts:
 * people may have sorted the sheet, so the addresses of the last full check no longer hold for those rows.
 */
export function mergeUpdate(checked: CheckResult, update: WatchUpdate): CheckResult {
  const updated = new Map(update.rows.map((row) => [row.indicatorId, row]));
  const rows = checked.summary.rows.map((row) => updated.get(row.indicatorId) ?? row);
  const findings = [
    ...checked.findings.filter((located) => !updated.has(located.finding.indicatorId)),
    ...update.findings,
  ];
  const addresses = new Map([...checked.addresses, ...update.addresses]);
  return { findings, addresses, summary: { ...checked.summary, rows, counts: countRows(rows) } };
}

/**
 * The live check's watcher. Starting one takes two syncs, so an "on" is under way for a while: another "on"
 * waits for it, and an "off" or the pane closing meanwhile makes it stop its watcher as soon as it has one.
 * Stopping can fail (Excel refuses to remove the handler); `stop` rejects then, for the caller to report.
 */
function useLiveWatcher(
  workbook: PaneWorkbook | null,
  deliver: (update: WatchUpdate) => void,
  report: (error: unknown) => void,
) {
  const [live, setLive] = useState(false);
  const [starting, setStarting] = useState(false);
  const watcher = useRef<Watcher | null>(null);
  const pending = useRef<Promise<void> | null>(null);
  // Bumped by every "off" and by closing: a watcher started under an older generation is not wanted any more.
  const generation = useRef(0);

  const stop = useCallback(async (): Promise<void> => {
    generation.current += 1;
    pending.current = null;
    setStarting(false);
    setLive(false);
    const stopping = watcher.current;
    watcher.current = null;
    await stopping?.stop();
  }, []);

  const start = useCallback((): Promise<void> => {
    if (workbook === null || watcher.current !== null) return Promise.resolve();
    if (pending.current !== null) return pending.current;
    const mine = generation.current;
    const wanted = (): boolean => generation.current === mine;
    const run = async (): Promise<void> => {
      try {
        const started = await workbook.watch((update) => {
          if (wanted()) deliver(update);
        }, report);
        if (!wanted()) return await started.stop();
        watcher.current = started;
        setLive(true);
      } finally {
        if (wanted()) {
          pending.current = null;
          setStarting(false);
        }
      }
    };
    setStarting(true);
    // Begun on the next microtask, so `pending` is set before the start can end (even by a synchronous throw).
    pending.current = Promise.resolve().then(run).catch(report);
    return pending.current;
  }, [workbook, deliver, report]);

  useEffect(
    () => () => {
      generation.current += 1;
      // The pane is gone, and with it the message bar that could tell of a failed stop: nothing is left to show it.
      watcher.current?.stop().catch(() => undefined);
      watcher.current = null;
    },
    [],
  );

  return { live, starting, start, stop };
}

export interface PaneProviderProps {
  readonly locale: Locale;
  readonly workbook: PaneWorkbook | null;
  readonly children: ReactNode;
}

export function PaneProvider({ locale, workbook, children }: PaneProviderProps) {
  const text = paneText(locale);
  const [overview, setOverview] = useState<WorkbookOverview | null>(null);
  const [loaded, setLoaded] = useState(workbook === null);
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);
  // `performance.now()` when the last full check's result came (the clock of `WatchUpdate.startedAt`).
  const lastFullCheck = useRef(Number.NEGATIVE_INFINITY);

  const deliver = useCallback((update: WatchUpdate) => {
    // A re-check begun before the last full check finished read older figures and review entries than those on
    // screen: merged, it would bring back as missing an explanation saved a moment ago.
    if (update.startedAt < lastFullCheck.current) return;
    setChecked((previous) => (previous === null ? previous : mergeUpdate(previous, update)));
  }, []);
  const report = useCallback(
    (error: unknown) => {
      if (workbook !== null) setNotice({ intent: "error", text: workbook.describe(error) });
    },
    [workbook],
  );
  const { live, starting: liveStarting, start: startLive, stop: stopLive } = useLiveWatcher(workbook, deliver, report);

  const perform = useCallback(
    async (label: string, action: (workbook: PaneWorkbook) => Promise<Notice | null>): Promise<boolean> => {
      if (workbook === null || running.current) return false;
      running.current = true;
      setBusy({ label });
      try {
        const done = await action(workbook);
        // An action with nothing to say leaves the bar alone: a warning from populate must outlive the next click.
        if (done !== null) setNotice(done);
        return true;
      } catch (error) {
        setNotice({ intent: "error", text: workbook.describe(error) });
        return false;
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [workbook],
  );

  useEffect(() => {
    if (workbook === null) return;
    let current = true;
    workbook.overview().then(
      (found) => {
        if (!current) return;
        setOverview(found);
        setLoaded(true);
      },
      (error: unknown) => {
        if (!current) return;
        setLoaded(true);
        setNotice({ intent: "error", text: workbook.describe(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [workbook]);

  const pane = useMemo<Pane>(() => {
    const checkAndReload = async (wb: PaneWorkbook): Promise<CheckResult> => {
      const result = await wb.check();
      lastFullCheck.current = performance.now();
      setChecked(result);
      setOverview(await wb.overview());
      return result;
    };
    return {
      locale,
      text,
      workbook,
      overview,
      loaded,
      checked,
      busy,
      notice,
      live,
      liveStarting,
      dismissNotice: () => setNotice(null),
      notify: setNotice,
      populate: (plan) =>
        perform(text.busy.populate, async (wb) => {
          await stopLive();
          const result = await wb.populate(plan);
          setOverview(await wb.overview());
          setChecked(null);
          const ready = fill(text.populated, { sheet: result.sheetName, count: result.indicators });
          // Rows of figures the new plan no longer asks for are worth a second look, so they stand out as a warning.
          return result.keptRows > 0
            ? { intent: "warning", text: ready + fill(text.keptRows, { count: result.keptRows }) }
            : { intent: "success", text: ready };
        }),
      check: () =>
        perform(text.busy.check, async (wb) => {
          await checkAndReload(wb);
          return null;
        }),
      freshSummary: async () => {
        let fresh: Summary | null = null;
        const checked = await perform(text.busy.check, async (wb) => {
          fresh = (await checkAndReload(wb)).summary;
          return null;
        });
        return checked ? fresh : null;
      },
      goTo: (address) =>
        perform(text.busy.goTo, async (wb) => {
          await wb.goTo(address);
          return null;
        }),
      saveExplanation: (input) =>
        perform(text.busy.save, async (wb) => {
          await wb.saveExplanation(input);
          await checkAndReload(wb);
          return { intent: "success", text: text.explanationSaved };
        }),
      saveReview: (input) =>
        perform(text.busy.save, async (wb) => {
          await wb.saveReview(input);
          await checkAndReload(wb);
          return { intent: "success", text: text.reviewSaved };
        }),
      setUserName: (name) =>
        perform(text.busy.save, async (wb) => {
          await wb.setUserName(name);
          setOverview(await wb.overview());
          return null;
        }),
      writeSummarySheet: (summary) =>
        perform(text.busy.summarySheet, async (wb) => {
          const sheet = await wb.writeSummarySheet(summary);
          return { intent: "success", text: fill(text.summaryWritten, { sheet }) };
        }),
      setLive: async (on) => {
        try {
          await (on ? startLive() : stopLive());
        } catch (error) {
          report(error);
        }
      },
    };
  }, [
    locale,
    text,
    workbook,
    overview,
    loaded,
    checked,
    busy,
    notice,
    live,
    liveStarting,
    startLive,
    stopLive,
    report,
    perform,
  ]);

  return <PaneContext.Provider value={pane}>{children}</PaneContext.Provider>;
}
