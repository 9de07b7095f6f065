/**
 * @jest-environment jsdom
 */
import { FluentProvider } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { Signed } from "../../src/taskpane/review/Signed";
import { reviewText } from "../../src/taskpane/review/strings";
import { planMonitorTheme } from "../../src/taskpane/theme";

describe("who wrote an entry, and when", () => {
  it("names the signer and the time, machine-readable too", () => {
    render(
      <FluentProvider theme={planMonitorTheme}>
        <Signed who="张三" at="2026-03-01T09:00:00.000Z" text={reviewText("zh-CN")} locale="zh-CN" />
      </FluentProvider>,
    );
    expect(screen.getByText(/^张三，/u)).toBeInTheDocument();
    expect(document.querySelector("time")).toHaveAttribute("dateTime", "2026-03-01T09:00:00.000Z");
  });

  it("says an explanation typed into the sheet is unsigned, instead of showing an empty name and date", () => {
    render(
      <FluentProvider theme={planMonitorTheme}>
        <Signed who="" at="" text={reviewText("en-US")} locale="en-US" />
      </FluentProvider>,
    );
    expect(screen.getByText("Typed into the sheet (unsigned)")).toBeInTheDocument();
    expect(document.querySelector("time")).toBeNull();
  });
});
