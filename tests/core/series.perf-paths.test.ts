/**
 * `readSeries` reads a row in one pass, finding a year's earlier entry by a short scan (a map past 16 years) and
 * rebuilding the maps it hands out from that pass. It must agree, order of every map included, with the plain
 * reading: each cell read on its own, merged with three maps in input order.
 */
import fc from "fast-check";
import { findingHead, type Finding } from "../../src/core/findings";
import type { CellInput, Indicator, Observation } from "../../src/core/model";
import { BLANK_CELL_POLICY, cellText, readSeries, type MissingCell, type SeriesReading } from "../../src/core/series";

const row = (unit: string | null): Indicator => ({
  id: "row",
  name: "test row",
  unit,
  attribute: null,
  direction: "increase",
  measure: "count",
  baseline: null,
  target: { comparator: ">=", year: 2020, value: 1 },
  provenance: [],
});

/** The rules of `readSeries` applied cell by cell: the first non-blank entry of a year wins. */
function plainReading(indicator: Indicator, observations: readonly Observation[]): SeriesReading {
  const series = new Map<number, number>();
  const missing = new Map<number, MissingCell>();
  const findings: Finding[] = [];
  const entered = new Map<number, string>();
  for (const observation of observations) {
    if (observation.indicatorId !== indicator.id) continue;
    const { year } = observation;
    const text = cellText(observation.input);
    const cell = readSeries(indicator, [observation]);
    const why = cell.missing.get(year);
    if (why?.reason === BLANK_CELL_POLICY) {
      if (!entered.has(year) && !missing.has(year)) missing.set(year, why);
      continue;
    }
    const kept = entered.get(year);
    if (kept !== undefined) {
      if (kept !== text) {
        findings.push({
          ...findingHead(indicator, year, "duplicate-year"),
          expected: kept,
          actual: text,
          threshold: null,
        });
      }
      continue;
    }
    entered.set(year, text);
    missing.delete(year);
    if (why !== undefined) missing.set(year, why);
    else findings.push(...cell.findings);
    const value = cell.series.get(year);
    if (value !== undefined) series.set(year, value);
  }
  return { series, findings, missing, entered };
}

const inOrder = (reading: SeriesReading): unknown => ({
  series: [...reading.series],
  findings: reading.findings,
  missing: [...reading.missing],
  entered: [...reading.entered],
});

const input: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -100, max: 20000 }).map(String) },
  { weight: 2, arbitrary: fc.double({ noNaN: true }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<CellInput>(
      "",
      "  ",
      null,
      undefined,
      "——",
      "/",
      "待统计",
      "约120",
      "1.2万",
      "3-5",
      "≥67",
      "5亿元",
      "7.5*",
      "38%",
      " 12 ",
      "1,234",
      "１２３",
      "\u200b",
      true,
      Number.NaN,
    ),
  },
);

const observations = (years: fc.Arbitrary<number>): fc.Arbitrary<Observation[]> =>
  fc.array(fc.record({ indicatorId: fc.constantFrom("row", "row", "row", "other"), year: years, input }), {
    maxLength: 45,
  });

describe("readSeries in one pass agrees with the cell-by-cell reading", () => {
  it.each<[string, fc.Arbitrary<number>]>([
    ["a few years, many repeats", fc.integer({ min: 2015, max: 2020 })],
    ["more than 16 years", fc.integer({ min: 1990, max: 2030 })],
    ["odd years", fc.constantFrom(2016, 2017, -0, 0, Number.NaN, Infinity, 2016.5)],
  ])("%s", (_, years) => {
    fc.assert(
      fc.property(fc.constantFrom(null, "件", "%", "万%"), observations(years), (unit, cells) => {
        const indicator = row(unit);
        expect(inOrder(readSeries(indicator, cells))).toEqual(inOrder(plainReading(indicator, cells)));
      }),
      { numRuns: 300 },
    );
  });
});
