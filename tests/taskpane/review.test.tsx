/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import type { Indicator, Plan } from "../../src/core/model";
import { populate, readOverview, saveExplanation, setUserName, simulatorHost } from "../../src/excel";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { ReviewView } from "../../src/taskpane/review/ReviewView";
import { createSimulator, type Simulator } from "../../src/workbench/simulator";
import { monitoringSheet } from "../excel/sim";
import { renderDetached, renderPane } from "./render-pane";

function defaultPlan(): Plan {
  const plan = builtInPlan(DEFAULT_PLAN_ID);
  if (plan === null) throw new Error("default plan missing");
  return plan;
}

function indicatorNamed(plan: Plan, name: string): Indicator {
  const found = plan.indicators.find((indicator) => indicator.name === name);
  if (found === undefined) throw new Error(`the default plan has no ${name}`);
  return found;
}

const plan = defaultPlan();
const patents = indicatorNamed(plan, "有效发明专利总量");
const market = indicatorNamed(plan, "技术市场交易额");
const EXPLANATION = "统计口径调整，含新增的高新区数据";

function cellOf(sim: Simulator, indicator: Indicator, year: number): string {
  const sheet = monitoringSheet(sim);
  const row = sheet.rowsOf(indicator.id)[0];
  const column = sheet.yearColumn(year);
  if (row === undefined || column === null) throw new Error(`no cell for ${indicator.name} ${year}`);
  return sheet.address(row, column);
}

function reviewCellText(sim: Simulator, indicator: Indicator): string | number | boolean {
  const sheet = monitoringSheet(sim);
  return sheet.value(sheet.rowsOf(indicator.id)[0] ?? 0, sheet.column("审核意见") ?? 0);
}

/**
 * A workbook as staff hand it over: two jumps of over 30% on the year before draw year-on-year warnings in 2017;
 * the patents one is explained by `author`, the market one is not yet.
 */
async function flaggedWorkbook(author: string): Promise<Simulator> {
  const sim = createSimulator();
  const host = simulatorHost(sim);
  await populate(host, plan, "zh-CN");
  const sheet = monitoringSheet(sim).name;
  for (const [indicator, year, value] of [
    [patents, 2016, 20000],
    [patents, 2017, 30000],
    [market, 2016, 420],
    [market, 2017, 630],
  ] as const) {
    expect(sim.user.edit(sheet, cellOf(sim, indicator, year), value)).toEqual({ ok: true });
  }
  await setUserName(host, author);
  await saveExplanation(host, { indicatorId: patents.id, year: 2017, text: EXPLANATION });
  return sim;
}

/** The same workbook opened by a reviewer whose name neither Office nor the workbook knows. */
async function unsignedWorkbook(): Promise<Simulator> {
  const staff = createSimulator({ userName: "张三" });
  const host = simulatorHost(staff);
  await populate(host, plan, "zh-CN");
  const sheet = monitoringSheet(staff).name;
  expect(staff.user.edit(sheet, cellOf(staff, patents, 2016), 20000)).toEqual({ ok: true });
  expect(staff.user.edit(sheet, cellOf(staff, patents, 2017), 30000)).toEqual({ ok: true });
  await saveExplanation(host, { indicatorId: patents.id, year: 2017, text: EXPLANATION });
  return createSimulator({ workbook: staff.serialize() });
}

async function runCheck(user: ReturnType<typeof userEvent.setup>, name = "检查并载入待审核项"): Promise<void> {
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

function item(name: RegExp): HTMLElement {
  return screen.getByRole("article", { name });
}

describe("审核 view", () => {
  it("lists an explained cell as awaiting review; accepting it writes the decision into the sheet and counts it", async () => {
    const sim = await flaggedWorkbook("张三");
    const { container } = renderPane({ sim, view: <ReviewView /> });
    const user = userEvent.setup();
    await runCheck(user);

    const card = await screen.findByRole("article", { name: "有效发明专利总量（2017年）" });
    expect(within(card).getByText("待审核")).toBeInTheDocument();
    expect(within(card).getByText(/2017年数值较上年增长50\.0%/u)).toBeInTheDocument();
    expect(within(card).getByText(EXPLANATION)).toBeInTheDocument();
    expect(within(card).getByText(/^张三，/u)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("已审核 0 / 1");
    expect(screen.getByRole("status")).toHaveTextContent("另有 1 个带警告的单元格尚未填写说明");
    expect(screen.getByRole("progressbar", { name: "审核进度" })).toHaveAttribute("aria-valuenow", "0");
    expect(screen.getByRole("button", { name: "待审核（1）" })).toHaveAttribute("aria-pressed", "true");
    // The unexplained market cell waits for staff, not for the reviewer.
    expect(screen.queryByRole("article", { name: /技术市场交易额/u })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(card).getByRole("button", { name: "通过" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("已审核 1 / 1"));
    expect(reviewCellText(sim, patents)).toBe("2017年：已通过");
    expect(screen.getByRole("progressbar", { name: "审核进度" })).toHaveAttribute("aria-valuenow", "1");
    expect(screen.getByRole("button", { name: "已通过（1）" })).toBeInTheDocument();
    expect(screen.getByText("没有处于“待审核”状态的单元格。")).toBeInTheDocument();

    // The accepted cell is no longer flagged, yet the reviewer still sees what was accepted and can reach it.
    await user.click(screen.getByRole("button", { name: "已通过（1）" }));
    const accepted = item(/有效发明专利总量/u);
    expect(within(accepted).getByText(/2017年数值较上年增长50\.0%/u)).toBeInTheDocument();
    await user.click(within(accepted).getByRole("button", { name: "定位" }));
    await waitFor(() =>
      expect(sim.workbook.selection).toEqual({ sheet: "指标监测", address: cellOf(sim, patents, 2017) }),
    );
  });

  it("refuses to return without a comment; returning with one records it, and the history names who said what", async () => {
    const sim = await flaggedWorkbook("张三");
    await setUserName(simulatorHost(sim), "李四");
    const { container } = renderPane({ sim, view: <ReviewView /> });
    const user = userEvent.setup();
    await runCheck(user);
    const card = await screen.findByRole("article", { name: /有效发明专利总量/u });

    await user.click(within(card).getByRole("button", { name: "退回" }));
    expect(within(card).getByRole("alert")).toHaveTextContent("退回时请写明意见");
    const comment = within(card).getByRole("textbox", { name: "审核意见（退回时必填）" });
    expect(comment).toHaveFocus();
    expect(reviewCellText(sim, patents)).toBe("");

    await user.type(comment, "请附区县年报的口径说明");
    await user.click(within(card).getByRole("button", { name: "退回" }));
    await waitFor(() => expect(reviewCellText(sim, patents)).toBe("2017年：已退回，请附区县年报的口径说明"));
    expect(await screen.findByRole("button", { name: "已退回（1）" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "已退回（1）" }));
    const returned = item(/有效发明专利总量/u);
    expect(within(returned).getByText("已退回：请附区县年报的口径说明")).toBeInTheDocument();
    const disclosure = within(returned).getByRole("button", { name: "审核记录（2 条）" });
    expect(disclosure).toHaveAttribute("aria-expanded", "false");
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute("aria-expanded", "true");
    const entries = within(
      within(returned).getByRole("list", { name: "有效发明专利总量2017年的审核记录" }),
    ).getAllByRole("listitem");
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringMatching(new RegExp(`^审核说明 张三，.+${EXPLANATION}$`, "u")),
      expect.stringMatching(/^已退回 李四，.+请附区县年报的口径说明$/u),
    ]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("asks once for the reviewer's name when neither Office nor the workbook knows it, and signs with it", async () => {
    const sim = await unsignedWorkbook();
    renderPane({ sim, view: <ReviewView /> });
    const user = userEvent.setup();
    await runCheck(user);
    const card = await screen.findByRole("article", { name: /有效发明专利总量/u });

    await user.click(within(card).getByRole("button", { name: "通过" }));
    const name = screen.getByRole("textbox", { name: /审核人姓名/u });
    expect(name).toHaveFocus();
    expect(screen.getByRole("alert")).toHaveTextContent("请先填写审核人姓名");
    expect(reviewCellText(sim, patents)).toBe("");

    await user.type(name, "王五");
    await user.click(within(card).getByRole("button", { name: "通过" }));
    await waitFor(() => expect(reviewCellText(sim, patents)).toBe("2017年：已通过"));
    await waitFor(() => expect(screen.queryByRole("textbox", { name: /审核人姓名/u })).not.toBeInTheDocument());
    const overview = await readOverview(simulatorHost(sim));
    expect(overview?.userName).toBe("王五");
    expect(overview?.decisions.map((decision) => decision.reviewer)).toEqual(["王五"]);
  });

  it("carries on at the next cell after a decision, from the keyboard", async () => {
    const sim = await flaggedWorkbook("张三");
    await saveExplanation(simulatorHost(sim), { indicatorId: market.id, year: 2017, text: "大额合同集中登记" });
    renderPane({ sim, view: <ReviewView /> });
    const user = userEvent.setup();
    await runCheck(user);
    const first = await screen.findByRole("article", { name: /有效发明专利总量/u });
    within(first).getByRole("button", { name: "通过" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("heading", { name: "技术市场交易额（2017年）" })).toHaveFocus());

    await user.tab();
    expect(screen.getByRole("textbox", { name: "审核意见（退回时必填）" })).toHaveFocus();
    await user.keyboard("金额待核实");
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "退回" })).toHaveFocus();
    await user.keyboard(" ");
    await waitFor(() => expect(reviewCellText(sim, market)).toBe("2017年：已退回，金额待核实"));
    await waitFor(() => expect(screen.getByRole("heading", { name: "待审核：0 项" })).toHaveFocus());
  });

  it("offers the check before one ran, and says what is missing when it cannot run", async () => {
    const sim = createSimulator({ userName: "张三" });
    const noPlan = renderPane({ sim, view: <ReviewView /> });
    expect(await screen.findByText(/本工作簿还没有监测表。请先在“计划”中/u)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "检查并载入待审核项" })).not.toBeInTheDocument();
    noPlan.unmount();

    const { container } = renderDetached("zh-CN", <ReviewView />);
    expect(screen.getByRole("heading", { level: 2, name: "审核" })).toBeInTheDocument();
    const check = screen.getByRole("button", { name: "检查并载入待审核项" });
    expect(check).toBeDisabled();
    expect(check).toHaveAccessibleDescription("需要在 Excel 中打开本加载项才能检查工作簿。");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("says so when the check finds nothing to review", async () => {
    const sim = createSimulator({ userName: "张三" });
    await populate(simulatorHost(sim), plan, "zh-CN");
    renderPane({ sim, view: <ReviewView /> });
    await runCheck(userEvent.setup());
    expect(await screen.findByText(/暂无可审核的单元格/u)).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "按审核状态筛选" })).not.toBeInTheDocument();
  });

  it("speaks English", async () => {
    const sim = await flaggedWorkbook("Zhang San");
    const { container } = renderPane({ sim, locale: "en-US", view: <ReviewView /> });
    const user = userEvent.setup();
    await runCheck(user, "Check and load the cells to review");
    const card = await screen.findByRole("article", { name: `${patents.name} (2017)` });
    expect(within(card).getByText("Awaiting review")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Reviewed 0 of 1");
    expect(screen.getByRole("group", { name: "Filter by review state" })).toBeInTheDocument();
    expect(within(card).getByRole("button", { name: "Accept" })).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "Return" }));
    expect(within(card).getByRole("alert")).toHaveTextContent("Say what to add or correct");
    expect(await axe(container)).toHaveNoViolations();
  });
});
