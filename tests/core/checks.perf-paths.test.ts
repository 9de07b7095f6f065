/**
 * `checkRow` reads the row in one pass (`readRow`), builds its histories in the loop that filters them and skips
 * sorts when years already ascend. What it reports must not depend on those shortcuts: not on the order the cells
 * arrive in, and not on whether `readSeries` or the one-pass reader read them.
 */
import fc from "fast-check";
import { checkRow, monitoredYears } from "../../src/core/checks";
import type { CellInput, Observation } from "../../src/core/model";
import { readSeries } from "../../src/core/series";
import { chengduIndicator } from "../fixtures/chengdu-13";

const PERIOD = { start: 2016, end: 2020 } as const;

// Table 1 of seed 000, the fixture every summary test shares.
const patents = chengduIndicator("有效发明专利总量");

const input: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(19758, 20000, 20000, 20000, 26000, 31000, 0, -5).map(String) },
  { weight: 3, arbitrary: fc.integer({ min: 10000, max: 60000 }) },
  { weight: 2, arbitrary: fc.constantFrom<CellInput>("", "——", "待统计", "约21000", "2.2万", "7.5*", "3-5", "5亿元") },
);

/** One cell for each of some distinct years (within the plan and around it), in the given order. */
const row: fc.Arbitrary<Observation[]> = fc
  .uniqueArray(fc.integer({ min: 2012, max: 2023 }), { maxLength: 12 })
  .chain((years) => fc.tuple(...years.map(() => input)).map((inputs) => inputs.map((cell, i) => [years[i], cell])))
  .map((cells) =>
    cells.map(([year, cell]) => ({ indicatorId: patents.id, year: year as number, input: cell as CellInput })),
  );

const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe("checkRow", () => {
  it("reports the same findings and usable figures whatever order the years arrive in", () => {
    fc.assert(
      fc.property(
        row.chain((cells) => fc.tuple(fc.constant(cells), shuffled(cells))),
        fc.constantFrom({}, { robustMinChanges: 3 }, { unchangedYears: 2 }),
        ([cells, reordered], thresholds) => {
          const context = { period: PERIOD, thresholds };
          const a = checkRow(patents, cells, context);
          const b = checkRow(patents, reordered, context);
          expect(b.findings).toEqual(a.findings);
          expect(new Map([...b.usable].sort(([x], [y]) => x - y))).toEqual(
            new Map([...a.usable].sort(([x], [y]) => x - y)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("keeps as usable exactly the figures readSeries reads for the monitored years without an error, in its order", () => {
    fc.assert(
      fc.property(row, (cells) => {
        const { findings, usable } = checkRow(patents, cells, { period: PERIOD });
        const bounds = monitoredYears(patents, PERIOD);
        const errorYears = new Set(findings.filter((f) => f.severity === "error").map((f) => f.year));
        const expected = [...readSeries(patents, cells).series].filter(
          ([year]) => year >= bounds.low && year <= bounds.high && !errorYears.has(year),
        );
        expect([...usable]).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("reports a year typed as -0 as the year 0 a map key gives back, as before", () => {
    const [finding] = checkRow(patents, [{ indicatorId: patents.id, year: -0, input: "20000" }], {
      period: PERIOD,
    }).findings;
    expect(finding?.code).toBe("year-outside-plan");
    expect(Object.is(finding?.year, 0)).toBe(true);
  });
});
