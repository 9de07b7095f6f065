import type { Observation } from "../../src/core/model";
import type { Explanation, ReviewDecision } from "../../src/core/review";
import { summarise, type SummaryRow } from "../../src/core/summary";
import { summaryCellText, summaryTable } from "../../src/core/summary-table";
import { CHENGDU_13, chengduIndicator } from "../fixtures/chengdu-13";

const contribution = chengduIndicator("科技进步贡献率");
const patents = chengduIndicator("有效发明专利总量");
const hiTechFirms = chengduIndicator("高新技术企业数");
const marketValue = chengduIndicator("技术市场交易额");
const incubators = chengduIndicator("创新创业载体数量");

function row(indicatorId: string, figures: Record<number, string | number | null>): Observation[] {
  return Object.entries(figures).map(([year, input]) => ({ indicatorId, year: Number(year), input }));
}

const observations: Observation[] = [
  ...row(contribution.id, { 2016: 63, 2017: 64, 2018: "65" }),
  ...row(patents.id, { 2016: "2.2万", 2017: "26,000", 2018: "３００００", 2019: 36000 }),
  ...row(hiTechFirms.id, { 2016: 1800, 2017: 1750, 2018: 1700 }),
  ...row(marketValue.id, { 2016: "待统计", 2017: null, 2018: "——" }),
  ...row(incubators.id, { 2016: 200, 2017: 300, 2018: 320 }),
];

const explanations: Explanation[] = [
  {
    indicatorId: hiTechFirms.id,
    year: 2018,
    text: "认定标准调整，部分企业未通过复审",
    author: "张敏",
    at: "2019-03-01T09:00:00Z",
  },
  { indicatorId: incubators.id, year: 2017, text: "新增众创空间", author: "张敏", at: "2018-03-01T09:00:00Z" },
];
const decisions: ReviewDecision[] = [
  {
    indicatorId: hiTechFirms.id,
    year: 2018,
    decision: "accepted",
    comment: "",
    reviewer: "李军",
    at: "2019-03-05T10:00:00Z",
  },
  {
    indicatorId: incubators.id,
    year: 2017,
    decision: "returned",
    comment: "请列出新增载体名单",
    reviewer: "李军",
    at: "2018-03-05T10:00:00Z",
  },
];

const summary = summarise(CHENGDU_13, observations, { reportingYear: 2018, explanations, decisions });
const rowOf = (id: string): SummaryRow => {
  const found = summary.rows.find((r) => r.indicatorId === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe("the compliance summary as of a reporting year", () => {
  it("has one row per indicator, in the plan's order", () => {
    expect(summary.rows.map((r) => r.name)).toEqual(CHENGDU_13.indicators.map((indicator) => indicator.name));
  });

  it("reports the latest usable figure up to the reporting year, and its progress against the schedule", () => {
    expect(rowOf(patents.id)).toMatchObject({
      latest: { year: 2018, value: 30000 },
      elapsed: 0.6,
      status: "on-track",
    });
    expect(rowOf(patents.id).completion).toBeCloseTo((30000 - 19758) / (40000 - 19758), 10);
    expect(rowOf(contribution.id)).toMatchObject({ latest: { year: 2018, value: 65 }, status: "on-track" });
    expect(rowOf(contribution.id).completion).toBeCloseTo(0.6, 10);
  });

  it("ignores figures after the reporting year", () => {
    const later = summarise(CHENGDU_13, observations, { reportingYear: 2019 });
    expect(rowOf(patents.id).latest?.year).toBe(2018);
    expect(later.rows.find((r) => r.indicatorId === patents.id)?.latest).toEqual({ year: 2019, value: 36000 });
  });

  it("never reads text, a blank or a missing marker as a figure: the row has no data and its error stays open", () => {
    const market = rowOf(marketValue.id);
    expect(market).toMatchObject({ latest: null, status: "no-data", completion: null });
    expect(market.openFindings.map((f) => [f.code, f.year])).toEqual([["unreadable-figure", 2016]]);
  });

  it("closes a warning once its explanation is accepted, and keeps the others open", () => {
    const firms = rowOf(hiTechFirms.id);
    expect(firms.status).toBe("deteriorating");
    expect(firms.reviewedCells.map((cell) => [cell.year, cell.state])).toEqual([
      [2017, "explanation-missing"],
      [2018, "accepted"],
    ]);
    expect(firms.openFindings.every((f) => f.year === 2017)).toBe(true);
    expect(firms.review).toBe("explanation-missing");
  });

  it("shows a returned explanation as returned until it is rewritten", () => {
    expect(rowOf(incubators.id).review).toBe("returned");
    const rewritten = summarise(CHENGDU_13, observations, {
      reportingYear: 2018,
      decisions,
      explanations: [
        ...explanations,
        {
          indicatorId: incubators.id,
          year: 2017,
          text: "新增12家众创空间，名单见附件",
          author: "张敏",
          at: "2018-03-06T08:00:00Z",
        },
      ],
    });
    expect(rewritten.rows.find((r) => r.indicatorId === incubators.id)?.review).toBe("awaiting-review");
  });

  it("counts rows by status, open findings by severity and flagged cells by review state", () => {
    expect(summary.counts.byStatus).toEqual({
      achieved: 0,
      "on-track": 3,
      "needs-acceleration": 0,
      "off-track": 0,
      deteriorating: 1,
      "no-data": 7,
      "not-assessable": 0,
    });
    expect(summary.counts.bySeverity.error).toBe(1);
    expect(summary.counts.byReview).toMatchObject({ "explanation-missing": 1, accepted: 1, returned: 1 });
    const total = Object.values(summary.counts.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(CHENGDU_13.indicators.length);
  });
});

describe("the summary as a table", () => {
  it("opens with the columns of a mid-term evaluation table, in its order and words", () => {
    const table = summaryTable(summary, "zh-CN");
    expect(table.columns.slice(0, 8).map((c) => c.label)).toEqual([
      "指标",
      "单位",
      "基期值",
      "目标值",
      "最新值",
      "完成进度",
      "序时进度",
      "评价",
    ]);
    expect(
      summaryTable(summary, "en-US")
        .columns.slice(0, 8)
        .map((c) => c.label),
    ).toEqual(["Indicator", "Unit", "Baseline", "Target", "Latest figure", "Completion", "Time elapsed", "Assessment"]);
  });

  it("writes each row as a bureau reads it", () => {
    const table = summaryTable(summary, "zh-CN");
    const index = summary.rows.findIndex((r) => r.indicatorId === patents.id);
    const cells = (table.rows[index] ?? []).map((value, i) => summaryCellText(value, table.columns[i]?.kind ?? "text"));
    expect(cells.slice(0, 8)).toEqual([
      "有效发明专利总量",
      "件",
      "19758",
      "≥40000",
      "30000",
      "50.6%",
      "60.0%",
      "符合序时进度",
    ]);
    // The projection is an estimate: shown to two decimals, not to the float's last digit.
    const projection = table.rows[index]?.[table.columns.findIndex((c) => c.key === "projection")];
    expect(projection).toBe(Math.round((summary.rows[index]?.projection?.value ?? NaN) * 100) / 100);
    expect(String(projection)).toMatch(/^\d+(\.\d{1,2})?$/u);
  });

  it("puts each explanation and review comment beside its year", () => {
    const table = summaryTable(summary, "zh-CN");
    const column = (key: string) => table.columns.findIndex((c) => c.key === key);
    const incubatorRow = table.rows[summary.rows.findIndex((r) => r.indicatorId === incubators.id)] ?? [];
    expect(incubatorRow[column("explanation")]).toBe("2017年：新增众创空间");
    expect(incubatorRow[column("review")]).toBe("已退回\n2017年：请列出新增载体名单");
  });
});
