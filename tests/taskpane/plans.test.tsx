/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { formatTarget } from "../../src/core/messages";
import type { Plan } from "../../src/core/model";
import { populate, simulatorHost } from "../../src/excel";
import { BUILT_IN_CATALOGS, builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { PlansView } from "../../src/taskpane/plans/PlansView";
import { createSimulator, type Simulator } from "../../src/workbench/simulator";
import { monitoringSheet } from "../excel/sim";
import { renderDetached, renderPane } from "./render-pane";

function planNamed(id: string): Plan {
  const plan = builtInPlan(id);
  if (plan === null) throw new Error(`no built-in plan ${id}`);
  return plan;
}

/** The indicator ids on the monitoring sheet, top to bottom. */
function sheetIds(sim: Simulator): readonly string[] {
  const sheet = monitoringSheet(sim);
  const idColumn = sheet.column("指标编号") ?? sheet.column("Indicator id");
  if (idColumn === null) throw new Error("no id column");
  const ids: string[] = [];
  for (let row = sheet.headerRow + 1; row <= sheet.lastRow; row++) {
    const id = sheet.value(row, idColumn);
    if (id !== "") ids.push(String(id));
  }
  return ids;
}

const builtIn = () => screen.getByRole("region", { name: "内置规划" });

describe("计划 view: built-in plans", () => {
  it("groups the plans by region and period, preselects the default plan and lists its indicators", async () => {
    const onPopulated = jest.fn();
    const { container } = renderPane({ view: <PlansView plans={BUILT_IN_CATALOGS} onPopulated={onPopulated} /> });
    expect(await screen.findByText("将在本工作簿中新建监测表。")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("规划");
    const groups = screen.getAllByRole("radiogroup").map((group) => group.getAttribute("aria-labelledby"));
    expect(groups.map((id) => document.getElementById(id ?? "")?.tagName)).toEqual(["H4", "H4", "H4", "H4", "H4"]);
    expect(groups.map((id) => document.getElementById(id ?? "")?.textContent)).toEqual([
      "成都市 · 2016–2020",
      "成都市 · 2021–2025",
      "四川省 · 2016–2025",
      "四川省 · 2021–2025",
      "重庆市 · 2016–2020",
    ]);
    const chengdu = screen.getByRole("radiogroup", { name: "成都市 · 2016–2020" });
    expect(within(chengdu).getByRole("radio", { name: /成都市“十三五”科技创新规划/u })).toBeChecked();
    expect(within(chengdu).getByRole("radio", { name: /2016–2020年 · 13 项指标/u })).toBeInTheDocument();

    const plan = planNamed(DEFAULT_PLAN_ID);
    const list = screen.getByRole("region", { name: `“${plan.title}”的指标（${plan.indicators.length} 项）` });
    expect(
      within(list)
        .getAllByRole("term")
        .map((term) => term.textContent),
    ).toEqual(plan.indicators.map((indicator) => indicator.name));
    const first = plan.indicators[0];
    const facts = within(list).getAllByRole("definition")[0];
    expect(facts).toHaveTextContent(`单位：${first?.unit}`);
    expect(facts).toHaveTextContent(`目标：${first ? formatTarget(first.target, "zh-CN") : ""}（2020年）`);
    expect(facts).toHaveTextContent("属性：预期性");
    // The plans are the built-in section's one list: a screen reader announces how many there are.
    expect(within(builtIn()).getAllByRole("listitem")).toHaveLength(BUILT_IN_CATALOGS.length);
    expect(within(builtIn()).getByRole("button", { name: "生成监测表" })).toBeEnabled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("creates the monitoring sheet of the chosen plan and hands over to the shell", async () => {
    const onPopulated = jest.fn();
    const { sim, container } = renderPane({
      view: <PlansView plans={BUILT_IN_CATALOGS} onPopulated={onPopulated} />,
    });
    const user = userEvent.setup();
    await screen.findByText("将在本工作簿中新建监测表。");
    await user.click(screen.getByRole("radio", { name: /四川省“十四五”高新技术产业发展规划/u }));
    const plan = planNamed("sichuan-14th-hitech");
    expect(screen.getByRole("region", { name: /“四川省“十四五”高新技术产业发展规划”的指标/u })).toBeInTheDocument();

    await user.click(within(builtIn()).getByRole("button", { name: "生成监测表" }));
    await waitFor(() => expect(onPopulated).toHaveBeenCalledTimes(1));
    expect(sheetIds(sim)).toEqual(plan.indicators.map((indicator) => indicator.id));
    // The workbook now monitors the plan: the view says so and offers an update.
    expect(await within(builtIn()).findByRole("button", { name: "更新监测表" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("preselects the plan the workbook monitors and promises to keep what was entered when updating", async () => {
    const sim = createSimulator({ userName: "张三" });
    const plan = planNamed(DEFAULT_PLAN_ID);
    await populate(simulatorHost(sim), plan, "zh-CN");
    const sheet = monitoringSheet(sim);
    const first = plan.indicators[0];
    const row = sheet.rowsOf(first?.id ?? "")[0] ?? 0;
    const column = sheet.yearColumn(2017) ?? 0;
    expect(sim.user.edit(sheet.name, sheet.address(row, column), "63.5")).toEqual({ ok: true });

    const onPopulated = jest.fn();
    renderPane({ sim, view: <PlansView plans={BUILT_IN_CATALOGS} onPopulated={onPopulated} /> });
    const update = await within(builtIn()).findByRole("button", { name: "更新监测表" });
    expect(screen.getByRole("radio", { name: /成都市“十三五”科技创新规划（本工作簿正在监测）/u })).toBeChecked();
    expect(update).toHaveAccessibleDescription(
      "本工作簿正在监测“成都市“十三五”科技创新规划”。更新后，已填报的数据和审核说明都会保留。",
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: /重庆市科技创新“十三五”规划/u }));
    expect(update).toHaveAccessibleDescription(/改用所选规划后，已填报的数据和审核说明都会保留/u);
    await user.click(screen.getByRole("radio", { name: /成都市“十三五”科技创新规划/u }));
    await user.click(update);
    await waitFor(() => expect(onPopulated).toHaveBeenCalled());
    const after = monitoringSheet(sim);
    expect(after.value(after.rowsOf(first?.id ?? "")[0] ?? 0, after.yearColumn(2017) ?? 0)).toBe(63.5);
  });

  it("disables the button while the sheet is being written, so a second click writes nothing", async () => {
    const onPopulated = jest.fn();
    const { workbook } = renderPane({ view: <PlansView plans={BUILT_IN_CATALOGS} onPopulated={onPopulated} /> });
    const populate = jest.spyOn(workbook, "populate");
    await screen.findByText("将在本工作簿中新建监测表。");
    const button = within(builtIn()).getByRole("button", { name: "生成监测表" });
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(button);
    // Counted once everything has settled: the first write done, the view offering an update.
    await waitFor(() => expect(within(builtIn()).getByRole("button", { name: "更新监测表" })).toBeEnabled());
    expect(populate).toHaveBeenCalledTimes(1);
    expect(onPopulated).toHaveBeenCalledTimes(1);
  });

  it("lets a person browse outside Excel, and says why the sheet cannot be created there", async () => {
    const { container } = renderDetached("zh-CN", <PlansView plans={BUILT_IN_CATALOGS} onPopulated={jest.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: /重庆市科技创新“十三五”规划/u }));
    expect(screen.getByRole("region", { name: /“重庆市科技创新“十三五”规划”的指标（47 项）/u })).toBeInTheDocument();
    const button = within(builtIn()).getByRole("button", { name: "生成监测表" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(/在 Excel 中打开本加载项后才能生成监测表/u);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("is used from the keyboard: Space chooses a plan, Enter creates its sheet", async () => {
    const onPopulated = jest.fn();
    const { sim } = renderPane({ view: <PlansView plans={BUILT_IN_CATALOGS} onPopulated={onPopulated} /> });
    await screen.findByText("将在本工作簿中新建监测表。");
    const user = userEvent.setup();
    const radio = screen.getByRole("radio", { name: /成都市国民经济和社会发展第十四个五年规划/u });
    radio.focus();
    await user.keyboard(" ");
    expect(radio).toBeChecked();
    within(builtIn()).getByRole("button", { name: "生成监测表" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(onPopulated).toHaveBeenCalledTimes(1));
    expect(sheetIds(sim)).toEqual(planNamed("chengdu-14th-outline-sti").indicators.map((i) => i.id));
  });

  it("speaks English, and puts a plan without a region under Other", async () => {
    const [first] = BUILT_IN_CATALOGS;
    if (first === undefined) throw new Error("no catalogs");
    const regionless = {
      ...first,
      id: "regionless",
      title: "某开发区科技规划",
      region: null,
      indicators: first.indicators.slice(0, 1),
    };
    const { container } = renderPane({
      locale: "en-US",
      view: <PlansView plans={[...BUILT_IN_CATALOGS, regionless]} onPopulated={jest.fn()} />,
    });
    expect(await screen.findByText("A new monitoring sheet is added to this workbook.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Built-in plans" })).toBeInTheDocument();
    const other = screen.getByRole("radiogroup", { name: "Other · 2016–2020" });
    expect(
      within(other).getByRole("radio", { name: /某开发区科技规划 2016–2020 · indicators: 1/u }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/^Unit: %/u).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Target: ≥67 \(2020\) · Attribute: Expected/u)).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Create monitoring sheet" })).toBeEnabled();
    expect(await axe(container)).toHaveNoViolations();
  });
});
