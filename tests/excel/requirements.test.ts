/**
 * The manifest asks for ExcelApi 1.8; everything must work there, nothing newer may be called unless detected.
 * Cell notes (ExcelApi 1.18) carry each finding's message where Excel has them.
 */
import {
  check,
  goTo,
  populate,
  readObservations,
  saveExplanation,
  saveReview,
  userMessage,
  writeSummarySheet,
} from "../../src/excel";
import { FILLS } from "../../src/core/workbook/writes";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { indicatorAt, monitoringSheet, setup } from "./sim";

const contribution = indicatorAt(CHENGDU_13, 0);

async function everyAction(sets: Record<string, string>) {
  const { sim, host } = setup({ requirementSets: sets, userName: "张三" });
  await populate(host, CHENGDU_13, "zh-CN");
  const sheet = monitoringSheet(sim);
  const address = sheet.address(sheet.rowsOf(contribution.id)[0] ?? 0, sheet.yearColumn(2017) ?? 0);
  expect(sim.user.edit(sheet.name, address, "待统计")).toEqual({ ok: true });
  const { findings, summary } = await check(host, "zh-CN");
  await readObservations(host);
  await saveExplanation(host, { indicatorId: contribution.id, year: 2017, text: "待核实" });
  await saveReview(host, { indicatorId: contribution.id, year: 2017, decision: "returned", comment: "" });
  await goTo(host, findings[0]?.address ?? "");
  await writeSummarySheet(host, summary, "zh-CN");
  return { sim, sheet, address, findings };
}

describe("requirement sets", () => {
  it("runs every action on ExcelApi 1.8, the manifest's floor, flagging with fills and status cells", async () => {
    const { sim, sheet, address } = await everyAction({ ExcelApi: "1.8" });
    expect(sim.workbook.cell(sheet.name, address)?.fill).toBe(FILLS.error);
    expect(sim.stats.requests.filter((request) => request.error !== null)).toEqual([]);
  });

  it("runs every action on the simulator's default ExcelApi 1.14", async () => {
    const { sim } = await everyAction({ ExcelApi: "1.14" });
    expect(sim.stats.requests.filter((request) => request.error !== null)).toEqual([]);
  });

  it("tells people on an older Excel to update", async () => {
    const { host } = setup({ requirementSets: { ExcelApi: "1.7" } });
    const error: unknown = await populate(host, CHENGDU_13, "zh-CN").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ApiNotFound" });
    expect(userMessage(error, "zh-CN")).toContain("更新 Excel");
  });

  it("puts each finding's message in a note on its cell with ExcelApi 1.18", async () => {
    const { sim, host } = setup({ requirementSets: { ExcelApi: "1.18" }, userName: "张三" });
    await populate(host, CHENGDU_13, "zh-CN");
    const sheet = monitoringSheet(sim);
    const address = sheet.address(sheet.rowsOf(contribution.id)[0] ?? 0, sheet.yearColumn(2017) ?? 0);
    sim.user.edit(sheet.name, address, "待统计");
    const first = await check(host, "zh-CN");
    const message = first.findings.find((f) => f.address.endsWith(`!${address}`))?.message ?? "";
    const notes = await sim.run(async (context) => {
      const collection = context.workbook.worksheets.getItem(sheet.name).notes;
      collection.load("items/content");
      await context.sync();
      return collection.items.map((note) => note.content);
    });
    expect(notes.some((content) => content.includes(message))).toBe(true);
    // Fixed: the note goes with the fill.
    sim.user.edit(sheet.name, address, 64);
    await check(host, "zh-CN");
    const after = await sim.run(async (context) => {
      const collection = context.workbook.worksheets.getItem(sheet.name).notes;
      collection.load("items/content");
      await context.sync();
      return collection.items.map((note) => note.content);
    });
    expect(after.some((content) => content.includes(message))).toBe(false);
  });

  it("leaves a person's own note on a flagged cell in place, and still checks", async () => {
    const { sim, host } = setup({ requirementSets: { ExcelApi: "1.18" }, userName: "张三" });
    await populate(host, CHENGDU_13, "zh-CN");
    const sheet = monitoringSheet(sim);
    const address = sheet.address(sheet.rowsOf(contribution.id)[0] ?? 0, sheet.yearColumn(2017) ?? 0);
    sim.user.edit(sheet.name, address, "待统计");
    await sim.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet.name);
      target.protection.unprotect();
      target.notes.add(`${sheet.name}!${address}`, "统计局尚未发布");
      target.protection.protect();
      await context.sync();
    });
    const { findings } = await check(host, "zh-CN");
    expect(findings.some((f) => f.address.endsWith(`!${address}`))).toBe(true);
    expect(sim.workbook.cell(sheet.name, address)?.fill).toBe(FILLS.error);
    const notes = await sim.run(async (context) => {
      const collection = context.workbook.worksheets.getItem(sheet.name).notes;
      collection.load("items/content");
      await context.sync();
      return collection.items.map((note) => note.content);
    });
    expect(notes).toContain("统计局尚未发布");
  });
});
