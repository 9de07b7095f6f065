import type { ExcelHost } from "../../excel";

/**
 * The host the pane runs on, telling `onSettled` after each of its batches has finished (resolved or failed).
 *
 * The simulator has no change listener, and needs none: everything that changes the workbook is either a batch of
 * the add-in (all of them pass through `run` or `resume`, event handlers' re-checks included) or a person's action,
 * which the page makes itself. So wrapping the host is enough to keep the grid current, and the pane keeps
 * running exactly the code it runs in Excel.
 */
export function observedHost(host: ExcelHost, onSettled: () => void): ExcelHost {
  async function settled<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } finally {
      onSettled();
    }
  }
  return {
    run: (batch) => settled(host.run(batch)),
    resume: (context, batch) => settled(host.resume(context, batch)),
    isSetSupported: (set, version) => host.isSetSupported(set, version),
    userName: () => host.userName(),
  };
}
