/**
 * Conversions and the figures shown to people round to 12 significant digits without a string round trip; the
 * result must be the double `Number(x.toPrecision(12))` gives, for every double.
 */
import fc from "fast-check";
import { roundToSignificantDigits } from "../../src/core/units";

const viaString = (value: number): number => Number(value.toPrecision(12));

const sameDouble = (value: number): void => {
  const fast = roundToSignificantDigits(value);
  if (!Object.is(fast, viaString(value))) throw new Error(`${value}: ${fast} ≠ ${viaString(value)}`);
};

describe("roundToSignificantDigits", () => {
  it("gives the double Number(x.toPrecision(12)) gives, for any double", () => {
    fc.assert(fc.property(fc.double(), sameDouble), { numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: -1e13, max: 1e13 }), sameDouble), { numRuns: 20000 });
  });

  it("for decimals as people write them, scaled the way conversions and bounds scale them", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 15 }), (mantissa, places) => {
        const decimal = mantissa / 10 ** places;
        for (const factor of [1, 1e4, 1e-4, 1e8, 0.7, 1.3, 0.001]) sameDouble(decimal * factor);
      }),
      { numRuns: 5000 },
    );
  });

  it("for values exactly half-way between two 12-digit roundings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1e11, max: 1e12 - 1 }), fc.integer({ min: -5, max: 25 }), (digits, places) => {
        const half = (digits + 0.5) / 10 ** places;
        sameDouble(half);
        sameDouble(-half);
      }),
      { numRuns: 5000 },
    );
  });

  it.each<[number, number]>([
    [29600.000000000004, 29600],
    [13830.599999999999, 13830.6],
    [-0, 0],
    [0.1 + 0.2, 0.3],
  ])("%p → %p", (value, expected) => {
    expect(Object.is(roundToSignificantDigits(value), expected)).toBe(true);
  });
});
