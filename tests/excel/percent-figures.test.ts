/**
 * A figure typed as `63%` is stored by Excel as 0.63 under a percent format; the add-in reads it as the cell shows
 * it, 63%, so a `%` row checks the same as when the person typed 63.
 */
import type { Indicator } from "../../src/core/model";
import { check, populate, readObservations, watch, type WatchUpdate } from "../../src/excel";
import { cellKey } from "../../src/core/review";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { indicatorAt, monitoringSheet, setup } from "./sim";

const contribution = indicatorAt(CHENGDU_13, 0);

async function typed(figures: readonly (readonly [number, string])[]) {
  const { sim, host } = setup();
  await populate(host, CHENGDU_13, "zh-CN");
  const sheet = monitoringSheet(sim);
  const at = (indicator: Indicator, year: number): string =>
    sheet.address(sheet.rowsOf(indicator.id)[0] ?? 0, sheet.yearColumn(year) ?? 0);
  for (const [year, text] of figures)
    expect(sim.user.edit(sheet.name, at(contribution, year), text)).toEqual({ ok: true });
  return { sim, host, sheet, at };
}

/** What a person reads of a check for the row: its findings and status, and the latest figure. */
async function checked(figures: readonly (readonly [number, string])[]) {
  const { host } = await typed(figures);
  const { findings, summary } = await check(host, "zh-CN");
  const row = summary.rows.find((candidate) => candidate.indicatorId === contribution.id);
  return {
    findings: findings
      .filter(({ finding }) => finding.indicatorId === contribution.id)
      .map(({ finding }) => finding.code),
    status: row?.status,
    latest: row?.latest,
  };
}

describe("percent figures", () => {
  it("stores a typed 63% as 0.63 under a percent format, as Excel does", async () => {
    const { sim, sheet, at } = await typed([
      [2016, "63%"],
      [2017, "64.5%"],
    ]);
    expect(sim.workbook.cell(sheet.name, at(contribution, 2016))).toMatchObject({ value: 0.63, numberFormat: "0%" });
    expect(sim.workbook.cell(sheet.name, at(contribution, 2017))).toMatchObject({
      value: 0.645,
      numberFormat: "0.00%",
    });
  });

  it("checks a typed 63% as a typed 63: the same findings, status and latest value", async () => {
    const asPercent = await checked([
      [2016, "63%"],
      [2017, "64.5%"],
    ]);
    const asNumber = await checked([
      [2016, "63"],
      [2017, "64.5"],
    ]);
    expect(asPercent).toEqual(asNumber);
    expect(asPercent.latest).toEqual({ year: 2017, value: 64.5 });
  });

  it("reads the observation as the text the cell shows", async () => {
    const { host } = await typed([[2016, "63%"]]);
    const { observations } = await readObservations(host);
    const observation = observations.find((o) => o.indicatorId === contribution.id && o.year === 2016);
    expect(observation?.input).toBe("63%");
  });

  it("re-checks a percent typed while watching as the number it shows", async () => {
    const { sim, host, sheet, at } = await typed([[2016, "63"]]);
    await check(host, "zh-CN");
    await sim.settle();
    const updates: WatchUpdate[] = [];
    let fire: () => void = () => undefined;
    let arrived: () => void = () => undefined;
    const watcher = await watch(
      host,
      (update) => {
        updates.push(update);
        arrived();
      },
      {
        locale: "zh-CN",
        onError: (error) => {
          throw error;
        },
        timer: { set: (callback) => ((fire = callback), 1), clear: () => undefined },
        delayMs: 300,
      },
    );
    expect(sim.user.edit(sheet.name, at(contribution, 2017), "65%")).toEqual({ ok: true });
    await sim.settle();
    const done = new Promise<void>((resolve) => (arrived = resolve));
    fire();
    await done;
    const row = updates[0]?.rows.find((candidate) => candidate.indicatorId === contribution.id);
    expect(row?.latest).toEqual({ year: 2017, value: 65 });
    expect(updates[0]?.addresses.get(cellKey(contribution.id, 2017))).toBeDefined();
    await watcher.stop();
  });
});
