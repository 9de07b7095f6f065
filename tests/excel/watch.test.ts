/**
 * Checking while people type: only the changed rows are re-checked, once per burst of changes, and our own
 * writes never set off another check.
 */
import type { Indicator } from "../../src/core/model";
import { check, populate, watch, type Timer, type WatchUpdate } from "../../src/excel";
import { changedRows } from "../../src/excel/watch";
import { FILLS } from "../../src/core/workbook/writes";
import { cellKey } from "../../src/core/review";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { indicatorAt, monitoringSheet, setup } from "./sim";

const contribution = indicatorAt(CHENGDU_13, 0);
const patents = indicatorAt(CHENGDU_13, 3);

/** A timer the test fires by hand. */
function manualTimer(): Timer & { readonly pending: () => number; fire(): void } {
  let callbacks = new Map<number, () => void>();
  let next = 1;
  return {
    set: (callback) => {
      callbacks.set(next, callback);
      return next++;
    },
    clear: (handle) => {
      callbacks.delete(handle as number);
    },
    pending: () => callbacks.size,
    fire: () => {
      const due = [...callbacks.values()];
      callbacks = new Map();
      for (const callback of due) callback();
    },
  };
}

async function watching(options: { readonly sets?: Record<string, string> } = {}) {
  const { sim, host } = setup(options.sets === undefined ? {} : { requirementSets: options.sets });
  await populate(host, CHENGDU_13, "zh-CN");
  const sheet = monitoringSheet(sim);
  const at = (indicator: Indicator, year: number): string =>
    sheet.address(sheet.rowsOf(indicator.id)[0] ?? 0, sheet.yearColumn(year) ?? 0);
  sim.user.edit(sheet.name, at(contribution, 2016), 63);
  sim.user.edit(sheet.name, at(contribution, 2017), "待统计");
  await check(host, "zh-CN");
  await sim.settle();

  const timer = manualTimer();
  const updates: WatchUpdate[] = [];
  const errors: unknown[] = [];
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
        errors.push(error);
        arrived();
      },
      timer,
      delayMs: 300,
    },
  );
  /** Fires the debounce timer and waits for the re-check to report. */
  const recheck = async (): Promise<void> => {
    const done = new Promise<void>((resolve) => (arrived = resolve));
    timer.fire();
    await done;
  };
  return { sim, host, sheet, at, timer, updates, errors, watcher, recheck };
}

describe("watch", () => {
  it("re-checks only the row that changed, in 3 syncs, after the burst of typing is over", async () => {
    const { sim, sheet, at, timer, updates, recheck, watcher } = await watching();
    expect(sim.workbook.cell(sheet.name, at(contribution, 2017))?.fill).toBe(FILLS.error);

    expect(sim.user.edit(sheet.name, at(contribution, 2017), "64")).toEqual({ ok: true });
    expect(sim.user.edit(sheet.name, at(contribution, 2017), "64.5")).toEqual({ ok: true });
    await sim.settle();
    expect(timer.pending()).toBe(1);

    sim.stats.reset();
    await recheck();
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.rows.map((row) => row.indicatorId)).toEqual([contribution.id]);
    expect(sim.workbook.cell(sheet.name, at(contribution, 2017))?.fill).not.toBe(FILLS.error);

    // Our writes raise nothing that would start another check.
    await sim.settle();
    expect(timer.pending()).toBe(0);
    await watcher.stop();
  });

  it("re-reads a pasted block (no details) and re-checks every row it covers", async () => {
    const { sim, sheet, at, updates, recheck, watcher } = await watching();
    expect(sim.user.paste(sheet.name, at(patents, 2016), [[22000, "约25000"]])).toEqual({ ok: true });
    expect(sim.user.paste(sheet.name, at(contribution, 2018), [["待统计"]])).toEqual({ ok: true });
    await sim.settle();
    await recheck();
    expect(new Set(updates[0]?.rows.map((row) => row.indicatorId))).toEqual(new Set([contribution.id, patents.id]));
    expect(
      updates[0]?.findings.some((f) => f.finding.indicatorId === patents.id && f.finding.code === "approximate-figure"),
    ).toBe(true);
    expect(sim.workbook.cell(sheet.name, at(patents, 2017))?.fill).toBe(FILLS.warning);
    expect(sim.workbook.cell(sheet.name, at(contribution, 2018))?.fill).toBe(FILLS.error);
    await watcher.stop();
  });

  it("gives the cells of the re-checked rows where they are now, after people sort the sheet", async () => {
    const { sim, host, sheet, at, updates, recheck, watcher } = await watching();
    const key = cellKey(contribution.id, 2017);
    const before = (await check(host, "zh-CN")).addresses.get(key);
    await sim.settle();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.name).protection.unprotect();
      await context.sync();
    });
    // By name, descending: every plan row moves.
    expect(sim.user.sortRows(sheet.name, sheet.headerRow + 1, sheet.lastRow, "B", false)).toEqual({ ok: true });
    await sim.settle();
    await recheck();

    expect(updates).toHaveLength(1);
    const sorted = monitoringSheet(sim);
    const now = `${sheet.name}!${sorted.address(sorted.rowsOf(contribution.id)[0] ?? 0, sorted.yearColumn(2017) ?? 0)}`;
    expect(now).not.toBe(before);
    expect(now).not.toBe(`${sheet.name}!${at(contribution, 2017)}`);
    expect(updates[0]?.addresses.get(key)).toBe(now);
    await watcher.stop();
    expect((await check(host, "zh-CN")).addresses.get(key)).toBe(now);
  });

  it("stamps an update with when its re-check began, on the clock of performance.now()", async () => {
    const { sim, sheet, at, updates, recheck, watcher } = await watching();
    expect(sim.user.edit(sheet.name, at(patents, 2016), 21000)).toEqual({ ok: true });
    await sim.settle();
    const before = performance.now();
    await recheck();
    const after = performance.now();
    expect(updates[0]?.startedAt).toBeGreaterThanOrEqual(before);
    expect(updates[0]?.startedAt).toBeLessThanOrEqual(after);
    await watcher.stop();
  });

  it("ignores changes outside the year columns", async () => {
    const { sim, sheet, timer, watcher } = await watching();
    const row = sheet.rowsOf(patents.id)[0] ?? 0;
    expect(sim.user.edit(sheet.name, sheet.address(row, sheet.column("审核说明") ?? 0), "说明")).toEqual({ ok: true });
    await sim.settle();
    expect(timer.pending()).toBe(0);
    await watcher.stop();
  });

  it("hears nothing after stop", async () => {
    const { sim, at, sheet, timer, watcher } = await watching();
    await watcher.stop();
    expect(sim.user.edit(sheet.name, at(patents, 2016), 1)).toEqual({ ok: true });
    await sim.settle();
    expect(timer.pending()).toBe(0);
  });

  it("hands a failed re-check to onError", async () => {
    const { sim, at, sheet, errors, updates, recheck, watcher } = await watching();
    expect(sim.user.edit(sheet.name, at(patents, 2016), 1)).toEqual({ ok: true });
    await sim.settle();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.name).delete();
      await context.sync();
    });
    await recheck();
    expect(updates).toHaveLength(0);
    expect(errors).toEqual([expect.objectContaining({ code: "sheet-missing" })]);
    await watcher.stop();
  });

  it("works on ExcelApi 1.8, where events carry no triggerSource", async () => {
    const { sim, host, at, sheet, updates, recheck, timer, watcher } = await watching({ sets: { ExcelApi: "1.8" } });
    expect(sim.user.edit(sheet.name, at(patents, 2016), "2.2万")).toEqual({ ok: true });
    await sim.settle();
    await recheck();
    expect(updates[0]?.rows.map((row) => row.indicatorId)).toEqual([patents.id]);
    await sim.settle();
    expect(timer.pending()).toBe(0);
    // Rewriting the whole sheet, figures included, is our write too: no re-check follows.
    await populate(host, CHENGDU_13, "zh-CN");
    await sim.settle();
    expect(timer.pending()).toBe(0);
    await watcher.stop();
  });
});

describe("the rows a change names", () => {
  it.each([
    ["J6", [{ top: 5, left: 9, bottom: 5, right: 9 }]],
    ["A6:XFD7", [{ top: 5, left: 0, bottom: 6, right: 16383 }]],
    ["B6", []],
    ["J6:K7,B9", [{ top: 5, left: 9, bottom: 6, right: 10 }]],
    ["J:J", [{ top: 0, left: 9, bottom: 100, right: 9 }]],
  ])("%s", (address, rows) => {
    expect(changedRows(address, [8, 9, 10, 11, 12, 13], 100)).toEqual(rows);
  });
});
