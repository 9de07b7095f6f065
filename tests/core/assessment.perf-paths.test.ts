/**
 * `assessSeries` works out what does not depend on the year once (target, path, sorted trend points, their
 * logarithms) and reuses a projection while no figure is added; `projectTrendBefore` fits a prefix in place. Both
 * must give what the year-by-year functions give.
 */
import fc from "fast-check";
import { assess, assessSeries } from "../../src/core/assessment";
import type { Indicator, Target } from "../../src/core/model";
import { projectTrend, projectTrendBefore, trendLogs, trendPoints, type TrendPoint } from "../../src/core/projection";
import { DEFAULT_ASSESSMENT_THRESHOLDS, type AssessmentThresholds } from "../../src/core/thresholds";

const year = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 2012, max: 2028 }) },
  { weight: 1, arbitrary: fc.constantFrom(2016.5, Number.NaN) },
);
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -50, max: 20000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, Number.NaN, Infinity) },
);
const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ comparator: fc.constantFrom(">=", ">", "<=", "<", "=" as const), year, value }),
  fc.record({ comparator: fc.constant("range" as const), year, low: value, high: value }),
  fc.record({ comparator: fc.constant("x2" as const), year }),
);
const indicator: fc.Arbitrary<Indicator> = fc.record({
  id: fc.constant("i"),
  name: fc.constant("i"),
  unit: fc.constant(null),
  attribute: fc.constantFrom(null, "预期性" as const, "约束性" as const),
  direction: fc.constantFrom("increase" as const, "decrease" as const),
  measure: fc.constantFrom(
    "share" as const,
    "rate" as const,
    "per-capita" as const,
    "count" as const,
    "amount" as const,
  ),
  baseline: fc.option(fc.record({ year, value }), { freq: 5 }),
  target,
  provenance: fc.constant([]),
});
const series = fc.array(fc.tuple(year, value), { maxLength: 14 }).map((entries) => new Map(entries));
const thresholds: fc.Arbitrary<AssessmentThresholds> = fc
  .record({ projectionWindow: fc.constantFrom(2, 3, 5, 30), equalTolerance: fc.constantFrom(0, 0.01) })
  .map((overrides) => ({ ...DEFAULT_ASSESSMENT_THRESHOLDS, ...overrides }));

describe("assessSeries agrees with assess year by year", () => {
  it("for any indicator, series and reporting years, in the order given", () => {
    fc.assert(
      fc.property(indicator, series, fc.array(year, { maxLength: 12 }), thresholds, (ind, figures, years, t) => {
        expect(assessSeries(ind, figures, years, t)).toEqual(years.map((y) => assess(ind, figures, y, t)));
      }),
      { numRuns: 1000 },
    );
  });

  it("for a plan's years in order, the usual call", () => {
    fc.assert(
      fc.property(indicator, series, (ind, figures) => {
        const years = Array.from({ length: 12 }, (_, k) => 2014 + k);
        expect(assessSeries(ind, figures, years)).toEqual(years.map((y) => assess(ind, figures, y)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("projectTrendBefore fits a prefix as projectTrend fits a copy of it", () => {
  it("with and without the logarithms worked out beforehand", () => {
    fc.assert(
      fc.property(
        fc.option(fc.record({ year, value }), { nil: null }),
        series,
        fc.constantFrom("linear" as const, "compound" as const),
        fc.constantFrom(2, 3, 4, 30, Number.NaN, 2.5),
        (baseline, figures, shape, window) => {
          const points: readonly TrendPoint[] = trendPoints(baseline, figures, Infinity);
          for (let end = 0; end <= points.length; end++) {
            const expected = projectTrend(points.slice(0, end), 2030, shape, window);
            expect(projectTrendBefore(points, end, 2030, shape, window)).toEqual(expected);
            expect(projectTrendBefore(points, end, 2030, shape, window, trendLogs(points))).toEqual(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("and the points of a year are the prefix of all points up to it", () => {
    fc.assert(
      fc.property(fc.option(fc.record({ year, value }), { nil: null }), series, year, (baseline, figures, y) => {
        const all = trendPoints(baseline, figures, Infinity);
        expect(trendPoints(baseline, figures, y)).toEqual(all.filter((point) => point.year <= y));
      }),
      { numRuns: 1000 },
    );
  });
});
