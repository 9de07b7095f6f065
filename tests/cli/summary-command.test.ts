import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Terminal } from "../../src/cli/progress";
import { SUMMARY_EXIT, summaryCommand, type SummaryOptions } from "../../src/cli/summary-command";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { filledTemplate } from "../support/filled-template";
import { parseCsv } from "../support/parse-csv";
import { disk, runOn, written } from "./memory-io";

const plan = builtInPlan(DEFAULT_PLAN_ID);
if (plan === null) throw new Error("no default plan");
const INDICATORS = plan.indicators.length;
const firstYear = plan.period.start;
/** A count, where a figure such as 1031 is plausible (a share of 1031% would be an error, and no latest figure). */
const COUNTED = plan.indicators.findIndex((indicator) => indicator.measure === "count");

let dir = "";
const at = (name: string): string => join(dir, name);

interface Run {
  readonly code: number;
  readonly stderr: string;
  readonly terminal: string;
}

async function run(
  files: readonly string[],
  options: Partial<SummaryOptions> = {},
  tty: { readonly columns: number } | null = null,
): Promise<Run> {
  let stderr = "";
  let terminal = "";
  const screen: Terminal | null = tty === null ? null : { columns: tty.columns, write: (text) => (terminal += text) };
  const code = await summaryCommand(
    files,
    { output: undefined, locale: "zh-CN", quiet: false, force: false, ...options },
    {
      stderr: (text) => (stderr += `${text}\n`),
      readFile: (path) => readFileSync(path),
      writeFile: (path, data) => writeFileSync(path, data),
      exists: (path) => existsSync(path),
      terminal: screen,
    },
  );
  return { code, stderr, terminal };
}

/** A figure per indicator and year that tells them apart in the summary: 1000 + 10 × indicator + year offset. */
const figure = (district: number) => (indicator: number, year: number) =>
  year > firstYear + 1 ? null : 1000 * (district + 1) + 10 * indicator + (year - firstYear);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "plan-monitor-summary-"));
  writeFileSync(at("锦江区.xlsx"), await filledTemplate(plan, figure(0)));
  writeFileSync(at("青羊区.xlsx"), await filledTemplate(plan, figure(1)));
  const bytes = readFileSync(at("锦江区.xlsx"));
  writeFileSync(at("损坏.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet("Sheet1").getCell("A1").value = "别人的表";
  writeFileSync(at("别人的.xlsx"), new Uint8Array(await foreign.xlsx.writeBuffer()));
  // An OLE compound file with an EncryptionInfo stream: what Excel saves with a password to open.
  const encrypted = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(encrypted);
  Buffer.from("EncryptionInfo", "utf16le").copy(encrypted, 1024);
  writeFileSync(at("加密.xlsx"), encrypted);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("plan-monitor summary", () => {
  it("summarises every readable workbook, names each file it cannot read and why, and exits 3", async () => {
    const output = at("汇总.xlsx");
    const { code, stderr } = await run(
      [at("锦江区.xlsx"), at("损坏.xlsx"), at("别人的.xlsx"), at("加密.xlsx"), at("青羊区.xlsx")],
      { output },
    );
    expect(code).toBe(SUMMARY_EXIT.input);
    expect(stderr).toContain(`${at("损坏.xlsx")} 已损坏`);
    expect(stderr).toContain(`${at("别人的.xlsx")} 不是规划指标监测工作簿`);
    expect(stderr).toContain(`${at("加密.xlsx")} 设置了打开密码`);
    expect(stderr).toContain(`已将 2 个工作簿的 ${2 * INDICATORS} 行指标汇总到 ${output}；3 个文件未能读取`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.getWorksheet("汇总");
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const column = (label: string): number => header.indexOf(label) + 1;
    expect(sheet?.rowCount).toBe(1 + 2 * INDICATORS);
    // Each district's row of the counted indicator holds that district's latest figure, of the second year.
    const rows = [2, 2 + INDICATORS].map((first) => sheet?.getRow(first + COUNTED));
    expect(rows.map((row) => row?.getCell(column("地区")).value)).toEqual(["锦江区", "青羊区"]);
    expect(rows.map((row) => row?.getCell(column("指标")).value)).toEqual([
      plan.indicators[COUNTED]?.name,
      plan.indicators[COUNTED]?.name,
    ]);
    expect(rows.map((row) => row?.getCell(column("最新值")).value)).toEqual([1001 + 10 * COUNTED, 2001 + 10 * COUNTED]);
    expect(rows.map((row) => row?.getCell(column("最新值年份")).value)).toEqual([firstYear + 1, firstYear + 1]);
  });

  it("exits 0 when every file is in the summary, writing .csv and .html by the output's extension", async () => {
    const inputs = [at("锦江区.xlsx"), at("青羊区.xlsx")];
    const csv = await run(inputs, { output: at("汇总.csv") });
    expect(csv.code).toBe(SUMMARY_EXIT.ok);
    const text = readFileSync(at("汇总.csv"), "utf8");
    expect(text.startsWith("\uFEFF地区,文件,指标")).toBe(true);
    const records = parseCsv(text.slice(1));
    expect(records).toHaveLength(1 + 2 * INDICATORS);
    expect(records[1]?.slice(0, 2)).toEqual(["锦江区", at("锦江区.xlsx")]);

    const html = await run(inputs, { output: at("汇总.HTML"), locale: "en-US" });
    expect(html.code).toBe(SUMMARY_EXIT.ok);
    const page = readFileSync(at("汇总.HTML"), "utf8");
    expect(page.startsWith(`<!DOCTYPE html>\n<html lang="en-US">`)).toBe(true);
    expect(page).toContain(`<td>${at("青羊区.xlsx")}</td>`);
    expect(html.stderr).toMatch(/^Summarised \d+ indicator rows of 2 workbooks into /u);
  });

  it("never writes over an existing file without --force, nor over a monitoring workbook even with it", async () => {
    writeFileSync(at("旧汇总.csv"), "keep");
    const kept = await run([at("锦江区.xlsx")], { output: at("旧汇总.csv") });
    expect(kept.code).toBe(SUMMARY_EXIT.usage);
    expect(kept.stderr).toContain("已存在，未覆盖");
    expect(readFileSync(at("旧汇总.csv"), "utf8")).toBe("keep");

    const district = readFileSync(at("青羊区.xlsx"));
    const refused = await run([at("锦江区.xlsx")], { output: at("青羊区.xlsx"), force: true });
    expect(refused.code).toBe(SUMMARY_EXIT.usage);
    expect(refused.stderr).toContain("是已填报的监测工作簿，汇总不会覆盖它");
    expect(readFileSync(at("青羊区.xlsx")).equals(district)).toBe(true);
  });

  it("with --force replaces no workbook that merely fails to read, but an empty template or a csv", async () => {
    const stripped = new ExcelJS.Workbook();
    await stripped.xlsx.load(readFileSync(at("锦江区.xlsx")) as unknown as ExcelJS.Buffer);
    const state = stripped.worksheets.find((sheet) => sheet.name === "PlanMonitor");
    if (state === undefined) throw new Error("no state sheet");
    stripped.removeWorksheet(state.id);
    writeFileSync(at("无状态.xlsx"), new Uint8Array(await stripped.xlsx.writeBuffer()));
    for (const name of ["无状态.xlsx", "损坏.xlsx", "别人的.xlsx", "加密.xlsx"]) {
      const before = readFileSync(at(name));
      const refused = await run([at("青羊区.xlsx"), at(name)], { output: at(name), force: true });
      expect(refused.code).toBe(SUMMARY_EXIT.usage);
      expect(refused.stderr).toContain(`${at(name)} 不是 plan-monitor 生成的汇总，也不是空白模板`);
      expect(readFileSync(at(name)).equals(before)).toBe(true);
    }
    writeFileSync(at("空模板.xlsx"), await filledTemplate(plan, () => null));
    expect((await run([at("青羊区.xlsx")], { output: at("空模板.xlsx"), force: true })).code).toBe(SUMMARY_EXIT.ok);
    writeFileSync(at("旧.csv"), "anything");
    expect((await run([at("青羊区.xlsx")], { output: at("旧.csv"), force: true })).code).toBe(SUMMARY_EXIT.ok);
  });

  it("counts an input that is also the output as unreadable unless it is an earlier summary", async () => {
    const output = at("新汇总.xlsx");
    const { code, stderr } = await run([at("锦江区.xlsx"), output], { output });
    expect(code).toBe(SUMMARY_EXIT.input);
    expect(stderr).not.toContain("跳过");
    expect(stderr).toContain("1 个文件未能读取");
  });

  it("replaces last run's summary with --force and leaves it out of the inputs a glob gave", async () => {
    const output = at("本次汇总.xlsx");
    expect((await run([at("锦江区.xlsx")], { output })).code).toBe(SUMMARY_EXIT.ok);
    const again = await run([at("锦江区.xlsx"), output, at("青羊区.xlsx")], { output, force: true });
    expect(again.code).toBe(SUMMARY_EXIT.ok);
    expect(again.stderr).toContain(`跳过 ${output}：它是上次生成的汇总，本次将被替换。`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.getWorksheet("汇总")?.rowCount).toBe(1 + 2 * INDICATORS);
  });

  it("counts a file named twice once, and warns of two files taken as the same district", async () => {
    mkdirSync(at("补交"), { recursive: true });
    copyFileSync(at("锦江区.xlsx"), at("补交/锦江区.xlsx"));
    const repeated = `${dir}/./锦江区.xlsx`;
    const { code, stderr } = await run([at("锦江区.xlsx"), repeated, at("补交/锦江区.xlsx")], {
      output: at("重复.csv"),
    });
    expect(code).toBe(SUMMARY_EXIT.ok);
    expect(stderr).toContain(`跳过 ${repeated}：它与 ${at("锦江区.xlsx")} 是同一个文件`);
    expect(stderr).toContain(`${at("锦江区.xlsx")} 和 ${at("补交/锦江区.xlsx")} 都按文件名归为“锦江区”`);
    expect(parseCsv(readFileSync(at("重复.csv"), "utf8").slice(1))).toHaveLength(1 + 2 * INDICATORS);
    // The warning stays with --quiet: the summary counts that district twice.
    const quiet = await run([at("锦江区.xlsx"), at("补交/锦江区.xlsx")], { output: at("重复2.csv"), quiet: true });
    expect(quiet.stderr).toContain("都按文件名归为“锦江区”");
  });

  it("refuses to add up workbooks of different plans, naming the plans and their files", async () => {
    const other = builtInPlan("sichuan-14th-hitech");
    if (other === null) throw new Error("no second plan");
    writeFileSync(at("高新区.xlsx"), await filledTemplate(other, () => null));
    const { code, stderr } = await run([at("锦江区.xlsx"), at("高新区.xlsx")], { output: at("混合.csv") });
    expect(code).toBe(SUMMARY_EXIT.usage);
    expect(stderr).toContain("监测的是不同的规划");
    expect(stderr).toContain(`${plan.title}：${at("锦江区.xlsx")}`);
    expect(stderr).toContain(`${other.title}：${at("高新区.xlsx")}`);
    expect(existsSync(at("混合.csv"))).toBe(false);
  });

  it("assesses each file at its latest entered year, says when they differ, and takes --year within the period", async () => {
    writeFileSync(at("成华区.xlsx"), await filledTemplate(plan, (_, year) => (year === firstYear ? 5 : null)));
    const inputs = [at("锦江区.xlsx"), at("成华区.xlsx")];
    const differ = await run(inputs, { output: at("年份.csv") });
    expect(differ.code).toBe(SUMMARY_EXIT.ok);
    expect(differ.stderr).toContain("各工作簿的评价年份不同");
    expect(differ.stderr).toContain(`  ${firstYear}年：${at("成华区.xlsx")}`);
    expect(differ.stderr).toContain(`  ${firstYear + 1}年：${at("锦江区.xlsx")}`);

    const asked = await run(inputs, { output: at("年份2.csv"), year: firstYear + 1 });
    expect(asked.code).toBe(SUMMARY_EXIT.ok);
    expect(asked.stderr).not.toContain("评价年份不同");

    const outside = await run(inputs, { output: at("年份3.csv"), year: plan.period.end + 1 });
    expect(outside.code).toBe(SUMMARY_EXIT.usage);
    expect(outside.stderr).toContain(`--year ${plan.period.end + 1} 不在 ${at("锦江区.xlsx")} 的规划期`);
    expect(existsSync(at("年份3.csv"))).toBe(false);
  });

  it("names a template returned without figures, even with --quiet, and counts it in the closing line", async () => {
    writeFileSync(at("未填.xlsx"), await filledTemplate(plan, () => null));
    const inputs = [at("锦江区.xlsx"), at("未填.xlsx")];
    const { code, stderr } = await run(inputs, { output: at("未填.csv"), locale: "en-US" });
    expect(code).toBe(SUMMARY_EXIT.ok);
    expect(stderr).toContain(`Note: no figures entered in ${at("未填.xlsx")}`);
    expect(stderr).not.toContain(`no figures entered in ${at("锦江区.xlsx")}`);
    expect(stderr).toMatch(/of 2 workbooks into .*; 1 of them with no figures entered\./u);
    const quiet = await run(inputs, { output: at("未填2.csv"), quiet: true });
    expect(quiet.stderr).toContain(`注意：${at("未填.xlsx")} 中没有填报任何数据`);
  });

  it("says what to do about a file that fails in a way it does not know, and goes on with the others", async () => {
    let stderr = "";
    const code = await summaryCommand(
      [at("锦江区.xlsx"), "奇怪.xlsx"],
      { output: at("意外.csv"), locale: "zh-CN", quiet: false, force: false },
      {
        stderr: (text) => (stderr += `${text}\n`),
        // What a library's own failure looks like from here: an error that is not one of ours.
        readFile: (path) => (path === "奇怪.xlsx" ? (null as unknown as Uint8Array) : readFileSync(path)),
        writeFile: (path, data) => writeFileSync(path, data),
        exists: (path) => existsSync(path),
        terminal: null,
      },
    );
    expect(code).toBe(SUMMARY_EXIT.input);
    expect(stderr).toMatch(/无法处理 奇怪\.xlsx（.+）。.*请在 Excel 中打开并另存为 \.xlsx 后重试/u);
    expect(existsSync(at("意外.csv"))).toBe(true);
  });

  it("skips the lock file Excel keeps beside an open workbook", async () => {
    writeFileSync(at("~$锦江区.xlsx"), "owner");
    const { code, stderr } = await run([at("锦江区.xlsx"), at("~$锦江区.xlsx")], { output: at("锁.csv") });
    expect(code).toBe(SUMMARY_EXIT.ok);
    expect(stderr).toContain("临时锁文件");
  });

  it("draws a progress bar on a terminal for a batch, and nothing with --quiet or without a terminal", async () => {
    const inputs = [at("锦江区.xlsx"), at("损坏.xlsx"), at("青羊区.xlsx")];
    const shown = await run(inputs, { output: at("进度1.csv") }, { columns: 80 });
    expect(shown.terminal).toMatch(/\[[█░]{24}\] 1\/3 {2}\S*损坏\.xlsx/u);
    expect(shown.terminal).toContain("3/3");
    // The error about the damaged file goes above the bar.
    expect(shown.terminal).toContain(`${at("损坏.xlsx")} 已损坏`);

    const quiet = await run(inputs, { output: at("进度2.csv"), quiet: true }, { columns: 80 });
    expect(quiet.terminal).toBe("");
    // Errors are never quiet; the closing line is.
    expect(quiet.stderr).toContain(`${at("损坏.xlsx")} 已损坏`);
    expect(quiet.stderr).not.toContain("已将");

    const piped = await run(inputs, { output: at("进度3.csv") }, null);
    expect(piped.terminal).toBe("");
    expect(piped.stderr).toContain(`${at("损坏.xlsx")} 已损坏`);
  });

  it.each([
    [[], { output: "x.xlsx" }, "请给出要汇总的工作簿"],
    [["a.xlsx"], {}, "请用 -o 指定汇总文件"],
    [["a.xlsx"], { output: "x.pdf" }, "无法识别汇总文件 x.pdf 的格式"],
  ] as const)("refuses %j %j as a usage error", async (files, options, message) => {
    const { code, stderr } = await run(files, options);
    expect(code).toBe(SUMMARY_EXIT.usage);
    expect(stderr).toContain(message);
  });

  it("writes nothing when no workbook could be read", async () => {
    const { code, stderr } = await run([at("损坏.xlsx")], { output: at("空.xlsx") });
    expect(code).toBe(SUMMARY_EXIT.input);
    expect(stderr).toContain("没有可汇总的工作簿");
    expect(existsSync(at("空.xlsx"))).toBe(false);
  });

  it("runs as plan-monitor summary, with -o, --quiet and --force, and is in --help", async () => {
    const on = disk({
      "锦江区.xlsx": readFileSync(at("锦江区.xlsx")),
      "青羊区.xlsx": readFileSync(at("青羊区.xlsx")),
    });
    const first = await runOn(on, ["summary", "锦江区.xlsx", "青羊区.xlsx", "-o", "汇总.csv", "--quiet"]);
    expect(first).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(parseCsv(new TextDecoder().decode(written(on, "汇总.csv")).slice(1))).toHaveLength(1 + 2 * INDICATORS);
    expect((await runOn(on, ["summary", "锦江区.xlsx", "-o", "汇总.csv"])).code).toBe(SUMMARY_EXIT.usage);
    expect((await runOn(on, ["summary", "锦江区.xlsx", "-o", "汇总.csv", "--force"])).code).toBe(SUMMARY_EXIT.ok);
    const help = await runOn(on, ["--help"], { LANG: "en_US.UTF-8" });
    expect(help.stdout).toContain("summary WORKBOOK... -o OUT.xlsx|OUT.csv|OUT.html [--year YEAR]");
    expect(help.stdout).toContain("70 internal error");
  });
});
