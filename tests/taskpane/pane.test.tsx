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
import { paneProbe } from "./pane-probe";
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

async function renderWithProbe(sim: Simulator, locale: Locale = "zh-CN") {
  const { Probe, pane } = paneProbe();
  const setup = renderPane({ sim, locale, view: <Probe /> });
  await waitFor(() => expect(pane().loaded).toBe(true));
  return { ...setup, pane };
}

describe("the pane's shared state", () => {
  it("warns of rows kept from the old plan, in English that reads right for one row, until something else is said", async () => {
    const { sim, type } = await populatedSim("en-US");
    const dropped = indicatorNamed("技术市场交易额");
    type(dropped.name, 2016, 430);
    const { pane } = await renderWithProbe(sim, "en-US");

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
});
