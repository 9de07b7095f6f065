/**
 * Renders the pane, or one of its views, over the simulator: the views talk to the real adapter, which talks to
 * a strict in-memory Excel, so a view test exercises the code that runs in Excel.
 */
import { FluentProvider } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Locale } from "../../src/core/messages";
import { simulatorHost } from "../../src/excel";
import { BUILT_IN_CATALOGS, type Catalog } from "../../src/plans";
import { App } from "../../src/taskpane/App";
import { PaneProvider } from "../../src/taskpane/pane";
import { planMonitorTheme } from "../../src/taskpane/theme";
import { paneWorkbook, type PaneWorkbook } from "../../src/taskpane/workbook";
import { createSimulator, type Simulator, type SimulatorOptions } from "../../src/workbench/simulator";

export interface PaneSetup extends RenderResult {
  readonly sim: Simulator;
  readonly workbook: PaneWorkbook;
}

export interface PaneOptions {
  readonly locale?: Locale;
  readonly simulator?: SimulatorOptions;
  /** A simulator prepared by the test (populated, figures typed); a fresh one when left out. */
  readonly sim?: Simulator;
  readonly plans?: readonly Catalog[];
  /** What to render inside the provider; the whole pane when left out. */
  readonly view?: ReactElement;
  /** Wraps the workbook the pane is given, to see (or hold up) what the pane asks of it. */
  readonly wrapWorkbook?: (workbook: PaneWorkbook) => PaneWorkbook;
}

export function renderPane(options: PaneOptions = {}): PaneSetup {
  const locale = options.locale ?? "zh-CN";
  const sim = options.sim ?? createSimulator({ userName: "张三", ...options.simulator });
  const adapter = paneWorkbook(simulatorHost(sim), locale);
  const workbook = options.wrapWorkbook?.(adapter) ?? adapter;
  const result = render(
    <FluentProvider theme={planMonitorTheme}>
      <PaneProvider locale={locale} workbook={workbook}>
        {options.view ?? <App plans={options.plans ?? BUILT_IN_CATALOGS} />}
      </PaneProvider>
    </FluentProvider>,
  );
  return { ...result, sim, workbook };
}

/** The pane outside Excel: no workbook. */
export function renderDetached(locale: Locale = "zh-CN", view?: ReactElement): RenderResult {
  return render(
    <FluentProvider theme={planMonitorTheme}>
      <PaneProvider locale={locale} workbook={null}>
        {view ?? <App plans={BUILT_IN_CATALOGS} />}
      </PaneProvider>
    </FluentProvider>,
  );
}
