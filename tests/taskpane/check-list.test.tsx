/**
 * @jest-environment jsdom
 */
import { FluentProvider } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findingHead, type Finding } from "../../src/core/findings";
import { formatFinding } from "../../src/core/messages";
import { cellKey } from "../../src/core/review";
import { summarise } from "../../src/core/summary";
import { checkText } from "../../src/taskpane/check/strings";
import { FindingList } from "../../src/taskpane/check/FindingList";
import { checkItems, countGroups } from "../../src/taskpane/check/items";
import { planMonitorTheme } from "../../src/taskpane/theme";
import type { CheckResult } from "../../src/taskpane/workbook";
import { syntheticPlan } from "../excel/sim";

/** Ten thousand unreadable figures: 2,000 indicators × 5 years, each with its own cell. */
function tenThousandFindings(): CheckResult {
  const plan = syntheticPlan(2000);
  const summary = summarise(plan, [], { reportingYear: 2015 });
  const findings = plan.indicators.flatMap((indicator, row) =>
    [2011, 2012, 2013, 2014, 2015].map((year, column) => {
      const finding: Finding = {
        ...findingHead(indicator, year, "unreadable-figure"),
        expected: null,
        actual: `待统计${row}-${year}`,
        threshold: null,
        cause: "not-a-number",
      };
      return {
        finding,
        address: `指标监测!${String.fromCharCode(74 + column)}${row + 5}`,
        message: formatFinding(finding, "zh-CN"),
      };
    }),
  );
  return {
    findings,
    summary,
    addresses: new Map(
      findings.map((located) => [cellKey(located.finding.indicatorId, located.finding.year), located.address]),
    ),
  };
}

describe("findings list", () => {
  it("mounts only a window of rows out of 10,000 findings, each telling its place in the whole list", async () => {
    const items = checkItems(tenThousandFindings());
    expect(items).toHaveLength(10_000);
    expect(countGroups(items).errors).toBe(10_000);
    const chosen: string[] = [];
    render(
      <FluentProvider theme={planMonitorTheme}>
        <FindingList
          items={items}
          locale="zh-CN"
          text={checkText("zh-CN")}
          selectedKey={null}
          onChoose={(item) => chosen.push(item.key)}
        />
      </FluentProvider>,
    );
    const list = screen.getByRole("list", { name: "检查结果列表" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(20);
    expect(rows[0]).toHaveAttribute("aria-setsize", "10000");
    expect(rows[0]).toHaveAttribute("aria-posinset", "1");

    // The first row is the first finding, readable in full by a screen reader, and chosen from the keyboard.
    const first = within(rows[0] as HTMLElement).getByRole("button");
    expect(first).toHaveAccessibleName(/^错误：指标0，2011年。无法识别的数值。填报值 待统计0-2011，应为 一个数值。/u);
    first.focus();
    await userEvent.keyboard("{Enter}");
    expect(chosen).toEqual([items[0]?.key]);

    // Arrow keys and Home move between rows (jsdom cannot scroll, so rows beyond the window are the browser's).
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(document.activeElement).toHaveAccessibleName(/^错误：指标0，2013年/u);
    await userEvent.keyboard("{ArrowUp}");
    expect(document.activeElement).toHaveAccessibleName(/^错误：指标0，2012年/u);
    await userEvent.keyboard("{Home}");
    expect(document.activeElement).toBe(first);
  });
});
