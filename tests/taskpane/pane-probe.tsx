/**
 * The pane as the views see it, read through `usePane` by a component that renders nothing: for tests of the
 * pane's shared state and of what a view's actions did to it.
 */
import { usePane, type Pane } from "../../src/taskpane/pane";

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
