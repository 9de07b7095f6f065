/**
 * `plan-monitor template` and `plan-monitor check` as a person at a terminal meets them: what is printed, the
 * exit codes, and what happens with a wrong plan, an existing file, or a batch with a bad file in it.
 */
import { BUILT_IN_CATALOGS, builtInPlan } from "../../src/plans";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import ExcelJS from "exceljs";
import { templateLayout } from "../../src/core/layout";
import type { Plan } from "../../src/core/model";
import { templateWorkbook } from "../../src/cli/xlsx/write-template";
import { disk, runOn, written } from "./memory-io";

const ZH = { LANG: "zh_CN.UTF-8" };
const EN = { LANG: "en_US.UTF-8" };
const IDS = BUILT_IN_CATALOGS.map((catalog) => catalog.id);

function plan() {
  const found = builtInPlan(CHENGDU_13.id);
  if (found === null) throw new Error("no built-in Chengdu plan");
  return found;
}

/** The command line's template with figures typed into its year cells, as any spreadsheet program saves them. */
async function filledTemplate(of: Plan, figures: (indicator: number, year: number) => string | number | null) {
  const template = await templateWorkbook(of, "zh-CN");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template.bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(template.sheetName);
  if (sheet === undefined) throw new Error("no monitoring sheet in the template");
  const layout = templateLayout(of, "zh-CN");
  of.indicators.forEach((_, index) => {
    layout.columns.forEach((column, at) => {
      const value = column.year === null ? null : figures(index, column.year);
      if (value !== null) sheet.getCell(layout.headerRow + 2 + index, at + 1).value = value;
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** 科技进步贡献率 (the first indicator) typed for 2016–2018, the last one a word; nothing else. */
const FIGURES = (indicator: number, year: number): string | number | null =>
  indicator !== 0 ? null : year === 2016 ? 63 : year === 2017 ? "６４.５" : year === 2018 ? "待统计" : null;
const CLEAN = (indicator: number, year: number): string | number | null =>
  indicator === 0 && year === 2016 ? 63 : null;

describe("plan-monitor template", () => {
  it("writes the template and says what to do with it", async () => {
    const on = disk();
    const run = await runOn(on, ["template", "--plan", "chengdu-13th-sti", "-o", "模板.xlsx"]);
    expect(run).toEqual({
      code: 0,
      stdout: "",
      stderr: expect.stringMatching(
        /^已生成模板 模板\.xlsx：成都市“十三五”科技创新规划，13 项指标，填报年份 2015–2020。/u,
      ),
    });
    expect(written(on, "模板.xlsx").slice(0, 2)).toEqual(Uint8Array.from([0x50, 0x4b]));
    expect((await runOn(disk(), ["template", "--plan", "chengdu-13th-sti", "-o", "t.xlsx", "--quiet"])).stderr).toBe(
      "",
    );
  });

  it("asks for a plan, and lists the plans there are when the one given is unknown", async () => {
    const missing = await runOn(disk(), ["template", "-o", "t.xlsx"]);
    expect(missing.code).toBe(2);
    for (const id of IDS) expect(missing.stderr).toContain(id);
    const unknown = await runOn(disk(), ["template", "--plan", "chengdu-15th", "-o", "t.xlsx"], EN);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^There is no built-in plan "chengdu-15th"\. Plans: /u);
    for (const id of IDS) expect(unknown.stderr).toContain(id);
  });

  it("asks for an .xlsx file to write", async () => {
    expect(await runOn(disk(), ["template", "--plan", "chengdu-13th-sti"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("-o"),
    });
    expect(await runOn(disk(), ["template", "--plan", "chengdu-13th-sti", "-o", "模板.xls"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("模板.xls 不是 .xlsx 文件名"),
    });
  });

  it("replaces an existing file only with --force", async () => {
    const old = (await templateWorkbook(plan(), "en-US")).bytes;
    const on = disk({ "模板.xlsx": old });
    const refused = await runOn(on, ["template", "--plan", "chengdu-13th-sti", "-o", "模板.xlsx"]);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining("模板.xlsx 已存在，未覆盖") });
    expect(written(on, "模板.xlsx")).toBe(old);
    const forced = await runOn(on, ["template", "--plan", "chengdu-13th-sti", "-o", "模板.xlsx", "--force"]);
    expect(forced.code).toBe(0);
    expect(written(on, "模板.xlsx")).not.toBe(old);
  });

  it("never writes an empty template over a workbook people filled in, not even with --force", async () => {
    const filled = await filledTemplate(plan(), CLEAN);
    const on = disk({ "成华区.xlsx": filled });
    for (const argv of [[], ["--force"]]) {
      const run = await runOn(on, ["template", "--plan", "chengdu-13th-sti", "-o", "成华区.xlsx", ...argv]);
      expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining("成华区.xlsx 是已填报的监测工作簿") });
      expect(written(on, "成华区.xlsx")).toBe(filled);
    }
  });

  it("with --force replaces an earlier summary, but no workbook that fails to read as a monitoring workbook", async () => {
    const district = new ExcelJS.Workbook();
    await district.xlsx.load(Buffer.from(await filledTemplate(plan(), CLEAN)) as unknown as ExcelJS.Buffer);
    const state = district.worksheets.find((sheet) => sheet.name === "PlanMonitor");
    if (state === undefined) throw new Error("no state sheet");
    district.removeWorksheet(state.id);
    const stripped = new Uint8Array(await district.xlsx.writeBuffer());
    const on = disk({ "成华区.xlsx": stripped, "损坏.xlsx": stripped.subarray(0, 500) });
    for (const name of ["成华区.xlsx", "损坏.xlsx"]) {
      const run = await runOn(on, ["template", "--plan", "chengdu-13th-sti", "-o", name, "--force"]);
      expect(run).toMatchObject({
        code: 2,
        stderr: expect.stringContaining(`${name} 不是空白模板，也不是 plan-monitor`),
      });
    }
    expect(written(on, "成华区.xlsx")).toBe(stripped);

    on.files.set("a.xlsx", await filledTemplate(plan(), CLEAN));
    expect((await runOn(on, ["summary", "a.xlsx", "-o", "汇总.xlsx"])).code).toBe(0);
    const summary = written(on, "汇总.xlsx");
    expect((await runOn(on, ["template", "--plan", "chengdu-13th-sti", "-o", "汇总.xlsx", "--force"])).code).toBe(0);
    expect(written(on, "汇总.xlsx")).not.toBe(summary);
  });

  it("says why a file cannot be written, with exit code 3", async () => {
    const on = disk();
    on.refuse.set("/readonly/t.xlsx", "EACCES");
    expect(await runOn(on, ["template", "--plan", "chengdu-13th-sti", "-o", "/readonly/t.xlsx"])).toMatchObject({
      code: 3,
      stderr: "无法写入 /readonly/t.xlsx：没有写入权限\n",
    });
  });
});

describe("plan-monitor check", () => {
  it("lists each finding at its cell, and each indicator's status; exit code 1 while an error remains", async () => {
    const on = disk({ "成华区.xlsx": await filledTemplate(plan(), FIGURES) });
    const run = await runOn(on, ["check", "成华区.xlsx"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    // Assessed at the latest year the district entered anything for, the unreadable 2018 figure included.
    expect(lines[0]).toBe("成华区.xlsx — 成都市“十三五”科技创新规划（工作表“指标监测”，评价年份 2018）");
    expect(lines[1]).toMatch(/^错误 1 处，需说明 \d+ 处。$/u);
    expect(run.stdout).toMatch(/指标监测!L5 +错误 +科技进步贡献率 +2018年填写的「待统计」/u);
    expect(run.stdout).toMatch(/科技进步贡献率 +64\.5（2017年） +\S+/u);
  });

  it("assesses at --year within the plan period, and refuses a year outside it or not a year", async () => {
    const on = disk({ "成华区.xlsx": await filledTemplate(plan(), FIGURES) });
    const asked = await runOn(on, ["check", "成华区.xlsx", "--year", "2019", "--json"]);
    expect(JSON.parse(asked.stdout).files[0].reportingYear).toBe(2019);
    expect(await runOn(on, ["check", "成华区.xlsx", "--year", "2025"])).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "--year 2025 不在 成华区.xlsx 的规划期 2016–2020 内。请给出规划期内的年份。\n",
    });
    expect(await runOn(on, ["check", "成华区.xlsx", "--year", "十八"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--year 须为四位年份"),
    });
    // Nothing entered: the plan's last year.
    on.files.set("空.xlsx", await filledTemplate(plan(), () => null));
    expect(JSON.parse((await runOn(on, ["check", "空.xlsx", "--json"])).stdout).files[0].reportingYear).toBe(2020);
  });

  it("exits 0 when no error remains, and speaks English when asked", async () => {
    const on = disk({ "a.xlsx": await filledTemplate(plan(), CLEAN) });
    const run = await runOn(on, ["check", "a.xlsx", "--lang", "en-US"], ZH);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^a\.xlsx — 成都市“十三五”科技创新规划 \(sheet "指标监测", assessed at 2016\)\nNo findings\./u,
    );
    expect(run.stdout).toMatch(/科技进步贡献率 +63 \(2016\) +/u);
  });

  it("gives JSON for other tools", async () => {
    const on = disk({ "成华区.xlsx": await filledTemplate(plan(), FIGURES) });
    const run = await runOn(on, ["check", "成华区.xlsx", "--json"]);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ errors: 1, unreadable: 0 });
    expect(output.files[0]).toMatchObject({
      file: "成华区.xlsx",
      ok: true,
      plan: { id: "chengdu-13th-sti", title: "成都市“十三五”科技创新规划" },
      sheet: "指标监测",
      reportingYear: 2018,
      errors: 1,
    });
    expect(output.files[0].findings).toContainEqual({
      address: "指标监测!L5",
      severity: "error",
      code: "unreadable-figure",
      indicatorId: plan().indicators[0]?.id,
      indicator: "科技进步贡献率",
      year: 2018,
      message: expect.stringContaining("待统计"),
    });
    expect(output.files[0].indicators).toHaveLength(plan().indicators.length);
    expect(output.files[0].indicators[0]).toMatchObject({ latest: { year: 2017, value: 64.5 } });
  });

  it("names a file it cannot read, goes on with the others, and exits 3", async () => {
    const on = disk({
      "a.xlsx": await filledTemplate(plan(), FIGURES),
      "notes.txt": new TextEncoder().encode("not a workbook"),
      "b.xlsx": await filledTemplate(plan(), CLEAN),
    });
    const run = await runOn(on, ["check", "a.xlsx", "notes.txt", "missing.xlsx", "b.xlsx"]);
    expect(run.code).toBe(3);
    expect(run.stderr.split("\n")).toEqual([
      expect.stringMatching(/^notes\.txt 不是 Excel 工作簿（\.xlsx）/u),
      expect.stringMatching(/^无法读取文件 missing\.xlsx：文件不存在/u),
      "",
    ]);
    expect(run.stdout).toMatch(/^a\.xlsx — /u);
    expect(run.stdout).toMatch(/\n\nb\.xlsx — /u);
    expect(run.stdout).toMatch(/共检查 2 个文件：错误 1 处，需说明 \d+ 处；另有 2 个文件无法读取（见上文）。\n$/u);
    const json = JSON.parse((await runOn(on, ["check", "a.xlsx", "notes.txt", "--json"])).stdout);
    expect(json.unreadable).toBe(1);
    expect(json.files[1]).toEqual({
      file: "notes.txt",
      ok: false,
      error: { code: "not-xlsx", message: expect.stringContaining("notes.txt") },
    });
  });

  it("asks for files", async () => {
    expect(await runOn(disk(), ["check"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("plan-monitor check"),
    });
  });
});

describe("--help", () => {
  it("shows template and check with their exit codes, in both languages", async () => {
    const zh = (await runOn(disk(), ["--help"])).stdout;
    expect(zh).toMatch(/template --plan 编号 -o 文件\.xlsx/u);
    expect(zh).toMatch(/check 文件\.xlsx…/u);
    expect(zh).toMatch(/1 检查发现错误/u);
    const en = (await runOn(disk(), ["--help"], EN)).stdout;
    expect(en).toMatch(/template --plan ID -o FILE\.xlsx/u);
    expect(en).toMatch(/check FILE\.xlsx\.\.\./u);
    expect(en).toMatch(/1 check found errors/u);
  });
});
