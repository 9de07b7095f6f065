/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { App } from "../../src/taskpane/App";

function renderApp(props: Parameters<typeof App>[0]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}

describe("task pane shell", () => {
  it("speaks Chinese by default and says when no workbook is connected", async () => {
    const { container } = renderApp({ locale: "zh-CN", host: "browser" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("规划指标监测");
    expect(screen.getByText(/未连接到 Excel 工作簿/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("speaks English when Office's display language is English", async () => {
    const { container } = renderApp({ locale: "en-US", host: "excel" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Plan Monitor");
    expect(screen.getByText("Connected to Excel.")).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
