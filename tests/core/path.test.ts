import fc from "fast-check";
import { annualRate, chooseShape, completionShare, elapsedShare, pathValue, progressRatio } from "../../src/core/path";
import type { PathShape } from "../../src/core/model";

describe("elapsedShare (序时进度)", () => {
  it.each<[number, number, number, number | null]>([
    [2016, 2015, 2020, 0.2],
    [2018, 2015, 2020, 0.6],
    [2020, 2015, 2020, 1],
    [2023, 2015, 2020, 1], // after the target year: clamped
    [2013, 2015, 2020, 0], // before the baseline year: clamped
    [2018, 2014, 2020, 4 / 6], // seed 000's 2014 baseline for 科学素养 makes a six-year period
    [2018, 2020, 2020, null], // no period
    [2018, 2021, 2020, null],
  ])("year %i, base %i, target %i → %p", (year, base, target, share) => {
    const got = elapsedShare(year, base, target);
    if (share === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(share, 12);
  });
});

describe("pathValue", () => {
  it.each<[PathShape, number, number, number, number]>([
    ["linear", 62, 67, 0.6, 65],
    ["linear", 50, 40, 0.6, 44], // decrease
    ["linear", -2, 3, 0.4, 0], // crosses zero
    ["compound", 100, 200, 0.5, 100 * Math.SQRT2],
    ["compound", 200, 100, 0.5, 100 * Math.SQRT2], // decrease
    ["compound", 19758, 40000, 0.6, 30167.0739],
  ])("%s %d → %d at %d is %d", (shape, b, t, s, v) => {
    expect(pathValue(shape, b, t, s)).toBeCloseTo(v, 3);
  });

  it("starts at the baseline and ends at the target on either shape", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PathShape>("linear", "compound"),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        (shape, b, t) => {
          expect(pathValue(shape, b, t, 0)).toBeCloseTo(b, 6);
          // Relative: a linear path from 1e6 down to 0.01 loses digits to cancellation.
          expect(pathValue(shape, b, t, 1) / t).toBeCloseTo(1, 6);
        },
      ),
    );
  });
});

describe("chooseShape", () => {
  it.each<[PathShape, number, number, PathShape, string | null]>([
    ["linear", 62, 67, "linear", null],
    ["linear", -1, 5, "linear", null],
    ["compound", 19758, 40000, "compound", null],
    ["compound", 0, 10, "linear", "non-positive-baseline"],
    ["compound", -5, 10, "linear", "non-positive-baseline"],
    ["compound", 120, 0, "linear", "non-positive-target"], // decrease to zero: log 0 is undefined
  ])("%s from %d to %d → %s (%s)", (intended, b, t, shape, fallback) => {
    expect(chooseShape(intended, b, t)).toEqual({ shape, fallback });
  });
});

describe("annualRate", () => {
  it.each<[PathShape, number, number, number, number | null]>([
    ["linear", 62, 67, 5, 1],
    ["linear", 50, 40, 5, -2],
    ["compound", 100, 121, 2, 0.1],
    ["compound", 121, 100, 2, 1 / 1.1 - 1],
    ["compound", 100, 0, 2, null],
    ["compound", 0, 100, 2, null],
    ["linear", 1, 2, 0, null],
  ])("%s %d → %d over %d years is %p", (shape, from, to, years, rate) => {
    const got = annualRate(shape, from, to, years);
    if (rate === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(rate, 12);
  });
});

describe("progressRatio", () => {
  it("equals 完成进度 ÷ 序时进度 on a linear path", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.integer({ min: 2, max: 15 }),
        fc.integer({ min: 1, max: 15 }),
        (b, t, a, period, elapsed) => {
          fc.pre(Math.abs(t - b) > 1e-3);
          const completion = completionShare(b, t, a) ?? NaN;
          const ratio = progressRatio("linear", b, t, a, elapsed, period) ?? NaN;
          expect(ratio).toBeCloseTo(completion / (elapsed / period), 6);
        },
      ),
    );
  });

  it("is 1 for a figure exactly on the path, and carries the sign of the movement", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PathShape>("linear", "compound"),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 15 }),
        (shape, b, t, period) => {
          fc.pre(Math.abs(t / b - 1) > 1e-3);
          const elapsed = Math.max(1, Math.floor(period / 2));
          const onPath = pathValue(shape, b, t, elapsed / period);
          expect(progressRatio(shape, b, t, onPath, elapsed, period)).toBeCloseTo(1, 6);
          // Moving away from the target is negative progress, for increases and decreases alike.
          const away = b - (t - b);
          if (away > 0 || shape === "linear") {
            expect(progressRatio(shape, b, t, away, elapsed, period) ?? NaN).toBeLessThan(0);
          }
        },
      ),
    );
  });

  it("is null when no change is required", () => {
    expect(progressRatio("linear", 67, 67, 68, 2, 5)).toBeNull();
    expect(progressRatio("compound", 67, 67, 68, 2, 5)).toBeNull();
  });
});

describe("completionShare (完成进度)", () => {
  it.each<[number, number, number, number | null]>([
    [19758, 40000, 30000, 0.50598],
    [62, 67, 64.5, 0.5],
    [50, 40, 45, 0.5], // decrease: halfway down
    [50, 40, 55, -0.5], // decrease: moved up
    [67, 67, 67, null],
  ])("B %d, T %d, A %d → %p", (b, t, a, share) => {
    const got = completionShare(b, t, a);
    if (share === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(share, 5);
  });
});
