import { FluentProvider, type Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { Locale } from "../core/messages";
import type { ExcelHost } from "../excel";
import type { Catalog } from "../plans";
import { App } from "./App";
import { PaneProvider } from "./pane";
import { planMonitorTheme } from "./theme";
import { paneWorkbook } from "./workbook";

export interface MountOptions {
  readonly locale: Locale;
  /** Excel, or the simulator in the workbench; null in a plain browser tab. */
  readonly host: ExcelHost | null;
  readonly plans: readonly Catalog[];
  /** The pane's theme; Fluent's light one with CJK fonts when left out. */
  readonly theme?: Theme;
}

/** Renders the production pane into `container`: the add-in's entry and the workbench both call this. */
export function mountPane(container: HTMLElement, { locale, host, plans, theme }: MountOptions): Root {
  document.documentElement.lang = locale;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={theme ?? planMonitorTheme}>
      <PaneProvider locale={locale} workbook={host === null ? null : paneWorkbook(host, locale)}>
        <App plans={plans} />
      </PaneProvider>
    </FluentProvider>,
  );
  return root;
}
