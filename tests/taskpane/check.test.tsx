/**
 * @jest-environment jsdom
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import type { Locale } from "../../src/core/messages";
import { check, populate, readOverview, saveExplanation, saveReview, simulatorHost } from "../../src/excel";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { CheckView } from "../../src/taskpane/check/CheckView";
import { createSimulator, type Simulator } from "../../src/workbench/simulator";
import { monitoringSheet } from "../excel/sim";
import { paneProbe, watchSpy } from "./pane-probe";
import { renderDetached, renderPane } from "./render-pane";

// Each test drives the real adapter over the simulator, and the live check waits out its 400 ms debounce:
// seconds on a busy machine, more than jest's default 5.
jest.setTimeout(30_000);

const PLAN = builtInPlan(DEFAULT_PLAN_ID);

/** Figures typed as staff type them, by indicator name and year. */
type Figures = Readonly<Record<string, Readonly<Record<number, string | number>>>>;

const FIGURES: Figures = {
  // 63 in 2017 is a fifth of the way from 62 to 67 at two fifths of the time: behind schedule.
  科技进步贡献率: { 2015: 62, 2016: 62.5, 2017: 63 },
  // Not a figure: an error.
  "全社会R&D经费支出占GDP的比重": { 2016: "待统计" },
  // Nearly doubled in a year: a year-on-year warning that needs an explanation (the target is met, so no status).
  有效发明专利总量: { 2015: 19758, 2016: 21000, 2017: 40000 },
  // Growing, but slower than the path to 600 asks: needs acceleration.
  技术市场交易额: { 2015: 406.7, 2016: 430, 2017: 470 },
};

interface Workbook {
  readonly sim: Simulator;
  /** The `A1` address of an indicator's cell for a year, read from the sheet itself. */
  readonly cell: (name: string, year: number) => string;
  readonly sheetName: string;
  readonly explanationCell: (name: string) => string | number | boolean;
}

async function workbookWithFigures(figures: Figures, options: { userName?: string; locale?: Locale } = {}) {
  if (PLAN === null) throw new Error("default plan missing");
  const sim = createSimulator(options.userName === undefined ? {} : { userName: options.userName });
  await populate(simulatorHost(sim), PLAN, options.locale ?? "zh-CN");
  const sheet = monitoringSheet(sim);
  const rowOf = (name: string): number => {
    const indicator = PLAN.indicators.find((candidate) => candidate.name === name);
    const row = indicator === undefined ? undefined : sheet.rowsOf(indicator.id)[0];
    if (row === undefined) throw new Error(`no row for ${name}`);
    return row;
  };
  const cell = (name: string, year: number): string => {
    const column = sheet.yearColumn(year);
    if (column === null) throw new Error(`no column for ${year}`);
    return sheet.address(rowOf(name), column);
  };
  for (const [name, years] of Object.entries(figures)) {
    for (const [year, figure] of Object.entries(years)) {
      const typed = sim.user.edit(sheet.name, cell(name, Number(year)), figure);
      if (!typed.ok) throw new Error(typed.message);
    }
  }
  const explanationCell = (name: string) => {
    const column = monitoringSheet(sim).column(/^(审核说明|Explanation)$/u);
    if (column === null) throw new Error("no explanation column");
    return monitoringSheet(sim).value(rowOf(name), column);
  };
  return { sim, cell, sheetName: sheet.name, explanationCell } satisfies Workbook;
}

async function runCheck(locale: Locale = "zh-CN") {
  const user = userEvent.setup();
  const button = screen.getByRole("button", { name: locale === "zh-CN" ? "检查" : "Check" });
  await waitFor(() => expect(button).not.toHaveAttribute("aria-disabled"));
  await user.click(button);
  await screen.findByText(locale === "zh-CN" ? /^检查完成/u : /^Check finished/u);
  return user;
}

/** Long enough for a live re-check (400 ms after the last change) to have reported, with room for a slow machine. */
const QUIET_MS = 1500;

const pause = (ms: number): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

const chip = (label: RegExp) => screen.getByRole("button", { name: label });
const listItems = () => within(screen.getByRole("list", { name: "检查结果列表" })).getAllByRole("button");

describe("Check view", () => {
  it("groups a check's results into errors, explanations, behind schedule and needs acceleration, with the adapter's counts", async () => {
    const { sim } = await workbookWithFigures(FIGURES, { userName: "张三" });
    const { container } = renderPane({ sim, view: <CheckView /> });
    expect(await screen.findByText("尚未检查。点击“检查”查看结果。")).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await runCheck();
    const { summary } = await check(simulatorHost(sim), "zh-CN");
    const expected = {
      errors: summary.counts.bySeverity.error,
      explain: summary.counts.byReview["explanation-missing"] + summary.counts.byReview.returned,
      offTrack: summary.counts.byStatus["off-track"] + summary.counts.byStatus.deteriorating,
      accelerate: summary.counts.byStatus["needs-acceleration"],
    };
    expect(expected).toEqual({ errors: 1, explain: 1, offTrack: 1, accelerate: 1 });

    expect(screen.getByRole("status")).toHaveTextContent(
      `检查完成：${expected.errors} 个错误需修正，${expected.explain} 个数值需填写说明，` +
        `${expected.offTrack} 项指标进度滞后，${expected.accelerate} 项指标需加快进度。`,
    );
    expect(chip(/^全部（4）$/u)).toHaveAttribute("aria-pressed", "true");
    expect(chip(new RegExp(`^需修正的错误（${expected.errors}）$`, "u"))).toHaveAttribute("aria-pressed", "false");
    expect(chip(new RegExp(`^需填写说明（${expected.explain}）$`, "u"))).toBeInTheDocument();
    expect(chip(new RegExp(`^进度滞后（${expected.offTrack}）$`, "u"))).toBeInTheDocument();
    expect(chip(new RegExp(`^需加快进度（${expected.accelerate}）$`, "u"))).toBeInTheDocument();
    expect(listItems().map((item) => item.getAttribute("aria-label")?.split("：")[0])).toEqual([
      "错误",
      "需说明",
      "滞后",
      "需加快",
    ]);
    expect(listItems()[2]).toHaveAccessibleName(
      "滞后：科技进步贡献率，2017年。滞后于序时进度。填报值 63%，应为 2020年目标≥67%。" +
        "2017年完成进度20.0%，序时进度40.0%。按近年趋势，2020年预计为64.5%，达不到目标。",
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it("lists an unreadable figure under errors with its message, and choosing it selects its cell in Excel", async () => {
    const { sim, cell, sheetName } = await workbookWithFigures(FIGURES, { userName: "张三" });
    renderPane({ sim, view: <CheckView /> });
    const user = await runCheck();
    const { findings } = await check(simulatorHost(sim), "zh-CN");
    const unreadable = findings.find((located) => located.finding.code === "unreadable-figure");
    if (unreadable === undefined) throw new Error("the adapter found no unreadable figure");

    await user.click(chip(/^需修正的错误（1）$/u));
    expect(chip(/^需修正的错误（1）$/u)).toHaveAttribute("aria-pressed", "true");
    const [item] = listItems();
    if (item === undefined) throw new Error("no error listed");
    expect(listItems()).toHaveLength(1);
    expect(item).toHaveAccessibleName(
      `错误：全社会R&D经费支出占GDP的比重，2016年。无法识别的数值。填报值 待统计，应为 一个数值。${unreadable.message}`,
    );
    expect(within(item).getByText(unreadable.message)).toBeInTheDocument();

    sim.user.select(sheetName, "A1");
    item.focus();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(sim.workbook.selection).toEqual({ sheet: sheetName, address: cell("全社会R&D经费支出占GDP的比重", 2016) }),
    );
    // The full message is repeated below the list, where it is not cut to two lines.
    expect(
      screen.getByRole("heading", { level: 3, name: "全社会R&D经费支出占GDP的比重（2016年）" }),
    ).toBeInTheDocument();
  });

  it("selects the latest figure of an indicator behind schedule, from the keyboard", async () => {
    const { sim, cell, sheetName } = await workbookWithFigures(FIGURES, { userName: "张三" });
    renderPane({ sim, view: <CheckView /> });
    const user = await runCheck();
    await user.click(chip(/^进度滞后（1）$/u));
    const [item] = listItems();
    item?.focus();
    await user.keyboard(" ");
    await waitFor(() =>
      expect(sim.workbook.selection).toEqual({ sheet: sheetName, address: cell("科技进步贡献率", 2017) }),
    );
  });

  it("filters by indicator name, full-width letters included", async () => {
    const { sim } = await workbookWithFigures(FIGURES, { userName: "张三" });
    renderPane({ sim, view: <CheckView /> });
    const user = await runCheck();
    await user.type(screen.getByRole("searchbox", { name: "按指标名称筛选" }), "Ｒ＆Ｄ");
    expect(listItems()).toHaveLength(1);
    expect(listItems()[0]).toHaveAccessibleName(/全社会R&D经费支出占GDP的比重/u);
    expect(chip(/^全部（1）$/u)).toBeInTheDocument();
    expect(chip(/^需填写说明（0）$/u)).toBeInTheDocument();
    await user.click(chip(/^需填写说明（0）$/u));
    expect(screen.getByText("没有符合筛选条件的结果。")).toBeInTheDocument();
  });

  it("saves an explanation of a big year-on-year jump in the workbook, and the item leaves 需填写说明", async () => {
    const { sim, explanationCell } = await workbookWithFigures(FIGURES, { userName: "张三" });
    const { container, workbook } = renderPane({ sim, view: <CheckView /> });
    const user = await runCheck();
    await user.click(chip(/^需填写说明（1）$/u));
    const [item] = listItems();
    expect(item).toHaveAccessibleName(
      /^需说明：有效发明专利总量，2017年。同比变化异常。填报值 40000件，应为 14700件～27300件。/u,
    );
    item?.focus();
    await user.keyboard("{Enter}");

    const editor = screen.getByRole("textbox", { name: "审核说明：有效发明专利总量（2017年）" });
    expect(editor).toHaveFocus();
    expect(screen.queryByRole("textbox", { name: "您的姓名" })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    // Nothing typed: refused with a message on the field, and nothing is written.
    await user.click(screen.getByRole("button", { name: "保存说明" }));
    expect(await screen.findByText("请填写说明内容。")).toBeInTheDocument();
    expect(editor).toHaveFocus();
    expect((await workbook.overview())?.explanations).toEqual([]);

    await user.type(editor, "2017年起按新口径统计，含新认定的高新技术企业专利");
    await user.click(screen.getByRole("button", { name: "保存说明" }));
    await waitFor(() => expect(chip(/^需填写说明（0）$/u)).toBeInTheDocument());
    expect(screen.getByRole("status")).toHaveTextContent("另有 1 个说明已填写，等待审核。");
    expect(screen.getByRole("heading", { level: 3, name: "检查结果" })).toHaveFocus();
    expect(explanationCell("有效发明专利总量")).toMatch(/2017年起按新口径统计，含新认定的高新技术企业专利/u);
    expect((await workbook.overview())?.explanations).toEqual([
      expect.objectContaining({
        year: 2017,
        text: "2017年起按新口径统计，含新认定的高新技术企业专利",
        author: "张三",
      }),
    ]);
  });

  it("puts focus on the view's heading once the last explanation is saved and the results are gone", async () => {
    const { sim } = await workbookWithFigures(
      { 有效发明专利总量: FIGURES["有效发明专利总量"] ?? {} },
      { userName: "张三" },
    );
    const { container } = renderPane({ sim, view: <CheckView /> });
    const user = await runCheck();
    expect(listItems()).toHaveLength(1);
    listItems()[0]?.focus();
    await user.keyboard("{Enter}");
    await user.type(screen.getByRole("textbox", { name: /^审核说明：有效发明专利总量/u }), "口径调整");
    await user.click(screen.getByRole("button", { name: "保存说明" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^检查完成，未发现需要处理的问题。/u));
    expect(screen.queryByRole("list", { name: "检查结果列表" })).toBeNull();
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "检查" })).toHaveFocus());
    expect(await axe(container)).toHaveNoViolations();
  });

  it("brings back a returned explanation to rewrite, prefilled, with the reviewer's comment", async () => {
    const { sim } = await workbookWithFigures(FIGURES, { userName: "张三" });
    const host = simulatorHost(sim);
    const overview = await readOverview(host);
    const patents = overview?.plan.indicators.find((indicator) => indicator.name === "有效发明专利总量");
    if (patents === undefined) throw new Error("no patents indicator");
    await saveExplanation(host, { indicatorId: patents.id, year: 2017, text: "口径调整" });
    await saveReview(host, { indicatorId: patents.id, year: 2017, decision: "returned", comment: "请说明调整了什么" });

    renderPane({ sim, view: <CheckView /> });
    const user = await runCheck();
    await user.click(chip(/^需填写说明（1）$/u));
    listItems()[0]?.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByText("审核人张三退回了此前的说明：请说明调整了什么")).toBeInTheDocument();
    const editor = screen.getByRole("textbox", { name: "审核说明：有效发明专利总量（2017年）" });
    expect(editor).toHaveValue("口径调整");
    await user.type(editor, "：专利统计口径由申请地改为权利人所在地");
    await user.click(screen.getByRole("button", { name: "保存说明" }));
    await waitFor(() => expect(chip(/^需填写说明（0）$/u)).toBeInTheDocument());
    expect((await readOverview(host))?.explanations.map((explanation) => explanation.text)).toEqual([
      "口径调整",
      "口径调整：专利统计口径由申请地改为权利人所在地",
    ]);
  });

  it("asks once for the name that signs explanations when neither Office nor the workbook knows it", async () => {
    const { sim } = await workbookWithFigures({
      ...FIGURES,
      // An approximate figure: a second warning to explain.
      高新技术企业数: { 2015: 1753, 2016: "约1800" },
    });
    const { container } = renderPane({ sim, view: <CheckView /> });
    const user = await runCheck();
    await user.click(chip(/^需填写说明（2）$/u));
    listItems()[0]?.focus();
    await user.keyboard("{Enter}");
    const name = screen.getByRole("textbox", { name: "您的姓名" });
    expect(await axe(container)).toHaveNoViolations();

    await user.type(screen.getByRole("textbox", { name: /^审核说明：有效发明专利总量/u }), "口径调整");
    await user.click(screen.getByRole("button", { name: "保存说明" }));
    expect(await screen.findByText("请填写您的姓名。")).toBeInTheDocument();
    expect(name).toHaveFocus();
    await user.type(name, "李四");
    await user.click(screen.getByRole("button", { name: "保存说明" }));
    await waitFor(() => expect(chip(/^需填写说明（1）$/u)).toBeInTheDocument());
    const overview = await readOverview(simulatorHost(sim));
    expect(overview?.userName).toBe("李四");
    expect(overview?.explanations).toEqual([expect.objectContaining({ text: "口径调整", author: "李四" })]);

    // The next explanation is signed with the name kept in the workbook: no second prompt.
    listItems()[0]?.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("textbox", { name: "审核说明：高新技术企业数（2016年）" })).toHaveFocus();
    expect(screen.queryByRole("textbox", { name: "您的姓名" })).not.toBeInTheDocument();
  });

  it("keeps the list current while people type once live check is on", async () => {
    const { sim, cell, sheetName } = await workbookWithFigures(FIGURES, { userName: "张三" });
    renderPane({ sim, view: <CheckView /> });
    const user = await runCheck();
    const live = screen.getByRole("switch", { name: "实时检查" });
    expect(live).toHaveAccessibleDescription("开启后，在 Excel 中输入或修改数值时，会自动重新检查改动的行。");
    await user.click(live);
    await waitFor(() => expect(live).toBeChecked());

    sim.user.edit(sheetName, cell("规模以上工业企业研发投入占主营业务收入比重", 2016), "见附表");
    await waitFor(() => expect(chip(/^需修正的错误（2）$/u)).toBeInTheDocument(), { timeout: 10_000 });
    await user.click(chip(/^需修正的错误（2）$/u));
    expect(listItems()[1]).toHaveAccessibleName(/^错误：规模以上工业企业研发投入占主营业务收入比重，2016年。/u);

    // Correcting the figure takes the error away again.
    sim.user.edit(sheetName, cell("全社会R&D经费支出占GDP的比重", 2016), 2.5);
    await waitFor(() => expect(chip(/^需修正的错误（1）$/u)).toBeInTheDocument(), { timeout: 10_000 });
    await user.click(live);
    await waitFor(() => expect(live).not.toBeChecked());
  });

  it("goes to where a figure is now when people sort the sheet while live check is on", async () => {
    const { sim, cell, sheetName } = await workbookWithFigures(FIGURES, { userName: "张三" });
    const { Probe, pane } = paneProbe();
    renderPane({
      sim,
      view: (
        <>
          <Probe />
          <CheckView />
        </>
      ),
    });
    const user = await runCheck();
    const live = screen.getByRole("switch", { name: "实时检查" });
    await user.click(live);
    await waitFor(() => expect(live).toBeChecked());

    const before = cell("科技进步贡献率", 2017);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(sheetName).protection.unprotect();
      await context.sync();
    });
    const sheet = monitoringSheet(sim);
    // By name, descending: every plan row moves.
    expect(sim.user.sortRows(sheetName, sheet.headerRow + 1, sheet.lastRow, "B", false)).toEqual({ ok: true });
    const sorted = monitoringSheet(sim);
    const now = (name: string, year: number): string => {
      const id = PLAN?.indicators.find((indicator) => indicator.name === name)?.id ?? "";
      return sorted.address(sorted.rowsOf(id)[0] ?? 0, sorted.yearColumn(year) ?? 0);
    };
    expect(now("科技进步贡献率", 2017)).not.toBe(before);
    // The live re-check has come in once the error it lists sits on its cell's new row.
    await waitFor(
      () =>
        expect(pane().checked?.findings.map((located) => located.address)).toContain(
          `${sheetName}!${now("全社会R&D经费支出占GDP的比重", 2016)}`,
        ),
      { timeout: 10_000 },
    );

    await user.click(chip(/^进度滞后（1）$/u));
    listItems()[0]?.focus();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(sim.workbook.selection).toEqual({ sheet: sheetName, address: now("科技进步贡献率", 2017) }),
    );
    await user.click(live);
    await waitFor(() => expect(live).not.toBeChecked());
  });

  it("holds the live switch while live check starts, so quick presses start one watcher, and keeps focus on it", async () => {
    const { sim, cell, sheetName } = await workbookWithFigures(FIGURES, { userName: "张三" });
    const watches = watchSpy();
    renderPane({ sim, view: <CheckView />, wrapWorkbook: watches.wrap });
    const user = await runCheck();
    const live = screen.getByRole("switch", { name: "实时检查" });
    watches.holdStarts();
    live.focus();
    await user.keyboard(" ");
    expect(live).toHaveAttribute("aria-disabled", "true");
    await user.keyboard(" ");
    await user.click(live);
    expect(live).toHaveFocus();
    watches.releaseStarts();
    await waitFor(() => expect(live).not.toHaveAttribute("aria-disabled"));
    expect(live).toBeChecked();
    expect(watches.running()).toBe(1);

    sim.user.edit(sheetName, cell("规模以上工业企业研发投入占主营业务收入比重", 2016), "见附表");
    await waitFor(() => expect(chip(/^需修正的错误（2）$/u)).toBeInTheDocument(), { timeout: 10_000 });
    await pause(QUIET_MS);
    expect(watches.counts.reported).toBe(1);
    await user.click(live);
    await waitFor(() => expect(live).not.toBeChecked());
    expect(watches.running()).toBe(0);
  });

  it("keeps a just-saved explanation on screen when a live re-check begun before the save reports after it", async () => {
    const { sim, cell, sheetName } = await workbookWithFigures(FIGURES, { userName: "张三" });
    const watches = watchSpy();
    renderPane({ sim, view: <CheckView />, wrapWorkbook: watches.wrap });
    const user = await runCheck();
    const live = screen.getByRole("switch", { name: "实时检查" });
    await user.click(live);
    await waitFor(() => expect(live).toBeChecked());

    // A figure of the same row is corrected; its re-check reads the row before the explanation exists, and Excel
    // is slow to answer.
    watches.holdReports();
    sim.user.edit(sheetName, cell("有效发明专利总量", 2016), 21001);
    await waitFor(() => expect(watches.counts.reported).toBe(1), { timeout: 10_000 });
    await user.click(chip(/^需填写说明（1）$/u));
    listItems()[0]?.focus();
    await user.keyboard("{Enter}");
    await user.type(screen.getByRole("textbox", { name: /^审核说明：有效发明专利总量/u }), "口径调整");
    await user.click(screen.getByRole("button", { name: "保存说明" }));
    await waitFor(() => expect(chip(/^需填写说明（0）$/u)).toBeInTheDocument());

    watches.releaseReports();
    await pause(200);
    expect(chip(/^需填写说明（0）$/u)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("另有 1 个说明已填写，等待审核。");
    await user.click(live);
    await waitFor(() => expect(live).not.toBeChecked());
  });

  it("says to create the sheet first when the workbook has no plan", async () => {
    const { container } = renderPane({ view: <CheckView /> });
    const reason = await screen.findByText("本工作簿还没有监测表。请先在“计划”中选择规划并生成监测表。");
    const button = screen.getByRole("button", { name: "检查" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(reason.textContent ?? "");
    expect(screen.getByRole("switch", { name: "实时检查" })).toBeDisabled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("explains that checking needs Excel outside it", async () => {
    const { container } = renderDetached("zh-CN", <CheckView />);
    const button = screen.getByRole("button", { name: "检查" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription("未连接到 Excel 工作簿，无法检查。");
    await userEvent.setup().click(button);
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("speaks English", async () => {
    const { sim } = await workbookWithFigures(FIGURES, { userName: "Zhang San", locale: "en-US" });
    const { container } = renderPane({ sim, locale: "en-US", view: <CheckView /> });
    expect(screen.getByRole("heading", { level: 2, name: "Check" })).toBeInTheDocument();
    await runCheck("en-US");
    expect(screen.getByRole("status")).toHaveTextContent(
      "Check finished. Errors to fix: 1. Explanations needed: 1. Behind schedule: 1. Needs acceleration: 1.",
    );
    for (const label of [
      "All (4)",
      "Errors to fix (1)",
      "Explanations needed (1)",
      "Behind schedule (1)",
      "Needs acceleration (1)",
    ])
      expect(screen.getByRole("button", { name: label })).toBeInTheDocument();
    const items = within(screen.getByRole("list", { name: "Check results" })).getAllByRole("button");
    expect(items[0]).toHaveAccessibleName(
      /^Error: 全社会R&D经费支出占GDP的比重, 2016\. Unreadable figure\. Entered 待统计, expected one number\. The 2016 entry "待统计" contains no digits/u,
    );
    expect(items[3]).toHaveAccessibleName(
      /^Speed up: 技术市场交易额, 2017\. Needs acceleration\. Entered 470 亿元, expected target ≥600 亿元 by 2020\. Completion/u,
    );
    expect(screen.getByRole("switch", { name: "Live check" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
