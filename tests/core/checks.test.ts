import fc from "fast-check";
import {
  checkIndicator,
  checkPlan,
  DEFAULT_CHECK_THRESHOLDS,
  monitoredYears,
  parseCheckThresholds,
  type CheckThresholds,
} from "../../src/core/checks";
import {
  FINDING_CODES,
  FINDING_SEVERITY,
  type Finding,
  type FindingCode,
  type FindingOf,
} from "../../src/core/findings";
import { formatFinding } from "../../src/core/messages";
import type { CellInput, Indicator, Observation, Plan } from "../../src/core/model";
import { readSeries } from "../../src/core/series";

// Rows of table 1 of seed 000 (成都市“十三五”科技创新规划, 2016–2020).
const PERIOD = { start: 2016, end: 2020 } as const;

const patents: Indicator = {
  id: "cd-13-kj:有效发明专利总量:2020",
  name: "有效发明专利总量（件）",
  unit: "件",
  attribute: "预期性",
  direction: "increase",
  measure: "count",
  baseline: { year: 2015, value: 19758 },
  target: { comparator: ">=", year: 2020, value: 40000 },
  provenance: [{ source: "table", line: 88, snippet: "有效发明专利总量（件）" }],
};

const rdShare: Indicator = {
  id: "cd-13-kj:全社会r&d经费支出占gdp的比重:2020",
  name: "全社会R&D经费支出占GDP的比重（%）",
  unit: "%",
  attribute: "预期性",
  direction: "increase",
  measure: "share",
  baseline: { year: 2015, value: 2.38 },
  target: { comparator: ">=", year: 2020, value: 4.0 },
  provenance: [{ source: "table", line: 78, snippet: "全社会R&D经费支出占GDP的比重（%）" }],
};

const contribution: Indicator = {
  id: "cd-13-kj:科技进步贡献率:2020",
  name: "科技进步贡献率（%）",
  unit: "%",
  attribute: "预期性",
  direction: "increase",
  measure: "rate",
  baseline: { year: 2015, value: 62 },
  target: { comparator: ">=", year: 2020, value: 67 },
  provenance: [{ source: "table", line: 73, snippet: "科技进步贡献率（%）" }],
};

const marketValue: Indicator = {
  id: "cd-13-kj:技术市场交易额:2020",
  name: "技术市场交易额（亿元）",
  unit: "亿元",
  attribute: "预期性",
  direction: "increase",
  measure: "amount",
  baseline: { year: 2015, value: 406.7 },
  target: { comparator: ">=", year: 2020, value: 600 },
  provenance: [{ source: "table", line: 98, snippet: "技术市场交易额（亿元）" }],
};

// A decrease target, as energy-intensity rows of other plans state it.
const energyIntensity: Indicator = {
  id: "demo:单位gdp能耗:2020",
  name: "单位GDP能耗（吨标准煤/万元）",
  unit: "吨标准煤/万元",
  attribute: "约束性",
  direction: "decrease",
  measure: "per-capita",
  baseline: { year: 2015, value: 0.5 },
  target: { comparator: "<=", year: 2020, value: 0.4 },
  provenance: [],
};

const obs = (indicator: Indicator, cells: Readonly<Record<number, CellInput>>): readonly Observation[] =>
  Object.entries(cells).map(([year, input]) => ({
    indicatorId: indicator.id,
    year: Number(year),
    input,
  }));

const check = (
  indicator: Indicator,
  cells: Readonly<Record<number, CellInput>>,
  thresholds?: Partial<CheckThresholds>,
): readonly Finding[] =>
  checkIndicator(
    indicator,
    obs(indicator, cells),
    thresholds === undefined ? { period: PERIOD } : { period: PERIOD, thresholds },
  );

const ofCode = <C extends FindingCode>(findings: readonly Finding[], code: C): readonly FindingOf<C>[] =>
  findings.filter((f): f is FindingOf<C> => f.code === code);

describe("errors: the figure cannot be used", () => {
  it.each<[string, CellInput, Indicator, FindingCode | null]>([
    ["text without digits", "待统计", patents, "unreadable-figure"],
    ["two decimal points", "1.2.3", patents, "unreadable-figure"],
    ["two numbers", "12 15", patents, "unreadable-figure"],
    ["a boolean", true, patents, "unreadable-figure"],
    ["a plain number", "21000", patents, null],
    ["a range typed as an actual", "3-5", patents, "not-a-single-value"],
    ["a target bound typed as an actual", "≥67", contribution, "not-a-single-value"],
    ["翻一番 typed as an actual", "翻一番", patents, "not-a-single-value"],
    ["余 makes a lower bound", "2万余", patents, "not-a-single-value"],
    ["a negative count", "-5", patents, "negative-value"],
    ["a count of exactly 0", "0", patents, null],
    ["a negative amount", "－3.5", marketValue, "negative-value"],
    ["a negative rate may be real", "-2", contribution, null],
    ["a share above 100%", "100.01", rdShare, "share-out-of-range"],
    ["a share of exactly 100%", "100", rdShare, null],
    ["a share of exactly 0%", "0", rdShare, null],
    ["a negative share is out of 0–100, once", "-0.5", rdShare, "share-out-of-range"],
    ["亿元 in a 件 row", "5亿元", patents, "unit-mismatch"],
    ["万 in a % row", "1.2万", rdShare, "unit-mismatch"],
    ["万 in a 件 row converts", "2.1万", patents, null],
    ["% in a % row", "2.5%", rdShare, null],
    ["万亿元 in an 亿元 row converts", "0.05万亿元", marketValue, null],
  ])("%s: %p", (_, input, indicator, code) => {
    const errors = check(indicator, { 2017: input }).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code)).toEqual(code === null ? [] : [code]);
  });

  it.each<[number, CellInput, boolean]>([
    [2014, "19000", true],
    [2015, "19758", false],
    [2016, "21000", false],
    [2020, "40000", false],
    [2021, "41000", true],
    [2021, "——", false],
    [2021, "", false],
    [2018.5, "30000", true],
  ])("a figure for %p (%p) outside the plan's years: %p", (year, input, fires) => {
    const findings = ofCode(check(patents, { [year]: input }), "year-outside-plan");
    expect(findings.length > 0).toBe(fires);
    if (fires)
      expect(findings[0]).toMatchObject({
        actual: input,
        threshold: { low: 2015, high: 2020 },
      });
  });

  it("quotes the text and the parser's reason for an unreadable figure", () => {
    expect(ofCode(check(patents, { 2018: " 1.2.3 " }), "unreadable-figure")).toEqual([
      expect.objectContaining({
        year: 2018,
        actual: "1.2.3",
        cause: "malformed-number",
        severity: "error",
      }),
    ]);
  });

  it("names both units of a unit contradiction", () => {
    expect(ofCode(check(patents, { 2018: "5亿元" }), "unit-mismatch")).toEqual([
      expect.objectContaining({
        expected: "件",
        actual: "亿元",
        input: "5亿元",
      }),
    ]);
  });

  it("keeps a figure with an error out of the warnings", () => {
    // 2017 is unreadable, so 2018 has no previous year and nothing is compared with the broken cell.
    const codes = check(patents, {
      2016: "21000",
      2017: "21000.5.5",
      2018: "90000",
    }).map((f) => f.code);
    expect(codes).toEqual(["unreadable-figure"]);
  });
});

describe("year-on-year change", () => {
  const noBaseline: Indicator = { ...patents, baseline: null };

  it.each<[string, number, boolean]>([
    ["+30% exactly", 130, false],
    ["just above +30%", 130.01, true],
    ["−30% exactly", 70, false],
    ["just below −30%", 69.99, true],
  ])("%s against ±30%% of the previous year", (_, figure, fires) => {
    const findings = ofCode(check(noBaseline, { 2016: 100, 2017: figure }), "year-on-year-change");
    expect(findings.length > 0).toBe(fires);
  });

  it("compares the first reporting year with the plan's baseline and names the method and bounds", () => {
    expect(ofCode(check(patents, { 2016: "30000" }), "year-on-year-change")).toEqual([
      expect.objectContaining({
        year: 2016,
        previousYear: 2015,
        expected: 19758,
        actual: 30000,
        method: { kind: "yoy-percent", limitPercent: 30 },
        threshold: { low: -30, high: 30 },
        valueBounds: { low: 13830.6, high: 25685.4 },
      }),
    ]);
  });

  it("compares consecutive years only and skips a previous figure of 0", () => {
    expect(ofCode(check({ ...contribution, baseline: null }, { 2016: 60, 2018: 90 }), "year-on-year-change")).toEqual(
      [],
    );
    expect(ofCode(check({ ...contribution, baseline: null }, { 2016: 0, 2017: 5 }), "year-on-year-change")).toEqual([]);
  });

  it("honours a bureau's threshold", () => {
    expect(ofCode(check(noBaseline, { 2016: 100, 2017: 125 }, { yoyPercent: 20 }), "year-on-year-change")).toHaveLength(
      1,
    );
  });

  // 10000 → 11000 → 12100 → 13310 → 14641 grows exactly 10% a year; the fifth change is the one judged.
  const steady = {
    2015: 10000,
    2016: 11000,
    2017: 12100,
    2018: 13310,
    2019: 14641,
  } as const;

  it("switches to a robust z-score once the history has five changes, and catches a jump ±30% would pass", () => {
    const findings = ofCode(check(patents, { ...steady, 2020: 18301.25 }), "year-on-year-change"); // +25%
    expect(findings).toHaveLength(1);
    const method = findings[0]?.method;
    expect(method).toMatchObject({
      kind: "robust-z",
      zLimit: 3,
      medianPercent: 10,
      scaleFrom: "mean-absolute-deviation",
      changes: 5,
    });
    // MAD is 0 (four equal changes), so the scale is the mean absolute deviation (15 / 5) × 1.2533.
    const scale = method?.kind === "robust-z" ? method.scalePercent : Number.NaN;
    expect(scale).toBeCloseTo(3 * 1.2533, 10);
    expect(findings[0]?.threshold).toEqual({
      low: expect.closeTo(10 - 3 * scale, 10),
      high: expect.closeTo(10 + 3 * scale, 10),
    });
  });

  it("uses the ±30% band while the history has fewer than five changes", () => {
    const short = { 2015: 10000, 2016: 11000, 2017: 12100, 2018: 15125 }; // +10%, +10%, +25%
    expect(ofCode(check(patents, short), "year-on-year-change")).toEqual([]);
  });

  it.each<[string, number, boolean]>([
    ["at the bound of the floored scale (+25%)", 18301.25, false],
    ["just beyond it", 18302, true],
  ])("robust z %s", (_, figure, fires) => {
    // With a 5-point floor on the scale the band is 10 ± 3 × 5 = [−5%, 25%].
    const findings = ofCode(
      check(patents, { ...steady, 2020: figure }, { robustMinScalePercent: 5 }),
      "year-on-year-change",
    );
    expect(findings.length > 0).toBe(fires);
    if (fires)
      expect(findings[0]?.method).toMatchObject({
        kind: "robust-z",
        scaleFrom: "floor",
        scalePercent: 5,
      });
  });

  it("does not flag a steady fast grower that ±30% would flag every year", () => {
    const fast = {
      2015: 1000,
      2016: 1400,
      2017: 1988,
      2018: 2763.32,
      2019: 3868.648,
      2020: 5416.1072,
    };
    expect(ofCode(check(patents, fast), "year-on-year-change")).toEqual([]);
    expect(ofCode(check(patents, fast, { robustMinChanges: 6 }), "year-on-year-change")).toHaveLength(5);
  });

  it("uses the MAD when more than half the changes differ", () => {
    const varied = {
      2015: 1000,
      2016: 1100,
      2017: 1221,
      2018: 1318.68,
      2019: 1463.7348,
      2020: 2927.4696,
    };
    const [finding] = ofCode(check(patents, varied), "year-on-year-change");
    expect(finding).toMatchObject({
      year: 2020,
      method: { kind: "robust-z", scaleFrom: "mad" },
    });
  });
});

describe("worse than the baseline", () => {
  it.each<[string, Indicator, number, boolean]>([
    ["increase target, one below the baseline", patents, 19757, true],
    ["increase target, at the baseline", patents, 19758, false],
    ["decrease target, above the baseline", energyIntensity, 0.51, true],
    ["decrease target, at the baseline", energyIntensity, 0.5, false],
    ["decrease target, below the baseline", energyIntensity, 0.45, false],
  ])("%s", (_, indicator, figure, fires) => {
    const findings = ofCode(check(indicator, { 2017: figure }), "worse-than-baseline");
    expect(findings.length > 0).toBe(fires);
    if (fires) {
      expect(findings[0]).toMatchObject({
        expected: indicator.baseline?.value,
        actual: figure,
        direction: indicator.direction,
        baselineYear: 2015,
      });
    }
  });

  it("does not judge the baseline year itself", () => {
    expect(ofCode(check(patents, { 2015: 19000 }), "worse-than-baseline")).toEqual([]);
  });
});

describe("unchanged figures", () => {
  it.each<[string, Readonly<Record<number, CellInput>>, readonly (readonly [number, number, number])[]]>([
    ["three equal years", { 2016: 100, 2017: 100, 2018: 100 }, [[2018, 2016, 3]]],
    ["two equal years", { 2016: 100, 2017: 100, 2018: 101 }, []],
    ["a gap breaks the run", { 2016: 100, 2017: 100, 2019: 100 }, []],
    [
      "four equal years flag the third and the fourth",
      { 2016: 7, 2017: 7, 2018: 7, 2019: 7 },
      [
        [2018, 2016, 3],
        [2019, 2016, 4],
      ],
    ],
    ["1.2万 equals 12000", { 2016: "1.2万", 2017: 12000, 2018: "12,000" }, [[2018, 2016, 3]]],
    ["the plan's baseline starts a run", { 2016: 19758, 2017: 19758 }, [[2017, 2015, 3]]],
  ])("%s", (_, cells, expected) => {
    const runs = ofCode(check(patents, cells), "unchanged-run").map((f) => [f.year, f.fromYear, f.years] as const);
    expect(runs).toEqual(expected);
  });

  it("honours a bureau's run length", () => {
    expect(ofCode(check(patents, { 2016: 100, 2017: 100 }, { unchangedYears: 2 }), "unchanged-run")).toHaveLength(1);
  });
});

describe("restated baseline", () => {
  const round: Indicator = {
    ...patents,
    baseline: { year: 2015, value: 1000 },
  };
  it.each<[string, Indicator, CellInput, boolean]>([
    ["the plan's baseline", patents, "19758", false],
    ["exactly at the 0.5% tolerance", round, 1005, false],
    ["just beyond it", round, 1005.01, true],
    ["a revised baseline", patents, "2.1万", true],
  ])("%s", (_, indicator, input, fires) => {
    const findings = ofCode(check(indicator, { 2015: input }), "restated-baseline");
    expect(findings.length > 0).toBe(fires);
  });

  it("gives the deviation and the tolerance", () => {
    expect(ofCode(check(round, { 2015: 1010 }), "restated-baseline")).toEqual([
      expect.objectContaining({
        year: 2015,
        expected: 1000,
        actual: 1010,
        threshold: 0.5,
        deviationPercent: 1,
      }),
    ]);
  });

  it("has no percentage against a baseline of 0", () => {
    const zero: Indicator = {
      ...contribution,
      baseline: { year: 2015, value: 0 },
    };
    expect(ofCode(check(zero, { 2015: 1 }), "restated-baseline")).toEqual([
      expect.objectContaining({ deviationPercent: null }),
    ]);
  });
});

describe("approximate and footnoted figures", () => {
  it.each<[CellInput, FindingCode | null, number | null]>([
    ["约21000", "approximate-figure", 21000],
    ["2.1万左右", "approximate-figure", 21000],
    ["21000*", "footnoted-figure", 21000],
    ["21000", null, null],
  ])("%p", (input, code, value) => {
    const warnings = check(patents, { 2016: input }).filter(
      (f) => f.code === "approximate-figure" || f.code === "footnoted-figure",
    );
    expect(warnings).toEqual(
      code === null
        ? []
        : [
            expect.objectContaining({
              code,
              actual: value,
              severity: "warning",
            }),
          ],
    );
  });

  it("counts an approximate figure in the series, so the other checks still see it", () => {
    expect(readSeries(patents, obs(patents, { 2016: "约21000" })).series.get(2016)).toBe(21000);
  });
});

describe("a realistic row: 有效发明专利总量（件）, seed 000", () => {
  const entered = {
    2016: "22153",
    2017: "25687",
    2018: "3.9万",
    2019: "４２１１５",
    2020: "约46000",
  };

  it("flags the jump and the approximate figure, nothing else", () => {
    expect(check(patents, entered)).toMatchInlineSnapshot(`
     [
       {
         "actual": 39000,
         "changePercent": 51.82777280336357,
         "code": "year-on-year-change",
         "expected": 25687,
         "indicatorId": "cd-13-kj:有效发明专利总量:2020",
         "method": {
           "changes": 5,
           "kind": "robust-z",
           "medianPercent": 12.121672234031784,
           "scaleFrom": "mad",
           "scalePercent": 5.679870850279856,
           "z": 6.990669614851438,
           "zLimit": 3,
         },
         "previousYear": 2017,
         "severity": "warning",
         "threshold": {
           "high": 29.161284784871352,
           "low": -4.917940316807783,
         },
         "unit": "件",
         "valueBounds": {
           "high": 33177.6592227,
           "low": 24423.7286708,
         },
         "year": 2018,
       },
       {
         "actual": 46000,
         "code": "approximate-figure",
         "expected": null,
         "indicatorId": "cd-13-kj:有效发明专利总量:2020",
         "input": "约46000",
         "severity": "warning",
         "threshold": null,
         "unit": "件",
         "year": 2020,
       },
     ]
    `);
  });

  it("renders the findings in both locales", () => {
    const findings = check(patents, entered);
    expect(findings.map((f) => formatFinding(f, "zh-CN"))).toMatchInlineSnapshot(`
     [
       "2018年数值较上年增长51.8%，超出本指标历年同比变化的正常范围（-4.9%～29.2%，稳健Z值7.0，阈值±3），请填写审核说明。",
       "2020年填写的「约46000」为约数，已按46000件计算；实际值应填写准确的统计数，确为估算数的请填写审核说明。",
     ]
    `);
    expect(findings.map((f) => formatFinding(f, "en-US"))).toMatchInlineSnapshot(`
     [
       "The 2018 figure rose 51.8% on the previous year, outside this indicator's usual year-on-year range (-4.9% to 29.2%; robust z-score 7.0, limit ±3). Please add an explanation.",
       "The 2020 entry "约46000" is approximate and is counted as 46000 件. Enter the exact figure, or add an explanation if only an estimate exists.",
     ]
    `);
  });

  it("a messy row: errors and warnings in year order", () => {
    const messy = {
      2014: "18000",
      2015: "19758",
      2016: "2万",
      2017: "2万",
      2018: "20000",
      2019: "≥40000",
      2020: "5亿元",
      2021: "——",
    };
    expect(check(patents, messy).map((f) => [f.year, f.code])).toMatchInlineSnapshot(`
     [
       [
         2014,
         "year-outside-plan",
       ],
       [
         2018,
         "unchanged-run",
       ],
       [
         2019,
         "not-a-single-value",
       ],
       [
         2020,
         "unit-mismatch",
       ],
     ]
    `);
  });
});

describe("checkPlan", () => {
  const plan: Plan = {
    id: "cd-13-kj",
    title: "成都市“十三五”科技创新规划",
    region: "成都市",
    period: PERIOD,
    indicators: [contribution, rdShare, patents],
  };

  it("lists findings in the plan's indicator order, then by year", () => {
    const observations = [
      ...obs(patents, { 2016: "5亿元" }),
      ...obs(rdShare, { 2018: "120", 2016: "-1" }),
      ...obs(contribution, { 2017: "≥67" }),
      { indicatorId: "another-plan:x:2020", year: 2016, input: "abc" },
    ];
    expect(checkPlan(plan, observations).map((f) => [f.indicatorId, f.year, f.code])).toEqual([
      [contribution.id, 2017, "not-a-single-value"],
      [rdShare.id, 2016, "share-out-of-range"],
      [rdShare.id, 2018, "share-out-of-range"],
      [patents.id, 2016, "unit-mismatch"],
    ]);
  });

  it("passes a bureau's thresholds to every indicator", () => {
    const observations = [...obs(patents, { 2016: 25000 }), ...obs(contribution, { 2016: 75 })];
    expect(checkPlan(plan, observations).map((f) => f.code)).toEqual([]);
    expect(checkPlan(plan, observations, { yoyPercent: 15 }).map((f) => [f.indicatorId, f.code])).toEqual([
      [contribution.id, "year-on-year-change"],
      [patents.id, "year-on-year-change"],
    ]);
  });
});

describe("monitoredYears", () => {
  it.each<[string, Indicator, { low: number; high: number }]>([
    ["baseline the year before the period", patents, { low: 2015, high: 2020 }],
    [
      "an older baseline (seed 000's 2014 footnote)",
      { ...rdShare, baseline: { year: 2014, value: 7.5 } },
      { low: 2014, high: 2020 },
    ],
    ["no baseline", { ...patents, baseline: null }, { low: 2015, high: 2020 }],
    [
      "a target after the period",
      { ...patents, target: { comparator: ">=", year: 2025, value: 1 } },
      { low: 2015, high: 2025 },
    ],
  ])("%s", (_, indicator, expected) => {
    expect(monitoredYears(indicator, PERIOD)).toEqual(expected);
  });
});

describe("thresholds are data", () => {
  it("has the documented defaults", () => {
    expect(DEFAULT_CHECK_THRESHOLDS).toEqual({
      yoyPercent: 30,
      robustZ: 3,
      robustMinChanges: 5,
      robustMinScalePercent: 1,
      unchangedYears: 3,
      baselineTolerancePercent: 0.5,
    });
  });

  it.each<[string, unknown, unknown]>([
    ["an empty override keeps the defaults", {}, { ok: true, value: DEFAULT_CHECK_THRESHOLDS }],
    [
      "one key changes one threshold",
      { yoyPercent: 20 },
      { ok: true, value: { ...DEFAULT_CHECK_THRESHOLDS, yoyPercent: 20 } },
    ],
    ["a typo is not ignored", { yoyPercnt: 20 }, { ok: false, issues: [{ code: "unknown-key", path: ["yoyPercnt"] }] }],
    ["a negative band", { yoyPercent: -1 }, { ok: false, issues: [{ code: "out-of-range", path: ["yoyPercent"] }] }],
    [
      "a fractional run length",
      { unchangedYears: 2.5 },
      {
        ok: false,
        issues: [{ code: "not-an-integer", path: ["unchangedYears"] }],
      },
    ],
    ["text for a number", { robustZ: "3" }, { ok: false, issues: [{ code: "not-a-number", path: ["robustZ"] }] }],
    ["not an object", "30%", { ok: false, issues: [{ code: "not-an-object", path: [] }] }],
    [
      "every problem at once",
      { yoyPercent: 0, robustMinChanges: 1 },
      {
        ok: false,
        issues: [
          { code: "out-of-range", path: ["yoyPercent"] },
          { code: "out-of-range", path: ["robustMinChanges"] },
        ],
      },
    ],
  ])("%s", (_, input, expected) => {
    expect(parseCheckThresholds(input)).toEqual(expected);
  });
});

// What a person typed (`NaN`, `{x}`) may appear in a message quoted; anything else must be our own text.
const withoutQuotedText = (message: string, finding: Finding): string =>
  Object.entries(finding)
    .filter(([key, value]) => typeof value === "string" && key !== "code" && key !== "severity")
    .reduce((text, [, value]) => text.split(String(value)).join(""), message);

describe("properties", () => {
  const cell: fc.Arbitrary<CellInput> = fc.oneof(
    fc.string(),
    fc.string({
      unit: fc.constantFrom(..."0123456789.,-—/约万亿元件%％＊*≥≤~ １２３４５６７８９０．左右余以上无N/A"),
    }),
    fc.double(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const row = fc.array(
    fc.record({
      year: fc.oneof(fc.integer({ min: 2010, max: 2030 }), fc.double()),
      input: cell,
    }),
    { maxLength: 12 },
  );
  const indicators = fc.constantFrom(patents, rdShare, contribution, marketValue, energyIntensity);

  it("never throws, and every finding has a known code, its code's severity and a renderable message", () => {
    fc.assert(
      fc.property(indicators, row, (indicator, cells) => {
        const observations = cells.map((c) => ({
          indicatorId: indicator.id,
          ...c,
        }));
        for (const finding of checkIndicator(indicator, observations, {
          period: PERIOD,
        })) {
          expect(FINDING_CODES).toContain(finding.code);
          expect(finding.severity).toBe(FINDING_SEVERITY[finding.code]);
          for (const locale of ["zh-CN", "en-US"] as const) {
            expect(withoutQuotedText(formatFinding(finding, locale), finding)).not.toMatch(/undefined|NaN|\[object/);
          }
        }
      }),
    );
  });

  it("only flags years where something was entered", () => {
    fc.assert(
      fc.property(indicators, row, (indicator, cells) => {
        const observations = cells.map((c) => ({
          indicatorId: indicator.id,
          ...c,
        }));
        const entered = readSeries(indicator, observations).entered;
        for (const finding of checkIndicator(indicator, observations, {
          period: PERIOD,
        })) {
          expect(entered.has(finding.year)).toBe(true);
        }
      }),
    );
  });

  it("orders findings by year", () => {
    fc.assert(
      fc.property(indicators, row, (indicator, cells) => {
        const years = checkIndicator(
          indicator,
          cells.map((c) => ({ indicatorId: indicator.id, ...c })),
          { period: PERIOD },
        )
          .map((f) => f.year)
          .filter(Number.isFinite);
        expect(years).toEqual([...years].sort((a, b) => a - b));
      }),
    );
  });
});
