import type { Explanation, ReviewDecision } from "../../src/core/review";
import { formatWhen } from "../../src/taskpane/review/format-when";
import {
  cellHistory,
  matchesFilter,
  rememberWarnings,
  reviewItems,
  reviewProgress,
} from "../../src/taskpane/review/review-items";
import type { CheckResult } from "../../src/taskpane/workbook";
import { populate, check, saveExplanation, saveReview, simulatorHost } from "../../src/excel";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { createSimulator } from "../../src/workbench/simulator";
import { monitoringSheet } from "../excel/sim";

const ID = "p:patents:2020";

const explanation = (at: string, text: string, year = 2017): Explanation => ({
  indicatorId: ID,
  year,
  text,
  author: "张三",
  at,
});
const decision = (at: string, verdict: ReviewDecision["decision"]): ReviewDecision => ({
  indicatorId: ID,
  year: 2017,
  decision: verdict,
  comment: "",
  reviewer: "李四",
  at,
});

describe("cellHistory", () => {
  it("lists one cell's explanations and decisions oldest first, an explanation before a decision of the same moment", () => {
    const history = cellHistory(
      [
        explanation("2026-03-02T09:00:00Z", "改写"),
        explanation("2026-03-01T09:00:00Z", "初稿"),
        explanation("2026-03-01T09:00:00Z", "他年", 2018),
      ],
      [decision("2026-03-02T09:00:00.000Z", "accepted"), decision("2026-03-01T12:00:00Z", "returned")],
      ID,
      2017,
    );
    expect(history.map(({ kind, entry }) => `${kind}:${entry.at}`)).toEqual([
      "explanation:2026-03-01T09:00:00Z",
      "decision:2026-03-01T12:00:00Z",
      "explanation:2026-03-02T09:00:00Z",
      "decision:2026-03-02T09:00:00.000Z",
    ]);
  });

  it("keeps an entry whose time does not parse, first, and shows its time as stored", () => {
    const history = cellHistory([explanation("2026-03-01T09:00:00Z", "a"), explanation("昨天", "b")], [], ID, 2017);
    expect(history.map(({ entry }) => entry.at)).toEqual(["昨天", "2026-03-01T09:00:00Z"]);
    expect(formatWhen("昨天", "zh-CN")).toBe("昨天");
    expect(formatWhen("2026-03-01T09:00:00Z", "en-US")).toMatch(/2026/u);
  });
});

describe("review items over a checked workbook", () => {
  async function checkedWorkbook(): Promise<{ first: CheckResult; afterAccept: CheckResult }> {
    const plan = builtInPlan(DEFAULT_PLAN_ID);
    if (plan === null) throw new Error("default plan missing");
    const patents = plan.indicators.find((indicator) => indicator.name === "有效发明专利总量");
    if (patents === undefined) throw new Error("no patents indicator");
    const sim = createSimulator({ userName: "张三" });
    const host = simulatorHost(sim);
    await populate(host, plan, "zh-CN");
    const sheet = monitoringSheet(sim);
    const row = sheet.rowsOf(patents.id)[0] ?? 0;
    for (const [year, value] of [
      [2016, 20000],
      [2017, 30000],
      [2018, 30000],
      [2019, 30000],
    ] as const) {
      expect(sim.user.edit(sheet.name, sheet.address(row, sheet.yearColumn(year) ?? 0), value)).toEqual({ ok: true });
    }
    await saveExplanation(host, { indicatorId: patents.id, year: 2017, text: "口径调整" });
    const first = await check(host, "zh-CN");
    await saveReview(host, { indicatorId: patents.id, year: 2017, decision: "accepted", comment: "" });
    return { first, afterAccept: await check(host, "zh-CN") };
  }

  it("remembers the warnings of a cell whose acceptance closed them, and counts the progress", async () => {
    const { first, afterAccept } = await checkedWorkbook();
    const before = reviewItems(first, new Map());
    expect(before.map((item) => [item.year, item.state])).toEqual([
      [2017, "awaiting-review"],
      [2019, "explanation-missing"],
    ]);
    expect(before[0]?.warnings.map((w) => w.finding.code)).toEqual(["year-on-year-change"]);
    expect(before[0]?.warningsRemembered).toBe(false);

    // Its warning is gone from the findings, but the check still says where the cell is.
    const forgetful = reviewItems(afterAccept, new Map());
    expect(forgetful[0]).toMatchObject({ year: 2017, state: "accepted", warnings: [], address: before[0]?.address });
    expect(forgetful[0]?.address).toMatch(/^指标监测!K\d+$/u);

    const remembered = reviewItems(afterAccept, rememberWarnings(new Map(), first.findings));
    expect(remembered[0]).toMatchObject({ state: "accepted", warningsRemembered: true });
    expect(remembered[0]?.address).toBe(before[0]?.address);
    expect(remembered[1]?.warningsRemembered).toBe(false);

    expect(reviewProgress(remembered)).toEqual({
      reviewed: 1,
      explained: 1,
      missing: 1,
      counts: { "awaiting-review": 0, returned: 0, "explanation-missing": 1, accepted: 1, all: 2 },
    });
    expect(remembered.filter((item) => matchesFilter(item, "accepted")).map((item) => item.year)).toEqual([2017]);
  });
});
