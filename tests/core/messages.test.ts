import type { FigureFailureCode } from "../../src/core/figure-types";
import {
  FINDING_CODES,
  FINDING_SEVERITY,
  type Finding,
  type FindingCode,
  type FindingOf,
} from "../../src/core/findings";
import {
  blankCellPolicyText,
  figureFailureText,
  formatFinding,
  formatTarget,
  LOCALES,
  localeFromDisplayLanguage,
  NUMBER_FORMAT,
  severityLabel,
  statusLabel,
  type Locale,
} from "../../src/core/messages";
import { STATUSES, type Status } from "../../src/core/model";

const head = { indicatorId: "cd-13-kj:有效发明专利总量:2020", year: 2018, unit: "件" } as const;

// Typed by code: adding a finding code fails the typecheck here until it has samples, so every code is rendered.
const SAMPLES: { readonly [C in FindingCode]: readonly FindingOf<C>[] } = {
  "unreadable-figure": [
    {
      ...head,
      code: "unreadable-figure",
      severity: "error",
      expected: null,
      actual: "待统计",
      threshold: null,
      cause: "not-a-number",
    },
    {
      ...head,
      code: "unreadable-figure",
      severity: "error",
      expected: null,
      actual: "5-3",
      threshold: null,
      cause: "inverted-range",
    },
  ],
  "not-a-single-value": [
    {
      ...head,
      code: "not-a-single-value",
      severity: "error",
      expected: null,
      actual: "3-5",
      threshold: null,
      written: "range",
    },
    {
      ...head,
      code: "not-a-single-value",
      severity: "error",
      expected: null,
      actual: "≥67",
      threshold: null,
      written: ">=",
    },
  ],
  "unit-mismatch": [
    {
      ...head,
      code: "unit-mismatch",
      severity: "error",
      expected: "件",
      actual: "亿元",
      threshold: null,
      input: "5亿元",
    },
    {
      ...head,
      unit: null,
      code: "unit-mismatch",
      severity: "error",
      expected: null,
      actual: "%",
      threshold: null,
      input: "38%",
    },
  ],
  "duplicate-year": [
    { ...head, code: "duplicate-year", severity: "error", expected: "21000", actual: "2.2万", threshold: null },
  ],
  "year-outside-plan": [
    {
      ...head,
      year: 2021,
      code: "year-outside-plan",
      severity: "error",
      expected: null,
      actual: "41000",
      threshold: { low: 2015, high: 2020 },
    },
  ],
  "negative-value": [
    { ...head, code: "negative-value", severity: "error", expected: null, actual: -5, threshold: 0, measure: "count" },
  ],
  "share-out-of-range": [
    {
      ...head,
      unit: "%",
      code: "share-out-of-range",
      severity: "error",
      expected: null,
      actual: 120,
      threshold: { low: 0, high: 100 },
    },
  ],
  "year-on-year-change": [
    {
      ...head,
      code: "year-on-year-change",
      severity: "warning",
      expected: 20000,
      actual: 29000,
      threshold: { low: -30, high: 30 },
      method: { kind: "yoy-percent", limitPercent: 30 },
      previousYear: 2017,
      changePercent: 45,
      valueBounds: { low: 14000, high: 26000 },
    },
    {
      ...head,
      code: "year-on-year-change",
      severity: "warning",
      expected: 25687,
      actual: 39000,
      threshold: { low: -4.917940316807783, high: 29.161284784871352 },
      method: {
        kind: "robust-z",
        zLimit: 3,
        z: 6.990669614851438,
        medianPercent: 12.121672234031784,
        scalePercent: 5.679870850279856,
        scaleFrom: "mad",
        changes: 5,
      },
      previousYear: 2017,
      changePercent: 51.82777280336357,
      valueBounds: { low: 24423.7286708, high: 33177.6592227 },
    },
    {
      ...head,
      code: "year-on-year-change",
      severity: "warning",
      expected: 20000,
      actual: 12000,
      threshold: { low: -30, high: 30 },
      method: { kind: "yoy-percent", limitPercent: 30 },
      previousYear: 2017,
      changePercent: -40,
      valueBounds: { low: 14000, high: 26000 },
    },
  ],
  "worse-than-baseline": [
    {
      ...head,
      code: "worse-than-baseline",
      severity: "warning",
      expected: 19758,
      actual: 19000,
      threshold: null,
      direction: "increase",
      baselineYear: 2015,
    },
    {
      ...head,
      unit: "吨标准煤/万元",
      code: "worse-than-baseline",
      severity: "warning",
      expected: 0.5,
      actual: 0.52,
      threshold: null,
      direction: "decrease",
      baselineYear: 2015,
    },
  ],
  "unchanged-run": [
    {
      ...head,
      code: "unchanged-run",
      severity: "warning",
      expected: null,
      actual: 20000,
      threshold: 3,
      fromYear: 2016,
      years: 3,
    },
  ],
  "restated-baseline": [
    {
      ...head,
      year: 2015,
      code: "restated-baseline",
      severity: "warning",
      expected: 19758,
      actual: 21000,
      threshold: 0.5,
      deviationPercent: 6.286061342241117,
    },
    {
      ...head,
      year: 2015,
      code: "restated-baseline",
      severity: "warning",
      expected: 0,
      actual: 3,
      threshold: 0.5,
      deviationPercent: null,
    },
  ],
  "approximate-figure": [
    {
      ...head,
      code: "approximate-figure",
      severity: "warning",
      expected: null,
      actual: 46000,
      threshold: null,
      input: "约46000",
    },
  ],
  "footnoted-figure": [
    {
      ...head,
      unit: "%",
      code: "footnoted-figure",
      severity: "warning",
      expected: null,
      actual: 7.5,
      threshold: null,
      input: "7.5*",
      marker: "*",
    },
  ],
  "row-without-id": [
    {
      ...head,
      indicatorId: "",
      unit: null,
      code: "row-without-id",
      severity: "error",
      expected: null,
      actual: "25000",
      threshold: null,
    },
  ],
  "name-mismatch": [
    {
      ...head,
      code: "name-mismatch",
      severity: "warning",
      expected: "有效发明专利总量",
      actual: "科技进步贡献率",
      threshold: null,
    },
  ],
};

const allSamples: readonly Finding[] = FINDING_CODES.flatMap((code): readonly Finding[] => SAMPLES[code]);

describe("every finding code renders in every locale", () => {
  const cases = FINDING_CODES.flatMap((code) => LOCALES.map((locale) => [code, locale] as const));

  it.each(cases)("%s in %s", (code, locale) => {
    const samples: readonly Finding[] = SAMPLES[code];
    expect(samples.length).toBeGreaterThan(0);
    for (const finding of samples) {
      expect(finding.severity).toBe(FINDING_SEVERITY[code]);
      const message = formatFinding(finding, locale);
      expect(message.trim()).not.toBe("");
      expect(message).not.toMatch(/undefined|NaN|null|\[object|[{}]|\$\{/);
      expect(message).toContain(String(finding.year));
    }
  });

  it.each<[Locale, string]>([
    ["zh-CN", "审核说明"],
    ["en-US", "explanation"],
  ])("every warning in %s asks for an explanation", (locale, words) => {
    // A name out of step with the row's id is about where the figures are, not a figure to explain: it is fixed.
    for (const finding of allSamples.filter((f) => f.severity === "warning" && f.code !== "name-mismatch")) {
      expect(formatFinding(finding, locale)).toContain(words);
    }
  });

  it("every error in zh-CN says what to do instead of asking for an explanation", () => {
    for (const finding of allSamples.filter((f) => f.severity === "error")) {
      expect(formatFinding(finding, "zh-CN")).toMatch(/请/);
      expect(formatFinding(finding, "zh-CN")).not.toContain("审核说明");
    }
  });
});

describe("zh-CN sentences as a statistics bureau writes them", () => {
  const [yoy, robust, fall] = SAMPLES["year-on-year-change"];
  const [below, above] = SAMPLES["worse-than-baseline"];
  const [restated, restatedFromZero] = SAMPLES["restated-baseline"];

  it.each<[string, Finding | undefined, string]>([
    ["yoy-percent", yoy, "2018年数值较上年增长45.0%，超出±30%的波动阈值，请填写审核说明。"],
    ["a fall", fall, "2018年数值较上年下降40.0%，超出±30%的波动阈值，请填写审核说明。"],
    [
      "robust z",
      robust,
      "2018年数值较上年增长51.8%，超出本指标历年同比变化的正常范围（-4.9%～29.2%，稳健Z值7.0，阈值±3），请填写审核说明。",
    ],
    [
      "below the baseline",
      below,
      "2018年数值为19000件，低于2015年基期值19758件，与指标增长的目标方向相反，请填写审核说明。",
    ],
    [
      "above the baseline",
      above,
      "2018年数值为0.52吨标准煤/万元，高于2015年基期值0.5吨标准煤/万元，与指标下降的目标方向相反，请填写审核说明。",
    ],
    [
      "a restated baseline",
      restated,
      "2015年（基期）填写的数值21000件与规划基期值19758件相差6.3%，超过0.5%的容差，请核实是否为数据修订或统计口径调整，并填写审核说明。",
    ],
    [
      "a restated baseline of 0",
      restatedFromZero,
      "2015年（基期）填写的数值3件与规划基期值0件不一致，请核实是否为数据修订或统计口径调整，并填写审核说明。",
    ],
    [
      "a unit contradiction",
      SAMPLES["unit-mismatch"][0],
      "2018年填写的「5亿元」单位为“亿元”，与本行单位“件”不一致，请换算为件后只填写数值。",
    ],
    [
      "an unreadable figure",
      SAMPLES["unreadable-figure"][0],
      "2018年填写的「待统计」不含数字，无法识别为数值。请填写一个数值（如12.5）；确无数据的请填写“——”。",
    ],
  ])("%s", (_, finding, expected) => {
    expect(finding).toBeDefined();
    if (finding !== undefined) expect(formatFinding(finding, "zh-CN")).toBe(expected);
  });
});

describe("en-US", () => {
  it("renders the year-on-year change with its method", () => {
    const [yoy] = SAMPLES["year-on-year-change"];
    expect(yoy && formatFinding(yoy, "en-US")).toBe(
      "The 2018 figure rose 45.0% on the previous year, beyond the ±30% threshold. Please add an explanation.",
    );
  });

  it("spaces a word unit but not a percent sign", () => {
    const [negative] = SAMPLES["negative-value"];
    const [share] = SAMPLES["share-out-of-range"];
    expect(negative && formatFinding(negative, "en-US")).toContain("is -5 件.");
    expect(share && formatFinding(share, "en-US")).toContain("is 120%,");
  });
});

describe("status labels", () => {
  it.each<[Status, string, string]>([
    ["achieved", "已完成", "Achieved"],
    ["on-track", "符合序时进度", "On track"],
    ["needs-acceleration", "需加快进度", "Needs acceleration"],
    ["off-track", "滞后于序时进度", "Behind schedule"],
    ["deteriorating", "逆向变化", "Moving away from target"],
    ["no-data", "无数据", "No data"],
    ["not-assessable", "无法评估", "Cannot be assessed"],
  ])("%s", (status, zh, en) => {
    expect(statusLabel(status, "zh-CN")).toBe(zh);
    expect(statusLabel(status, "en-US")).toBe(en);
  });

  it.each(LOCALES)("no two statuses share a label in %s", (locale) => {
    expect(new Set(STATUSES.map((s) => statusLabel(s, locale))).size).toBe(STATUSES.length);
  });
});

describe("figure failures, severity and the blank-cell policy", () => {
  // A record, so a new failure code fails the typecheck until it is listed.
  const FIGURE_FAILURES: Readonly<Record<FigureFailureCode, true>> = {
    "not-a-number": true,
    "malformed-number": true,
    "several-numbers": true,
    "inverted-range": true,
  };
  const failureCases = (Object.keys(FIGURE_FAILURES) as FigureFailureCode[]).flatMap((code) =>
    LOCALES.map((locale) => [code, locale] as const),
  );

  it.each(failureCases)("%s has a message in %s", (code, locale) => {
    expect(figureFailureText(code, locale)).toMatch(/\S/);
  });

  it.each<[Locale, string, string, string]>([
    ["zh-CN", "空白单元格视为未填报，不按 0 计算", "错误", "需说明"],
    ["en-US", "A blank cell means not reported; it is never read as 0", "Error", "Needs explanation"],
  ])("%s", (locale, policy, error, warning) => {
    expect(blankCellPolicyText(locale)).toBe(policy);
    expect(severityLabel("error", locale)).toBe(error);
    expect(severityLabel("warning", locale)).toBe(warning);
  });
});

describe("localeFromDisplayLanguage", () => {
  it.each<[string | undefined, Locale]>([
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN-au", "en-US"],
    ["en", "en-US"],
    ["en_US", "en-US"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    ["eng", "zh-CN"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
  ])("%p → %s", (lang, locale) => {
    expect(localeFromDisplayLanguage(lang)).toBe(locale);
  });
});

describe("number formatting", () => {
  it.each<[number, string]>([
    [0.1 + 0.2, "0.3"],
    [2.96 * 1e4, "29600"],
    [19758, "19758"],
    [1234567890123, "1234567890123"],
    [-0, "0"],
    [-5, "-5"],
    [0.0005, "0.0005"],
    [Number.NaN, "—"],
  ])("number(%p) → %s", (n, text) => {
    expect(NUMBER_FORMAT.number(n)).toBe(text);
  });

  it.each<[number, string]>([
    [45, "45.0"],
    [51.82777280336357, "51.8"],
    [-5.25, "-5.3"],
    [5.25, "5.3"],
    [-0.01, "0.0"],
    [Number.POSITIVE_INFINITY, "—"],
  ])("oneDecimal(%p) → %s", (n, text) => {
    expect(NUMBER_FORMAT.oneDecimal(n)).toBe(text);
  });
});

describe("targets as a plan's table writes them", () => {
  it.each([
    [{ comparator: ">=", year: 2020, value: 67 }, "zh-CN", "≥67"],
    [{ comparator: ">", year: 2020, value: 1000 }, "zh-CN", ">1000"],
    [{ comparator: "<=", year: 2020, value: 0.5 }, "en-US", "≤0.5"],
    [{ comparator: "<", year: 2020, value: 3 }, "zh-CN", "<3"],
    [{ comparator: "=", year: 2020, value: 29600 }, "zh-CN", "29600"],
    [{ comparator: "range", year: 2025, low: 3, high: 5 }, "zh-CN", "3～5"],
    [{ comparator: "x2", year: 2020 }, "zh-CN", "翻一番"],
    [{ comparator: "x2", year: 2020 }, "en-US", "double the baseline"],
  ] as const)("%j in %s → %s", (target, locale, text) => {
    expect(formatTarget(target, locale)).toBe(text);
  });
});
