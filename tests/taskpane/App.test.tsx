/**
 * @jest-environment jsdom
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { populate, simulatorHost } from "../../src/excel";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { createSimulator } from "../../src/workbench/simulator";
import { renderDetached, renderPane } from "./render-pane";

describe("task pane shell", () => {
  it("speaks Chinese by default and says when no workbook is connected", async () => {
    const { container } = renderDetached("zh-CN");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("规划指标监测");
    expect(screen.getByText(/^未连接到 Excel 工作簿。请在 Excel 中/u)).toBeInTheDocument();
    for (const name of ["计划", "检查", "审核", "汇总"]) expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("speaks English when Office's display language is English", async () => {
    const { container } = renderPane({ locale: "en-US" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Plan Monitor");
    expect(
      await screen.findByText(
        /^This workbook has no monitoring sheet yet\. Pick a plan under Plans and create the sheet\.$/u,
      ),
    ).toBeInTheDocument();
    for (const name of ["Plans", "Check", "Review", "Summary"])
      expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("opens on the Check view when the workbook already monitors a plan, and names the plan", async () => {
    const sim = createSimulator({ userName: "张三" });
    const plan = builtInPlan(DEFAULT_PLAN_ID);
    if (plan === null) throw new Error("default plan missing");
    await populate(simulatorHost(sim), plan, "zh-CN");
    renderPane({ sim });
    expect(await screen.findByText(/本工作簿监测：成都市“十三五”科技创新规划/u)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("检查"));
  });

  // Arrow keys between tabs are tabster's and need layout: the browser test covers them.
  it("changes view from the keyboard", async () => {
    renderDetached("zh-CN");
    const user = userEvent.setup();
    screen.getByRole("tab", { name: "检查" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("检查");
    expect(screen.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", "tab-check");
  });

  it("keeps what was typed in a view while another view is looked at", async () => {
    renderPane();
    const user = userEvent.setup();
    const pasted = await screen.findByRole("textbox", { name: "规划文本" });
    await user.click(pasted);
    await user.paste("到2020年，全市高新技术企业达到2000家。");
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    expect(screen.queryByRole("textbox", { name: "规划文本" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "计划" }));
    expect(screen.getByRole("textbox", { name: "规划文本" })).toHaveValue("到2020年，全市高新技术企业达到2000家。");
  });
});
