/**
 * Test helpers for the pane's shared state: the pane as the views see it, and a spy on the live check.
 */
import { usePane, type Pane } from "../../src/taskpane/pane";
import type { PaneWorkbook } from "../../src/taskpane/workbook";

/** The pane as the views see it, read through `usePane` by a component that renders nothing. */
export function paneProbe() {
  let latest: Pane | null = null;
  function Probe() {
    latest = usePane();
    return null;
  }
  /** The pane as of the last render. */
  const pane = (): Pane => {
    if (latest === null) throw new Error("the probe has not rendered");
    return latest;
  };
  return { Probe, pane };
}

/** A gate a test opens: while shut, `pass` waits. */
function gate() {
  let shut = false;
  let open: () => void = () => undefined;
  let opened = Promise.resolve();
  return {
    shut: () => {
      shut = true;
      opened = new Promise((resolve) => (open = resolve));
    },
    open: () => {
      shut = false;
      open();
    },
    pass: (): Promise<void> => (shut ? opened : Promise.resolve()),
  };
}

/**
 * Watches the live check through the pane's workbook: how many watchers run, how many re-checks they reported,
 * and gates to hold a watcher's start or its reports back, as a slow Excel would.
 */
export function watchSpy() {
  const counts = { started: 0, stopped: 0, reported: 0 };
  const starts = gate();
  const reports = gate();
  let failStops: unknown = null;
  const wrap = (workbook: PaneWorkbook): PaneWorkbook => ({
    ...workbook,
    watch: async (onChecked, onError) => {
      await starts.pass();
      const watcher = await workbook.watch((update) => {
        counts.reported += 1;
        void reports.pass().then(() => onChecked(update));
      }, onError);
      counts.started += 1;
      return {
        stop: async () => {
          await watcher.stop();
          counts.stopped += 1;
          // The simulator has no way to make unregistering fail, so the failure is added after a real stop.
          if (failStops !== null) throw failStops;
        },
      };
    },
  });
  return {
    wrap,
    counts,
    /** Watchers registered and not stopped. */
    running: () => counts.started - counts.stopped,
    holdStarts: starts.shut,
    releaseStarts: starts.open,
    holdReports: reports.shut,
    releaseReports: reports.open,
    failStops: (error: unknown) => {
      failStops = error;
    },
  };
}
export type WatchSpy = ReturnType<typeof watchSpy>;
