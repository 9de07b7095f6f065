/** `sortFindings` skips sorting rows already in order and looks code ranks up; the order must not change. */
import fc from "fast-check";
import { FINDING_CODES, findingHead, sortFindings, type Finding } from "../../src/core/findings";

const finding = fc
  .record({
    code: fc.constantFrom(...FINDING_CODES),
    year: fc.oneof(fc.integer({ min: 2015, max: 2020 }), fc.constantFrom(Number.NaN, Infinity, -Infinity)),
    tag: fc.nat(1000),
  })
  .map(
    ({ code, year, tag }) =>
      ({
        ...findingHead({ id: "i", unit: null }, year, code),
        expected: null,
        actual: tag,
        threshold: null,
      }) as Finding,
  );

/** The order as first written: a stable sort by year (non-finite last), then by the code's place in the list. */
function referenceOrder(findings: readonly Finding[]): readonly Finding[] {
  const yearKey = (y: number): number => (Number.isFinite(y) ? y : Number.POSITIVE_INFINITY);
  return [...findings].sort((a, b) => {
    const [ya, yb] = [yearKey(a.year), yearKey(b.year)];
    return (ya === yb ? 0 : ya < yb ? -1 : 1) || FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code);
  });
}

describe("sortFindings", () => {
  it("orders as the plain stable sort does, ties in input order, and returns a new array", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 20 }), (findings) => {
        const sorted = sortFindings(findings);
        expect(sorted).not.toBe(findings);
        expect(sorted).toEqual(referenceOrder(findings));
        expect(sortFindings(sorted)).toEqual(sorted);
      }),
      { numRuns: 2000 },
    );
  });
});
