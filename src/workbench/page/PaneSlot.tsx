import { useEffect, useRef } from "react";
import type { Locale } from "../../core/messages";
import type { ExcelHost } from "../../excel";
import { WORKBENCH_FLAG } from "../../excel/host";
import type { Catalog } from "../../plans";
import { mountPane } from "../../taskpane/mount";

export interface PaneSlotProps {
  readonly host: ExcelHost;
  readonly locale: Locale;
  readonly plans: readonly Catalog[];
  readonly className?: string;
}

/**
 * Where the production task pane runs, mounted by the same `mountPane` the add-in's entry calls, in a React root
 * of its own as Excel gives it a page of its own. A new host or language remounts it, as reopening the pane would.
 */
export function PaneSlot({ host, locale, plans, className }: PaneSlotProps) {
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = slot.current;
    if (container === null) return;
    (globalThis as Record<string, unknown>)[WORKBENCH_FLAG] = true;
    // Each mount gets a fresh node, since the previous root is unmounted only after this render has finished.
    const node = document.createElement("div");
    container.append(node);
    const root = mountPane(node, { locale, host, plans });
    return () => {
      // React refuses to unmount a root while it commits another; the old pane goes just after this commit.
      queueMicrotask(() => {
        root.unmount();
        node.remove();
      });
    };
  }, [host, locale, plans]);
  return <div ref={slot} className={className} />;
}
