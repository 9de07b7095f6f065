/**
 * Where the task pane is running: inside Excel, inside our browser workbench (the simulator stands in for Excel),
 * or in a plain browser tab where no workbook is reachable.
 *
 * Office says which host it is in (`Office.context.host`, "Excel" for `Office.HostType.Excel`) once it is ready.
 * `@microsoft/office-js-helpers` answered this before; it added ~55 KB of minified startup code for one
 * comparison, so the pane now asks Office directly.
 */
export type HostKind = "excel" | "workbench" | "browser";

/** The workbench sets this flag on `globalThis` before the task pane starts. */
export const WORKBENCH_FLAG = "__planMonitorWorkbench";

export function detectHost(
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): HostKind {
  if (scope[WORKBENCH_FLAG] === true) return "workbench";
  if (typeof Office === "undefined") return "browser";
  // Outside an Office host (office.js loaded in a plain tab), `context.host` is null.
  return (Office.context as { host?: unknown } | undefined)?.host === "Excel" ? "excel" : "browser";
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

/** Office's theme colours (`Office.context.officeTheme`), or null where the host does not report them. */
export function officeThemeColors(): OfficeThemeColors | null {
  if (typeof Office === "undefined") return null;
  // Hosts without themes leave it undefined; some older ones throw on reading it. Either way: no theme.
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = Office.context?.officeTheme;
  } catch {
    return null;
  }
  if (theme === undefined || theme === null) return null;
  return {
    bodyBackgroundColor: theme.bodyBackgroundColor,
    bodyForegroundColor: theme.bodyForegroundColor,
    controlBackgroundColor: theme.controlBackgroundColor,
    controlForegroundColor: theme.controlForegroundColor,
  };
}

/** The colours of Office's current theme, as `#rrggbb` strings. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}
