/**
 * @jest-environment jsdom
 */
import { act, waitFor } from "@testing-library/react";
import type { Locale } from "../../src/core/messages";
import type { Plan } from "../../src/core/model";
import { populate, simulatorHost } from "../../src/excel";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { createSimulator, type Simulator } from "../../src/workbench/simulator";
import { monitoringSheet } from "../excel/sim";
import { paneProbe, watchSpy, type WatchSpy } from "./pane-probe";
import { renderPane } from "./render-pane";

// The live check waits out its 400 ms debounce over the real adapter: seconds on a busy machine.
jest.setTimeout(30_000);

const PLAN: Plan = (() => {
  const found = builtInPlan(DEFAULT_PLAN_ID);
  if (found === null) throw new Error("default plan missing");
  return found;
})();

function indicatorNamed(name: string) {
  const found = PLAN.indicators.find((indicator) => indicator.name === name);
  if (found === undefined) throw new Error(`no indicator ${name}`);
  return found;
}

/** A populated workbook and a way to type a figure by indicator name and year, as a person does. */
async function populatedSim(locale: Locale = "zh-CN") {
  const sim: Simulator = createSimulator({ userName: "张三" });
  await populate(simulatorHost(sim), PLAN, locale);
  const type = (name: string, year: number, value: string | number): void => {
    const sheet = monitoringSheet(sim);
    const row = sheet.rowsOf(indicatorNamed(name).id)[0];
    const column = sheet.yearColumn(year);
    if (row === undefined || column === null) throw new Error(`no cell for ${name} ${year}`);
    expect(sim.user.edit(sheet.name, sheet.address(row, column), value)).toEqual({ ok: true });
  };
  return { sim, type };
}

/** Long enough for a live re-check (400 ms after the last change) to have reported, with room for a slow machine. */
const QUIET_MS = 1500;

const pause = (ms: number): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

async function renderWithProbe(sim: Simulator, options: { locale?: Locale; watches?: WatchSpy } = {}) {
  const { Probe, pane } = paneProbe();
  const setup = renderPane({
    sim,
    locale: options.locale ?? "zh-CN",
    view: <Probe />,
    ...(options.watches === undefined ? {} : { wrapWorkbook: options.watches.wrap }),
  });
  await waitFor(() => expect(pane().loaded).toBe(true));
  return { ...setup, pane };
}

describe("the pane's shared state", () => {
  it("warns of rows kept from the old plan, in English that reads right for one row, until something else is said", async () => {
    const { sim, type } = await populatedSim("en-US");
    const dropped = indicatorNamed("技术市场交易额");
    type(dropped.name, 2016, 430);
    const { pane } = await renderWithProbe(sim, { locale: "en-US" });

    const revised: Plan = { ...PLAN, indicators: PLAN.indicators.filter((indicator) => indicator.id !== dropped.id) };
    expect(await act(() => pane().populate(revised))).toBe(true);
    const kept = {
      intent: "warning",
      text:
        `Monitoring sheet “${monitoringSheet(sim).name}” is ready: ${revised.indicators.length} indicators. ` +
        "Rows of earlier figures whose indicators the plan no longer has, kept at the end: 1.",
    };
    expect(pane().notice).toEqual(kept);

    // Checking and going to a cell have nothing to say: the warning stays until it is dismissed or replaced.
    expect(await act(() => pane().check())).toBe(true);
    const [cell] = pane().checked?.addresses.values() ?? [];
    if (cell === undefined) throw new Error("the check gave no cell to go to");
    expect(await act(() => pane().goTo(cell))).toBe(true);
    expect(pane().notice).toEqual(kept);
  });

  it("runs one live watcher however quickly it is switched on, off and on, and none once it is off", async () => {
    const { sim, type } = await populatedSim();
    const watches = watchSpy();
    const { pane } = await renderWithProbe(sim, { watches });
    await act(() => pane().check());

    await act(async () => {
      const { setLive } = pane();
      await Promise.all([setLive(true), setLive(false), setLive(true)]);
    });
    expect(pane().live).toBe(true);
    expect(watches.running()).toBe(1);

    type("全社会R&D经费支出占GDP的比重", 2016, "待统计");
    await waitFor(() => expect(watches.counts.reported).toBe(1), { timeout: 10_000 });
    await pause(QUIET_MS);
    expect(watches.counts.reported).toBe(1);
    expect(pane().checked?.findings.map((located) => located.finding.code)).toContain("unreadable-figure");

    await act(() => pane().setLive(false));
    expect(pane().live).toBe(false);
    expect(watches.running()).toBe(0);
    type("全社会R&D经费支出占GDP的比重", 2017, "待统计");
    await pause(QUIET_MS);
    expect(watches.counts.reported).toBe(1);
  });

  it("stops a watcher that finishes starting after live check was switched off", async () => {
    const { sim } = await populatedSim();
    const watches = watchSpy();
    const { pane } = await renderWithProbe(sim, { watches });
    await act(() => pane().check());
    watches.holdStarts();
    let starting: Promise<void> = Promise.resolve();
    act(() => {
      starting = pane().setLive(true);
    });
    expect(pane().liveStarting).toBe(true);
    await act(() => pane().setLive(false));
    watches.releaseStarts();
    await act(() => starting);
    expect(pane().live).toBe(false);
    expect(pane().liveStarting).toBe(false);
    expect(watches.counts.started).toBe(1);
    expect(watches.running()).toBe(0);
  });

  it("stops a watcher that finishes starting after the pane closed", async () => {
    const { sim, type } = await populatedSim();
    const watches = watchSpy();
    const { pane, unmount } = await renderWithProbe(sim, { watches });
    await act(() => pane().check());
    watches.holdStarts();
    let starting: Promise<void> = Promise.resolve();
    act(() => {
      starting = pane().setLive(true);
    });
    unmount();
    watches.releaseStarts();
    await starting;
    await waitFor(() => expect(watches.counts.started).toBe(1));
    expect(watches.running()).toBe(0);
    type("全社会R&D经费支出占GDP的比重", 2016, "待统计");
    await pause(QUIET_MS);
    expect(watches.counts.reported).toBe(0);
  });

  it("says so on the message bar when switching live check off fails, and drops the failure quietly once the pane is closed", async () => {
    const { sim } = await populatedSim();
    const watches = watchSpy();
    const { pane, workbook, unmount } = await renderWithProbe(sim, { watches });
    await act(() => pane().check());
    await act(() => pane().setLive(true));
    expect(pane().live).toBe(true);
    const failure = new Error("the handler could not be removed");
    watches.failStops(failure);
    await act(() => pane().setLive(false));
    expect(pane().live).toBe(false);
    expect(pane().notice).toEqual({ intent: "error", text: workbook.describe(failure) });

    // Closing the pane while live: the failed stop has nowhere to go. Jest fails a test whose promise rejection
    // goes unhandled, so this shows it is caught.
    await act(() => pane().setLive(true));
    expect(watches.running()).toBe(1);
    unmount();
    await waitFor(() => expect(watches.running()).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
