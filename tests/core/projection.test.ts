import fc from "fast-check";
import { projectTrend, trendPoints, type TrendPoint } from "../../src/core/projection";

const points = (...pairs: readonly (readonly [number, number])[]): readonly TrendPoint[] =>
  pairs.map(([year, value]) => ({ year, value }));

describe("trendPoints", () => {
  const series = new Map([
    [2013, 15000],
    [2015, 19000], // the plan's baseline figure wins for the baseline year
    [2016, 23000],
    [2017, Number.NaN],
    [2018, 30000],
    [2019, 33000],
  ]);

  it("starts at the baseline, keeps finite figures after it up to the reporting year", () => {
    expect(trendPoints({ year: 2015, value: 19758 }, series, 2018)).toEqual(
      points([2015, 19758], [2016, 23000], [2018, 30000]),
    );
  });

  it("without a baseline uses every finite figure up to the reporting year", () => {
    expect(trendPoints(null, series, 2016)).toEqual(points([2013, 15000], [2015, 19000], [2016, 23000]));
  });

  it("leaves the baseline out when the reporting year is before it", () => {
    expect(trendPoints({ year: 2015, value: 19758 }, series, 2014)).toEqual([]);
  });
});

describe("projectTrend", () => {
  it("needs two points", () => {
    expect(projectTrend(points([2015, 62]), 2020, "linear", 3)).toBeNull();
    expect(projectTrend([], 2020, "linear", 3)).toBeNull();
  });

  it("extends a straight line on a linear path", () => {
    expect(projectTrend(points([2015, 62], [2016, 63], [2017, 64]), 2020, "linear", 3)).toEqual({
      value: expect.closeTo(67, 9) as number,
      targetYear: 2020,
      method: "linear",
      years: [2015, 2016, 2017],
    });
  });

  it("fits the last k points only", () => {
    // A flat start then a steady climb: a window of 2 sees only the climb.
    const pts = points([2015, 50], [2016, 50], [2017, 50], [2018, 52], [2019, 54]);
    expect(projectTrend(pts, 2020, "linear", 2)).toMatchObject({ value: expect.closeTo(56, 9), years: [2018, 2019] });
    expect(projectTrend(pts, 2020, "linear", 3)?.years).toEqual([2017, 2018, 2019]);
  });

  it("extends a steady growth rate on a compound path (log-linear)", () => {
    expect(projectTrend(points([2015, 100], [2016, 110], [2017, 121]), 2020, "compound", 3)).toMatchObject({
      value: expect.closeTo(100 * 1.1 ** 5, 6),
      method: "log-linear",
    });
  });

  it("falls back to a straight line on a compound path when a value is not positive", () => {
    expect(projectTrend(points([2015, 0], [2016, 10], [2017, 20]), 2020, "compound", 3)).toMatchObject({
      value: expect.closeTo(50, 9),
      method: "linear",
    });
  });

  it("least squares: points scattered around a line project onto that line", () => {
    // 2015: 61.5, 2016: 63.5, 2017: 63 → slope 0.75, mean 62.6667 at 2016 → 2020: 62.6667 + 4 × 0.75 = 65.6667
    expect(projectTrend(points([2015, 61.5], [2016, 63.5], [2017, 63]), 2020, "linear", 3)?.value).toBeCloseTo(
      65.6667,
      4,
    );
  });

  it("reproduces any exact line or exponential it is given", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: -0.3, max: 0.3, noNaN: true }),
        fc.integer({ min: 2, max: 6 }),
        (start, growth, n) => {
          const years = Array.from({ length: n }, (_, i) => 2015 + i);
          const linear = years.map((year, i) => ({ year, value: start + growth * start * i }));
          const compound = years.map((year, i) => ({ year, value: start * (1 + growth) ** i }));
          // Scaled by the start value: a falling line may cross zero, where a relative error has no meaning.
          expect(
            ((projectTrend(linear, 2025, "linear", n)?.value ?? NaN) - (start + growth * start * 10)) / start,
          ).toBeCloseTo(0, 6);
          expect(
            (projectTrend(compound, 2025, "compound", n)?.value ?? NaN) / (start * (1 + growth) ** 10),
          ).toBeCloseTo(1, 6);
        },
      ),
    );
  });
});
