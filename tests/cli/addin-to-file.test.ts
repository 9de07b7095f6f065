/**
 * Round trip, add-in → file: a workbook the add-in populated and people filled, explained and reviewed in Excel,
 * saved as .xlsx, is recognised by the command line, which finds exactly what the add-in's check finds.
 */
import { check, populate, saveExplanation, saveReview } from "../../src/excel";
import { checkMonitorWorkbook, readMonitorWorkbook } from "../../src/cli/xlsx/read-workbook";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { monitoringSheet, setup } from "../excel/sim";
import { simToXlsx } from "./sim-to-xlsx";
import { comparable, contribution, firms, simCell, TYPED, typeInSim } from "./xlsx-helpers";

const NOW = { now: () => new Date("2021-03-01T08:00:00Z") };

describe("a workbook made by the add-in, read by the command line", () => {
  it("gives the add-in's findings at the same addresses, statuses, and the history of explanations", async () => {
    const { sim, host } = setup({ userName: "李四" });
    await populate(host, CHENGDU_13, "zh-CN");
    typeInSim(sim, TYPED);
    const before = await check(host, "zh-CN");
    const warned = before.findings.find((located) => located.finding.severity === "warning");
    if (warned === undefined) throw new Error("the figures typed raise no warning; the test needs one");
    const { indicatorId, year } = warned.finding;
    await saveExplanation(host, { indicatorId, year, text: "统计口径调整" }, NOW);
    await saveReview(host, { indicatorId, year, decision: "accepted", comment: "同意" }, NOW);
    const expected = await check(host, "zh-CN");
    expect(expected.findings.some((f) => f.finding.indicatorId === indicatorId && f.finding.year === year)).toBe(false);

    const read = await readMonitorWorkbook(await simToXlsx(sim), { file: "成华区.xlsx" });
    expect(read.sheetName).toBe(monitoringSheet(sim).name);
    expect(read.state.plan).toEqual(CHENGDU_13);
    expect(read.state.explanations).toEqual([
      { indicatorId, year, text: "统计口径调整", author: "李四", at: "2021-03-01T08:00:00.000Z" },
    ]);
    expect(read.state.decisions).toMatchObject([{ indicatorId, year, decision: "accepted", reviewer: "李四" }]);

    const actual = checkMonitorWorkbook(read, { locale: "zh-CN" });
    expect(comparable(actual)).toEqual(comparable(expected));
    expect(actual).toEqual(expected);
    // Spot check against the sheet itself: the unreadable 2018 figure sits where a person typed it.
    expect(actual.findings).toContainEqual(
      expect.objectContaining({
        address: `指标监测!${simCell(sim, contribution, 2018)}`,
        finding: expect.objectContaining({ code: "unreadable-figure" }),
      }),
    );
    expect(actual.findings.some((f) => f.finding.indicatorId === firms.id)).toBe(true);
  });

  it("speaks the language asked for, whatever the workbook's", async () => {
    const { sim, host } = setup();
    await populate(host, CHENGDU_13, "en-US");
    typeInSim(sim, TYPED);
    const expected = await check(host, "zh-CN");
    const read = await readMonitorWorkbook(await simToXlsx(sim));
    expect(read.sheetName).toBe("Plan monitoring");
    expect(checkMonitorWorkbook(read, { locale: "zh-CN" })).toEqual(expected);
    expect(checkMonitorWorkbook(read, { locale: "en-US" }).findings[0]?.address).toMatch(/^'Plan monitoring'!/u);
  });
});
