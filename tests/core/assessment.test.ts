import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  assess,
  assessSeries,
  NOT_ASSESSABLE_REASONS,
  type Assessment,
  type NotAssessableReason,
} from "../../src/core/assessment";
import { inferMeasure } from "../../src/core/measure";
import type { Attribute, Baseline, Indicator, Measure, Status, Target } from "../../src/core/model";
import {
  DEFAULT_ASSESSMENT_THRESHOLDS,
  parseAssessmentThresholds,
  type AssessmentThresholds,
} from "../../src/core/thresholds";

function indicator(fields: Partial<Indicator> & { readonly target: Target }): Indicator {
  return {
    id: "test",
    name: "test",
    unit: null,
    attribute: "预期性",
    direction: "increase",
    measure: "share",
    baseline: { year: 2020, value: 40 },
    provenance: [],
    ...fields,
  };
}

/** One figure in one year: the series most assessments need. */
const figure = (year: number, value: number): ReadonlyMap<number, number> => new Map([[year, value]]);

const statusOf = (ind: Indicator, year: number, value: number, thresholds?: AssessmentThresholds): Status =>
  assess(ind, figure(year, value), year, thresholds).status;

/**
 * The rule matrix. Plan period 2020 → 2025 (N = 5); interim rows report 2023 (序时进度 0.6), target-year rows 2025.
 * Linear rows use a share; `x2` uses an amount (compound path). Figures sit at chosen ratios: 0.5 (limited),
 * 0.8 (moderate), 0.97 (on track for 预期性 but short of the binding 1.0), 1 (on the path), above the path.
 */
type Row = readonly [label: string, year: number, value: number, expected: Status, binding: Status];
interface Case {
  readonly name: string;
  readonly target: Target;
  readonly baseline: number;
  readonly measure: Measure;
  readonly rows: readonly Row[];
}

const X2_PATH_2023 = 100 * 2 ** 0.6; // 151.5717: compound path from 100 to 200 after 序时进度 0.6

const MATRIX: readonly Case[] = [
  {
    name: ">= increase, 40 → 50 (path 2023: 46)",
    target: { comparator: ">=", year: 2025, value: 50 },
    baseline: 40,
    measure: "share",
    rows: [
      ["worse than baseline", 2023, 39, "deteriorating", "deteriorating"],
      ["at baseline", 2023, 40, "off-track", "off-track"],
      ["below path, R 0.5", 2023, 43, "off-track", "off-track"],
      ["below path, R 0.8", 2023, 44.8, "needs-acceleration", "needs-acceleration"],
      ["just below path, R 0.97", 2023, 45.82, "on-track", "needs-acceleration"],
      ["on path", 2023, 46, "on-track", "on-track"],
      ["above path", 2023, 48, "on-track", "on-track"],
      ["meets target early", 2023, 50, "achieved", "achieved"],
      ["target year, met", 2025, 50, "achieved", "achieved"],
      ["target year, short", 2025, 49.9, "off-track", "off-track"],
      ["target year, worse than baseline", 2025, 39, "deteriorating", "deteriorating"],
    ],
  },
  {
    name: "> increase (strict), 40 → 50",
    target: { comparator: ">", year: 2025, value: 50 },
    baseline: 40,
    measure: "share",
    rows: [
      ["below path, R 0.5", 2023, 43, "off-track", "off-track"],
      ["just below path, R 0.97", 2023, 45.82, "on-track", "needs-acceleration"],
      ["on path", 2023, 46, "on-track", "on-track"],
      ["reaches T early but does not pass it", 2023, 50, "on-track", "on-track"],
      ["passes T early", 2023, 50.1, "achieved", "achieved"],
      ["target year, equal to T is not passing", 2025, 50, "off-track", "off-track"],
      ["target year, passes", 2025, 50.1, "achieved", "achieved"],
    ],
  },
  {
    name: "<= decrease, 50 → 40 (path 2023: 44)",
    target: { comparator: "<=", year: 2025, value: 40 },
    baseline: 50,
    measure: "share",
    rows: [
      ["worse than baseline", 2023, 51, "deteriorating", "deteriorating"],
      ["below path, R 0.5", 2023, 47, "off-track", "off-track"],
      ["below path, R 0.8", 2023, 45.2, "needs-acceleration", "needs-acceleration"],
      ["just below path, R 0.97", 2023, 44.18, "on-track", "needs-acceleration"],
      ["on path", 2023, 44, "on-track", "on-track"],
      ["beyond path", 2023, 42, "on-track", "on-track"],
      ["meets target early", 2023, 40, "achieved", "achieved"],
      ["target year, short", 2025, 40.1, "off-track", "off-track"],
      ["target year, worse than baseline", 2025, 51, "deteriorating", "deteriorating"],
    ],
  },
  {
    name: "< decrease (strict), 50 → 40",
    target: { comparator: "<", year: 2025, value: 40 },
    baseline: 50,
    measure: "share",
    rows: [
      ["below path, R 0.5", 2023, 47, "off-track", "off-track"],
      ["just below path, R 0.97", 2023, 44.18, "on-track", "needs-acceleration"],
      ["reaches T early but does not pass it", 2023, 40, "on-track", "on-track"],
      ["target year, equal to T is not passing", 2025, 40, "off-track", "off-track"],
      ["target year, passes", 2025, 39.9, "achieved", "achieved"],
    ],
  },
  {
    name: "= increase, 40 → 50 (met within 1 %)",
    target: { comparator: "=", year: 2025, value: 50 },
    baseline: 40,
    measure: "share",
    rows: [
      ["worse than baseline", 2023, 39, "deteriorating", "deteriorating"],
      ["below path, R 0.5", 2023, 43, "off-track", "off-track"],
      ["just below path, R 0.97", 2023, 45.82, "on-track", "needs-acceleration"],
      ["on path", 2023, 46, "on-track", "on-track"],
      ["within tolerance below T", 2023, 49.6, "achieved", "achieved"],
      ["within tolerance above T", 2025, 50.4, "achieved", "achieved"],
      ["overshoots in an interim year", 2023, 52, "on-track", "on-track"],
      ["target year, overshoots", 2025, 52, "off-track", "off-track"],
      ["target year, further from T than baseline", 2025, 61, "deteriorating", "deteriorating"],
    ],
  },
  {
    name: "= decrease, 60 → 50 (path 2023: 54)",
    target: { comparator: "=", year: 2025, value: 50 },
    baseline: 60,
    measure: "share",
    rows: [
      ["worse than baseline", 2023, 61, "deteriorating", "deteriorating"],
      ["below path, R 0.5", 2023, 57, "off-track", "off-track"],
      ["just below path, R 0.97", 2023, 54.18, "on-track", "needs-acceleration"],
      ["on path", 2023, 54, "on-track", "on-track"],
      ["within tolerance", 2025, 49.6, "achieved", "achieved"],
    ],
  },
  {
    name: "range 45-55 from below, 40 → 45 (path 2023: 43)",
    target: { comparator: "range", year: 2025, low: 45, high: 55 },
    baseline: 40,
    measure: "share",
    rows: [
      ["worse than baseline", 2023, 39, "deteriorating", "deteriorating"],
      ["below path, R 0.5", 2023, 41.5, "off-track", "off-track"],
      ["below path, R 0.8", 2023, 42.4, "needs-acceleration", "needs-acceleration"],
      ["just below path, R 0.97", 2023, 42.91, "on-track", "needs-acceleration"],
      ["on path", 2023, 43, "on-track", "on-track"],
      ["inside the range", 2023, 45, "achieved", "achieved"],
      ["at the upper bound", 2025, 55, "achieved", "achieved"],
      ["target year, short of the range", 2025, 44.9, "off-track", "off-track"],
      ["target year, overshoots the range", 2025, 56, "off-track", "off-track"],
      ["target year, worse than baseline", 2025, 39, "deteriorating", "deteriorating"],
    ],
  },
  {
    name: "range 45-55 from above, 60 → 55 (path 2023: 57)",
    target: { comparator: "range", year: 2025, low: 45, high: 55 },
    baseline: 60,
    measure: "share",
    rows: [
      ["worse than baseline", 2023, 61, "deteriorating", "deteriorating"],
      ["below path, R 0.5", 2023, 58.5, "off-track", "off-track"],
      ["just below path, R 0.97", 2023, 57.09, "on-track", "needs-acceleration"],
      ["on path", 2023, 57, "on-track", "on-track"],
      ["inside the range", 2023, 54, "achieved", "achieved"],
    ],
  },
  {
    name: "x2 amount, 100 → 200 (compound path 2023: 151.57)",
    target: { comparator: "x2", year: 2025 },
    baseline: 100,
    measure: "amount",
    rows: [
      ["worse than baseline", 2023, 95, "deteriorating", "deteriorating"],
      ["below path, R 0.5", 2023, 124, "off-track", "off-track"],
      ["below path, R 0.8", 2023, 140.1, "needs-acceleration", "needs-acceleration"],
      ["just below path, R 0.97", 2023, 149.81, "on-track", "needs-acceleration"],
      ["on path", 2023, X2_PATH_2023, "on-track", "on-track"],
      ["above path", 2023, 170, "on-track", "on-track"],
      ["doubled early", 2023, 200, "achieved", "achieved"],
      ["target year, short", 2025, 199, "off-track", "off-track"],
    ],
  },
];

describe("assess: comparator × direction × position against the path × attribute", () => {
  const rows = MATRIX.flatMap((c) =>
    c.rows.flatMap(([label, year, value, expected, binding]) =>
      (["预期性", "约束性"] as const).map((attribute) => ({
        title: `${c.name} | ${label}: ${value} in ${year}, ${attribute}`,
        ind: indicator({
          target: c.target,
          baseline: { year: 2020, value: c.baseline },
          measure: c.measure,
          attribute,
        }),
        year,
        value,
        status: attribute === "约束性" ? binding : expected,
      })),
    ),
  );

  it.each(rows)("$title → $status", ({ ind, year, value, status }) => {
    expect(statusOf(ind, year, value)).toBe(status);
  });

  it("puts the chosen figures at the ratios their labels claim", () => {
    const claims = MATRIX.flatMap((c) =>
      c.rows
        .map(([label, year, value]) => ({ c, label, year, value, claimed: /R (\d\.\d+)/.exec(label)?.[1] }))
        .filter((r) => r.claimed !== undefined),
    );
    for (const { c, year, value, claimed } of claims) {
      const ind = indicator({ target: c.target, baseline: { year: 2020, value: c.baseline }, measure: c.measure });
      expect(assess(ind, figure(year, value), year).ratio).toBeCloseTo(Number(claimed), 2);
    }
  });
});

const STATUS_RANK: Readonly<Partial<Record<Status, number>>> = {
  achieved: 5,
  "on-track": 4,
  "needs-acceleration": 3,
  "off-track": 2,
  deteriorating: 1,
};

const rank = (status: Status): number => STATUS_RANK[status] ?? Number.NaN;

const thresholdsArb: fc.Arbitrary<AssessmentThresholds> = fc
  .tuple(
    fc.double({ min: -1, max: 0.5, noNaN: true }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
  )
  .map(([offTrack, gap1, gap2, gap3]) => ({
    ...DEFAULT_ASSESSMENT_THRESHOLDS,
    offTrack,
    needsAcceleration: offTrack + gap1,
    onTrack: offTrack + gap1 + gap2,
    bindingOnTrack: offTrack + gap1 + gap3,
  }));

describe("assess: a more favourable figure never gives a worse status", () => {
  it("holds for every one-sided comparator, measure, attribute, year and valid thresholds", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(">=", ">", "<=", "<", "x2"),
        fc.constantFrom<Measure>("share", "rate", "per-capita", "count", "amount"),
        fc.constantFrom<Attribute | null>("预期性", "约束性", null),
        fc.double({ min: -1000, max: 1e5, noNaN: true }),
        fc.double({ min: -1000, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: -2000, max: 3e5, noNaN: true }),
        fc.double({ min: -2000, max: 3e5, noNaN: true }),
        thresholdsArb,
        (comparator, measure, attribute, b, t, period, elapsed, a1, a2, thresholds) => {
          const baseline: Baseline = { year: 2015, value: comparator === "x2" ? Math.abs(b) + 1 : b };
          const target: Target =
            comparator === "x2" ? { comparator, year: 2015 + period } : { comparator, year: 2015 + period, value: t };
          const ind = indicator({ target, baseline, measure, attribute });
          const year = 2015 + elapsed;
          const larger = Math.max(a1, a2);
          const smaller = Math.min(a1, a2);
          const decrease = comparator === "<=" || comparator === "<";
          const [better, worse] = decrease ? [smaller, larger] : [larger, smaller];
          const betterStatus = statusOf(ind, year, better, thresholds);
          const worseStatus = statusOf(ind, year, worse, thresholds);
          expect(rank(betterStatus)).toBeGreaterThanOrEqual(rank(worseStatus));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("assess: degenerate cases (docs/methodology.md, Degenerate cases)", () => {
  const atLeast67 = (baseline: number, comparator: ">=" | ">" = ">="): Indicator =>
    indicator({ target: { comparator, year: 2020, value: 67 }, baseline: { year: 2015, value: baseline } });

  it.each<[string, Indicator, number, number, Status]>([
    ["flat path, met", atLeast67(67), 2018, 67, "achieved"],
    ["flat path, worse than baseline", atLeast67(67), 2018, 66, "deteriorating"],
    ["flat path, worse than baseline in the target year", atLeast67(67), 2020, 66, "deteriorating"],
    ["flat strict path, at the baseline", atLeast67(67, ">"), 2018, 67, "off-track"],
    ["flat strict path, passes", atLeast67(67, ">"), 2018, 67.1, "achieved"],
    ["baseline already past the target, still meets it", atLeast67(70), 2018, 68, "achieved"],
    ["baseline already past the target, slipped below it", atLeast67(70), 2018, 66, "deteriorating"],
    [
      "range containing the baseline, left it",
      indicator({
        target: { comparator: "range", year: 2025, low: 45, high: 55 },
        baseline: { year: 2020, value: 50 },
      }),
      2023,
      56,
      "deteriorating",
    ],
  ])("%s: %#", (_label, ind, year, value, status) => {
    const result = assess(ind, figure(year, value), year);
    expect(result.status).toBe(status);
    if (status !== "achieved") {
      expect(result.ratio).toBeNull();
      expect(result.completion).toBeNull();
    }
  });

  it("a decrease to zero cannot be compound: it falls back to a linear path and says why", () => {
    const ind = indicator({
      measure: "count",
      target: { comparator: "<=", year: 2025, value: 0 },
      baseline: { year: 2020, value: 120 },
    });
    expect(assess(ind, figure(2023, 48), 2023)).toMatchObject({
      status: "on-track",
      pathShape: "linear",
      shapeFallback: "non-positive-target",
      expected: 48,
      ratio: 1,
    });
    expect(statusOf(ind, 2023, 0)).toBe("achieved");
  });

  it("negative and mixed-sign values use a linear path", () => {
    const share = indicator({
      target: { comparator: ">=", year: 2025, value: 3 },
      baseline: { year: 2020, value: -2 },
    });
    expect(assess(share, figure(2022, 0), 2022)).toMatchObject({ status: "on-track", expected: 0, ratio: 1 });
    const count = indicator({
      measure: "count",
      target: { comparator: ">=", year: 2025, value: 100 },
      baseline: { year: 2020, value: -50 },
    });
    expect(assess(count, figure(2023, 40), 2023)).toMatchObject({
      status: "on-track",
      pathShape: "linear",
      shapeFallback: "non-positive-baseline",
      expected: 40,
    });
  });

  it("a figure at or below zero on a compound path has no growth rate", () => {
    const up = indicator({
      measure: "count",
      target: { comparator: ">=", year: 2025, value: 200 },
      baseline: { year: 2020, value: 100 },
    });
    expect(assess(up, figure(2023, 0), 2023)).toMatchObject({
      status: "deteriorating",
      ratio: null,
      pathShape: "compound",
    });
    const down = indicator({
      measure: "count",
      target: { comparator: "<=", year: 2025, value: 50 },
      baseline: { year: 2020, value: 100 },
    });
    expect(statusOf(down, 2023, 0)).toBe("achieved");
  });

  describe("missing baseline", () => {
    const noBaseline = indicator({ baseline: null, target: { comparator: ">=", year: 2025, value: 50 } });

    it.each<[number, number, Status, NotAssessableReason | undefined]>([
      [2023, 45, "not-assessable", "no-baseline"],
      [2023, 50, "achieved", undefined],
      [2025, 49, "off-track", undefined],
      [2025, 10, "off-track", undefined], // no baseline, so never "worse than baseline"
      [2025, 51, "achieved", undefined],
      [2026, 49, "off-track", undefined],
    ])("%i, figure %d → %s (%s)", (year, value, status, reason) => {
      const result = assess(noBaseline, figure(year, value), year);
      expect(result.status).toBe(status);
      expect(result.reason).toBe(reason);
      expect(result.expected).toBeNull();
      expect(result.elapsed).toBeNull();
    });

    it("x2 without a baseline cannot be assessed in any year", () => {
      const x2 = indicator({ baseline: null, target: { comparator: "x2", year: 2025 } });
      expect(assessSeries(x2, new Map([[2025, 100]]), [2023, 2025]).map((a) => a.reason)).toEqual([
        "x2-without-baseline",
        "x2-without-baseline",
      ]);
    });
  });

  it("no figure for the year → no-data, with the path still shown", () => {
    const ind = indicator({ target: { comparator: ">=", year: 2025, value: 50 } });
    for (const series of [new Map<number, number>(), figure(2023, Number.NaN), figure(2022, 44)]) {
      expect(assess(ind, series, 2023)).toMatchObject({ status: "no-data", actual: null, expected: 46, elapsed: 0.6 });
    }
  });

  it("after the target year: 序时进度 is 1, the path value is the target, and not met is missed", () => {
    const ind = indicator({ target: { comparator: ">=", year: 2025, value: 50 } });
    expect(assess(ind, figure(2027, 49), 2027)).toMatchObject({ status: "off-track", elapsed: 1, expected: 50 });
    expect(statusOf(ind, 2027, 51)).toBe("achieved");
  });

  const valid: Target = { comparator: ">=", year: 2025, value: 50 };
  const REASON_CASES: readonly (readonly [NotAssessableReason, Indicator, number])[] = [
    ["invalid-year", indicator({ target: valid }), 2023.5],
    ["invalid-year", indicator({ target: valid }), Number.NaN],
    ["invalid-baseline", indicator({ target: valid, baseline: { year: 2020, value: Number.NaN } }), 2023],
    ["invalid-baseline", indicator({ target: valid, baseline: { year: 2020.5, value: 40 } }), 2023],
    ["invalid-target", indicator({ target: { comparator: ">=", year: 2025, value: Number.POSITIVE_INFINITY } }), 2023],
    ["invalid-target", indicator({ target: { comparator: "range", year: 2025, low: 5, high: 3 } }), 2023],
    ["invalid-target", indicator({ target: { comparator: ">=", year: Number.NaN, value: 50 } }), 2023],
    ["x2-without-baseline", indicator({ target: { comparator: "x2", year: 2025 }, baseline: null }), 2023],
    [
      "x2-non-positive-baseline",
      indicator({ target: { comparator: "x2", year: 2025 }, baseline: { year: 2020, value: 0 } }),
      2023,
    ],
    ["target-not-after-baseline", indicator({ target: { comparator: ">=", year: 2020, value: 50 } }), 2023],
    ["year-before-baseline", indicator({ target: valid }), 2019],
    ["baseline-year", indicator({ target: valid }), 2020],
    ["no-baseline", indicator({ target: valid, baseline: null }), 2023],
  ];

  it.each(REASON_CASES)("not-assessable: %s", (reason, ind, year) => {
    const result = assess(ind, figure(year, 45), year);
    expect(result).toMatchObject({ status: "not-assessable", reason });
  });

  it("every reason in the closed list has a case above", () => {
    expect(new Set(REASON_CASES.map(([reason]) => reason))).toEqual(new Set(NOT_ASSESSABLE_REASONS));
  });

  it("only a not-assessable status carries a reason", () => {
    const ind = indicator({ target: valid });
    for (const value of [30, 43, 46, 50]) expect(assess(ind, figure(2023, value), 2023)).not.toHaveProperty("reason");
  });
});

describe("assess: seed 000 (成都市“十三五”科技创新规划) table 1, with hypothetical figures", () => {
  const seed = (name: string, unit: string, baseline: Baseline, value: number): Indicator =>
    indicator({
      name,
      unit,
      measure: inferMeasure(name, unit),
      baseline,
      target: { comparator: ">=", year: 2020, value },
    });

  const contribution = seed("科技进步贡献率", "%", { year: 2015, value: 62 }, 67);
  const patents = seed("有效发明专利总量", "件", { year: 2015, value: 19758 }, 40000);
  const hiTech = seed("高新技术企业数", "家", { year: 2015, value: 1753 }, 2000);
  // 7.5* with the footnote 注：带*号数据为2014年数据: the baseline year is 2014, so the period is six years.
  const literacy = seed("公众具备基本科学素养的比例", "%", { year: 2014, value: 7.5 }, 10.5);

  it.each<[string, Indicator, number, number, Status]>([
    ["科技进步贡献率 linear, half done at 60 %", contribution, 2018, 64.5, "needs-acceleration"],
    ["科技进步贡献率 on the path", contribution, 2017, 64, "on-track"],
    ["科技进步贡献率 fell", contribution, 2016, 61, "deteriorating"],
    ["科技进步贡献率 short in 2020", contribution, 2020, 66.5, "off-track"],
    ["科技进步贡献率 reached in 2020", contribution, 2020, 67, "achieved"],
    ["有效发明专利总量 compound, 98.6 % of the required growth", patents, 2018, 30000, "on-track"],
    ["有效发明专利总量 compound, 90 % of the required growth", patents, 2018, 29000, "needs-acceleration"],
    ["高新技术企业数 compound, ahead of the path", hiTech, 2017, 1850, "on-track"],
    ["高新技术企业数 compound, half the required growth", hiTech, 2017, 1800, "off-track"],
    ["高新技术企业数 fewer than in 2015", hiTech, 2017, 1700, "deteriorating"],
    ["科学素养 on the six-year path", literacy, 2018, 9.5, "on-track"],
    ["科学素养 three quarters of the way", literacy, 2018, 9, "needs-acceleration"],
  ])("%s: %d in %i → %s", (_label, ind, year, value, status) => {
    expect(statusOf(ind, year, value)).toBe(status);
  });

  it("infers the path shapes the method expects", () => {
    expect([contribution, patents, hiTech, literacy].map((i) => assess(i, figure(2018, 1), 2018).pathShape)).toEqual([
      "linear",
      "compound",
      "compound",
      "linear",
    ]);
  });

  it("a straight line would judge the patent count more harshly than its compound path", () => {
    const asShare = { ...patents, measure: "share" as const };
    expect(assess(asShare, figure(2018, 30000), 2018)).toMatchObject({
      status: "needs-acceleration",
      ratio: expect.closeTo(0.5059777 / 0.6, 6),
    });
  });

  it("the 2014 baseline makes 序时进度 in 2018 four sixths", () => {
    expect(assess(literacy, figure(2018, 9), 2018)).toMatchObject({
      elapsed: expect.closeTo(4 / 6, 12),
      expected: expect.closeTo(9.5, 12),
      completion: expect.closeTo(0.5, 12),
      ratio: expect.closeTo(0.75, 12),
    });
  });

  it("assesses every reporting year of a series", () => {
    const series = new Map([
      [2016, 23000],
      [2018, 30000],
    ]);
    expect(assessSeries(patents, series, [2015, 2016, 2017, 2018]).map((a) => [a.year, a.status])).toEqual([
      [2015, "not-assessable"],
      [2016, "on-track"],
      [2017, "no-data"],
      [2018, "on-track"],
    ]);
  });
});

describe("thresholds are data a bureau can change", () => {
  const moderate = indicator({ target: { comparator: ">=", year: 2025, value: 50 } }); // 44.8 in 2023: R 0.8

  it("a lower on-track threshold moves a 0.8 ratio into on-track", () => {
    const parsed = parseAssessmentThresholds({ onTrack: 0.75 });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(statusOf(moderate, 2023, 44.8)).toBe("needs-acceleration");
    expect(statusOf(moderate, 2023, 44.8, parsed.value)).toBe("on-track");
    expect(assess(moderate, figure(2023, 44.8), 2023, parsed.value).onTrackThreshold).toBe(0.75);
  });

  it("a stricter binding threshold applies to 约束性 indicators only", () => {
    const parsed = parseAssessmentThresholds({ bindingOnTrack: 1.2 });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const binding = { ...moderate, attribute: "约束性" as const };
    expect(statusOf(binding, 2023, 46.5, parsed.value)).toBe("needs-acceleration"); // R 0.65 / 0.6 = 1.08
    expect(statusOf(binding, 2023, 47.5, parsed.value)).toBe("on-track"); // R 0.75 / 0.6 = 1.25
    expect(statusOf(moderate, 2023, 46.5, parsed.value)).toBe("on-track");
  });

  it("the equal tolerance and the projection window are read from the thresholds", () => {
    const equal = indicator({ target: { comparator: "=", year: 2025, value: 50 } });
    expect(statusOf(equal, 2025, 51)).toBe("off-track");
    expect(statusOf(equal, 2025, 51, { ...DEFAULT_ASSESSMENT_THRESHOLDS, equalTolerance: 0.05 })).toBe("achieved");
    const series = new Map([
      [2021, 42],
      [2022, 44],
      [2023, 46],
    ]);
    expect(assess(equal, series, 2023).projection?.years).toEqual([2021, 2022, 2023]);
    expect(
      assess(equal, series, 2023, { ...DEFAULT_ASSESSMENT_THRESHOLDS, projectionWindow: 4 }).projection?.years,
    ).toEqual([2020, 2021, 2022, 2023]);
  });

  it("defaults are Open SDG's bands plus the binding threshold", () => {
    expect(DEFAULT_ASSESSMENT_THRESHOLDS).toEqual({
      onTrack: 0.95,
      bindingOnTrack: 1,
      needsAcceleration: 0.6,
      offTrack: 0,
      equalTolerance: 0.01,
      projectionWindow: 3,
    });
  });

  it.each<[string, unknown, ReturnType<typeof parseAssessmentThresholds>]>([
    ["an empty override keeps the defaults", {}, { ok: true, value: DEFAULT_ASSESSMENT_THRESHOLDS }],
    ["not an object", "0.95", { ok: false, issues: [{ code: "not-an-object", path: [] }] }],
    ["null", null, { ok: false, issues: [{ code: "not-an-object", path: [] }] }],
    ["a typo in a key", { ontrack: 0.9 }, { ok: false, issues: [{ code: "unknown-key", path: ["ontrack"] }] }],
    [
      "every bad value is reported",
      { onTrack: "0.9", offTrack: Number.NaN, equalTolerance: -0.1, projectionWindow: 2.5 },
      {
        ok: false,
        issues: [
          { code: "not-a-number", path: ["onTrack"] },
          { code: "not-a-number", path: ["offTrack"] },
          { code: "out-of-range", path: ["equalTolerance"] },
          { code: "not-an-integer", path: ["projectionWindow"] },
        ],
      },
    ],
    [
      "a window of one point",
      { projectionWindow: 1 },
      { ok: false, issues: [{ code: "out-of-range", path: ["projectionWindow"] }] },
    ],
    [
      "overlapping bands",
      { onTrack: 0.5, bindingOnTrack: 0.4 },
      {
        ok: false,
        issues: [
          { code: "out-of-order", path: ["onTrack"], other: "needsAcceleration" },
          { code: "out-of-order", path: ["bindingOnTrack"], other: "needsAcceleration" },
        ],
      },
    ],
    [
      "off-track above needs-acceleration",
      { offTrack: 0.7 },
      { ok: false, issues: [{ code: "out-of-order", path: ["needsAcceleration"], other: "offTrack" }] },
    ],
  ])("%s", (_label, input, expected) => {
    expect(parseAssessmentThresholds(input)).toEqual(expected);
  });
});

describe("docs/methodology.md worked examples agree with the code", () => {
  const doc = readFileSync(join(__dirname, "../../docs/methodology.md"), "utf8");

  /** The rows `| quantity | `field` | formula | value |` of the section that starts with `heading`. */
  function printedRows(heading: string): ReadonlyMap<string, string> {
    const start = doc.indexOf(heading);
    expect(start).toBeGreaterThanOrEqual(0);
    const rest = doc.slice(start + heading.length);
    const section = rest.slice(0, rest.search(/\n## /u) === -1 ? undefined : rest.search(/\n## /u));
    const rows = section
      .split("\n")
      .map((line) => /^\|[^|]*\|\s*`([\w.]+)`\s*\|[^|]*\|\s*([^|]+?)\s*\|$/u.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m): [string, string] => [m[1] ?? "", m[2] ?? ""]);
    return new Map(rows);
  }

  function field(assessment: Assessment, path: string): unknown {
    return path
      .split(".")
      .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], assessment);
  }

  /** A printed number agrees when the computed one rounds to it at the printed number of decimals. */
  function expectPrinted(computed: unknown, printed: string): void {
    if (/^-?\d+(\.\d+)?$/u.test(printed)) {
      const decimals = printed.split(".")[1]?.length ?? 0;
      expect(typeof computed).toBe("number");
      expect((computed as number).toFixed(decimals)).toBe(printed);
    } else {
      expect(computed).toBe(printed);
    }
  }

  const FIELDS = [
    "elapsed",
    "expected",
    "requiredRate",
    "observedRate",
    "ratio",
    "completion",
    "status",
    "projection.value",
  ];

  it.each([
    {
      heading: "## Worked example 1: 有效发明专利总量",
      ind: indicator({
        measure: inferMeasure("有效发明专利总量", "件"),
        baseline: { year: 2015, value: 19758 },
        target: { comparator: ">=", year: 2020, value: 40000 },
      }),
      series: new Map([
        [2016, 23000],
        [2017, 26500],
        [2018, 30000],
      ]),
    },
    {
      heading: "## Worked example 2: 科技进步贡献率",
      ind: indicator({
        measure: inferMeasure("科技进步贡献率", "%"),
        baseline: { year: 2015, value: 62 },
        target: { comparator: ">=", year: 2020, value: 67 },
      }),
      series: new Map([
        [2016, 63],
        [2017, 63.8],
        [2018, 64.5],
      ]),
    },
  ])("$heading", ({ heading, ind, series }) => {
    const rows = printedRows(heading);
    expect([...rows.keys()].sort()).toEqual([...FIELDS].sort());
    const result = assess(ind, series, 2018);
    for (const [path, printed] of rows) expectPrinted(field(result, path), printed);
  });

  it("the worked example 1 counterfactuals hold: binding, and read on a straight line", () => {
    const patents = indicator({
      measure: "count",
      baseline: { year: 2015, value: 19758 },
      target: { comparator: ">=", year: 2020, value: 40000 },
    });
    const series = figure(2018, 30000);
    expect(assess({ ...patents, attribute: "约束性" }, series, 2018).status).toBe("needs-acceleration");
    const linear = assess({ ...patents, measure: "share" }, series, 2018);
    expect(linear.status).toBe("needs-acceleration");
    expect(linear.ratio?.toFixed(4)).toBe("0.8433");
    expect(doc).toContain("0.5060 ÷ 0.6 = 0.8433");
  });
});
