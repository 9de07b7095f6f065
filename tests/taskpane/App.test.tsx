/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { BUILT_IN_CATALOGS } from "../../src/plans";
import { App } from "../../src/taskpane/App";

function renderApp(props: Omit<Parameters<typeof App>[0], "plans">) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} plans={BUILT_IN_CATALOGS} />
    </FluentProvider>,
  );
}

describe("task pane shell", () => {
  it("speaks Chinese by default and says when no workbook is connected", async () => {
    const { container } = renderApp({ locale: "zh-CN", host: "browser" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("规划指标监测");
    expect(screen.getByText(/未连接到 Excel 工作簿/)).toBeInTheDocument();
    const plans = within(screen.getByRole("region", { name: "内置规划" })).getAllByRole("listitem");
    expect(plans.map((item) => item.querySelector("span")?.textContent)).toEqual(BUILT_IN_CATALOGS.map((c) => c.title));
    expect(await axe(container)).toHaveNoViolations();
  });

  it("speaks English when Office's display language is English", async () => {
    const { container } = renderApp({ locale: "en-US", host: "excel" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Plan Monitor");
    expect(screen.getByText("Connected to Excel.")).toBeInTheDocument();
    expect(screen.getByText(/Plan period 2016–2020 · 13 indicators/u)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
