/**
 * Renders the workbench page over a session with in-memory storage, as the page runs in a browser.
 */
import { act, render, type RenderResult } from "@testing-library/react";
import { BUILT_IN_CATALOGS } from "../../src/plans";
import type { WorkbenchSession } from "../../src/workbench/page/session";
import { Workbench } from "../../src/workbench/page/Workbench";
import { openSession } from "./page-storage";

export { MemoryStorage, openSession } from "./page-storage";

export interface WorkbenchSetup extends RenderResult {
  readonly session: WorkbenchSession;
  /**
   * Unmounts the page inside act: the pane's own root is unmounted a microtask after the page's, which RTL's
   * automatic cleanup would leave outside act. Call it in an `afterEach` inside a `describe`, which runs before
   * RTL's top-level cleanup.
   */
  close(): Promise<void>;
}

export function renderWorkbench(session: WorkbenchSession = openSession()): WorkbenchSetup {
  const result = render(<Workbench session={session} plans={BUILT_IN_CATALOGS} />);
  return { ...result, session, close: () => act(async () => result.unmount()) };
}
