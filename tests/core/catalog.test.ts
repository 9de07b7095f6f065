import { buildCatalog, type CatalogMeta } from "../../src/core/catalog";
import type { ExtractedIndicator } from "../../src/core/extract/types";

const META: CatalogMeta = {
  id: "sichuan-14th-hitech",
  title: "四川省“十四五”高新技术产业发展规划",
  region: "四川省",
  period: { start: 2021, end: 2025 },
};

function entry(fields: Partial<ExtractedIndicator> & Pick<ExtractedIndicator, "name" | "line">): ExtractedIndicator {
  return {
    unit: null,
    baselineYear: null,
    baselineValue: null,
    targetYear: 2025,
    comparator: ">=",
    targetValue: null,
    targetLow: null,
    targetHigh: null,
    attribute: null,
    direction: "increase",
    source: "text",
    snippet: fields.name,
    increment: false,
    ...fields,
  };
}

// Seed 004: table 1 row 1 and the text's restatement of the same target in another unit.
const tableRevenue = entry({
  name: "全省高新技术产业营业收入",
  unit: "亿元",
  baselineYear: 2020,
  baselineValue: 20167,
  targetValue: 29600,
  source: "table",
  line: 127,
});
const textRevenue = entry({ name: "全省高新技术产业营业收入", unit: "万亿元", targetValue: 2.96, line: 60 });

describe("one indicator from a table row and its text restatements", () => {
  it("merges a restatement in another unit when the targets agree after conversion", () => {
    const { plan, conflicts } = buildCatalog([textRevenue, tableRevenue], META);
    expect(conflicts).toEqual([]);
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]).toMatchObject({
      name: "全省高新技术产业营业收入",
      unit: "亿元",
      baseline: { year: 2020, value: 20167 },
      target: { comparator: ">=", year: 2025, value: 29600 },
      measure: "amount",
    });
    expect(plan.indicators[0]?.provenance.map((p) => [p.source, p.line])).toEqual([
      ["text", 60],
      ["table", 127],
    ]);
  });

  it("merges a shorter name that is a distinctive part of the table's name", () => {
    const text = entry({ name: "高新技术产业营业收入", unit: "亿元", targetValue: 29600, line: 61 });
    expect(buildCatalog([tableRevenue, text], META).plan.indicators).toHaveLength(1);
  });

  it("merges a short name only when its target agrees, and never reports it as a conflict", () => {
    const same = entry({ name: "营业收入", unit: "亿元", targetValue: 29600, line: 61 });
    const other = entry({ name: "营业收入", unit: "亿元", targetValue: 500, line: 62 });
    const { plan, conflicts } = buildCatalog([tableRevenue, same, other], META);
    expect(plan.indicators.map((indicator) => [indicator.name, indicator.provenance.map((p) => p.line)])).toEqual([
      ["全省高新技术产业营业收入", [61, 127]],
      ["营业收入", [62]],
    ]);
    expect(conflicts).toEqual([]);
  });

  it("reads 翻一番 in the text as twice the table's baseline", () => {
    const table = entry({
      name: "每万人口发明专利拥有量",
      unit: "件",
      baselineYear: 2015,
      baselineValue: 4.3,
      targetValue: 8.6,
      source: "table",
      line: 910,
    });
    const doubled = entry({ name: "每万人口发明专利拥有量", comparator: "x2", line: 1415 });
    expect(buildCatalog([table, doubled], META).plan.indicators).toHaveLength(1);
  });

  it("reports a disagreement instead of choosing, and keeps the table's target", () => {
    const text = entry({ name: "全省高新技术产业营业收入", unit: "万亿元", targetValue: 3, line: 60 });
    const { plan, conflicts } = buildCatalog([tableRevenue, text], META);
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]?.target).toEqual({ comparator: ">=", year: 2025, value: 29600 });
    expect(conflicts).toEqual([
      {
        code: "target-mismatch",
        name: "全省高新技术产业营业收入",
        kept: { line: 127, target: { comparator: ">=", year: 2025, value: 29600 }, unit: "亿元" },
        other: { line: 60, target: { comparator: ">=", year: 2025, value: 3 }, unit: "万亿元" },
      },
    ]);
  });

  it("keeps the same name with another target year apart: 2020 and 2025 targets are two indicators", () => {
    const in2020 = entry({ name: "总产值", unit: "亿元", targetValue: 10000, targetYear: 2020, line: 11 });
    const in2025 = entry({ name: "总产值", unit: "亿元", targetValue: 15000, targetYear: 2025, line: 11 });
    const ids = buildCatalog([in2020, in2025], META).plan.indicators.map((indicator) => indicator.id);
    expect(ids).toEqual(["sichuan-14th-hitech:总产值:2020", "sichuan-14th-hitech:总产值:2025"]);
  });
});

describe("what a target means", () => {
  it("counts a 新增 target from zero in the year before the period, and says so in its name", () => {
    const added = entry({ name: "国家级科技创新平台", unit: "个", targetValue: 20, increment: true, line: 154 });
    expect(buildCatalog([added], META).plan.indicators[0]).toMatchObject({
      name: "新增国家级科技创新平台",
      baseline: { year: 2020, value: 0 },
      target: { comparator: ">=", year: 2025, value: 20 },
    });
  });

  it("keeps ranges and doublings", () => {
    const range = entry({
      name: "千亿元级产业集群",
      unit: "个",
      comparator: "range",
      targetLow: 3,
      targetHigh: 5,
      line: 11,
    });
    const doubled = entry({ name: "技术合同成交额", comparator: "x2", line: 12 });
    expect(buildCatalog([range, doubled], META).plan.indicators.map((indicator) => indicator.target)).toEqual([
      { comparator: "range", year: 2025, low: 3, high: 5 },
      { comparator: "x2", year: 2025 },
    ]);
  });

  it("skips, with the reason, an entry that cannot be a target", () => {
    const noYear = entry({ name: "研发人员", targetValue: 5, targetYear: null, line: 3 });
    const noValue = entry({ name: "研发经费", targetValue: null, line: 4 });
    expect(buildCatalog([noYear, noValue], META).skipped).toEqual([
      { code: "no-target-year", name: "研发人员", line: 3 },
      { code: "no-target-value", name: "研发经费", line: 4 },
    ]);
  });
});
