import { HostType, Utilities } from "@microsoft/office-js-helpers";

/**
 * Where the task pane is running: inside Excel, inside our browser workbench (the simulator stands in for Excel),
 * or in a plain browser tab where no workbook is reachable.
 *
 * This is the one place that uses `@microsoft/office-js-helpers`: it dates from 2018, so its age must not leak.
 */
export type HostKind = "excel" | "workbench" | "browser";

/** The workbench sets this flag on `globalThis` before the task pane starts. */
export const WORKBENCH_FLAG = "__planMonitorWorkbench";

export function detectHost(
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): HostKind {
  if (scope[WORKBENCH_FLAG] === true) return "workbench";
  if (typeof Office === "undefined") return "browser";
  return Utilities.host === HostType.EXCEL ? "excel" : "browser";
}

/**
 * Office's display language (e.g. `zh-CN`, `en-US`), or the browser's outside Office.
 * Read only after `Office.onReady` resolved, when `Office.context` exists.
 */
export function displayLanguage(): string | undefined {
  if (typeof Office !== "undefined" && Office.context?.displayLanguage) return Office.context.displayLanguage;
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

/** Resolves once Office is ready, or at once when office.js is absent (plain browser, office.js blocked). */
export async function officeReady(): Promise<void> {
  if (typeof Office === "undefined") return;
  await Office.onReady();
}
