/**
 * Entry of workbench.html: the simulated Excel and the production task pane side by side. Never part of the
 * add-in's bundle (webpack's `taskpane` entry does not reach this folder; `tests/e2e/run.mjs` checks the build).
 */
import { createRoot } from "react-dom/client";
import { WORKBENCH_FLAG } from "../../excel/host";
import { BUILT_IN_CATALOGS } from "../../plans";
import { WorkbenchSession, type WorkbenchStorage } from "./session";
import { Workbench } from "./Workbench";

/**
 * The workbench plays Excel on the web with Microsoft 365, which is where most people will first try the add-in:
 * it supports ExcelApi 1.18, so the pane shows everything it can (findings as cell notes included). Older hosts are
 * covered by the adapter's tests; `?ExcelApi=1.14` tries the pane as Office 2021 would run it.
 */
export const DEFAULT_EXCEL_API = "1.18";

function requestedExcelApi(search: string): string {
  const asked = new URLSearchParams(search).get("ExcelApi");
  return asked !== null && /^1\.\d{1,2}$/u.test(asked) ? asked : DEFAULT_EXCEL_API;
}

/** `localStorage`, or null where the browser refuses it (reading the property itself throws then). */
function browserStorage(): WorkbenchStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const container = document.getElementById("root");
if (container === null) throw new Error("workbench.html lacks its #root element");
// The pane's host detection must see the workbench before anything of the pane runs.
(globalThis as Record<string, unknown>)[WORKBENCH_FLAG] = true;
const session = new WorkbenchSession({
  storage: browserStorage(),
  requirementSets: { ExcelApi: requestedExcelApi(window.location.search) },
});
createRoot(container).render(<Workbench session={session} plans={BUILT_IN_CATALOGS} />);
