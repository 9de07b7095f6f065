import fc from "fast-check";
import type { CellInput, Indicator, Observation } from "../../src/core/model";
import { BLANK_CELL_POLICY, readSeries, type MissingCell } from "../../src/core/series";

const row = (unit: string | null): Indicator => ({
  id: `row:${unit ?? "none"}`,
  name: "test row",
  unit,
  attribute: null,
  direction: "increase",
  measure: "count",
  baseline: null,
  target: { comparator: ">=", year: 2020, value: 1 },
  provenance: [],
});

const cell = (indicator: Indicator, input: CellInput, year = 2018): Observation => ({
  indicatorId: indicator.id,
  year,
  input,
});

describe("readSeries: figures in the row's unit", () => {
  it.each<[CellInput, string | null, number]>([
    ["１２.５", "%", 12.5],
    ["1.2万", "件", 12000],
    ["2.96万亿元", "亿元", 29600],
    ["29600亿元", "万亿元", 2.96],
    ["1,234", "件", 1234],
    ["38%", "%", 38],
    ["１.２万件", "件", 12000],
    ["5‰", "%", 0.5],
    ["406.7", "亿元", 406.7],
    [12000, "件", 12000],
    [-0, "件", 0],
    ["1.2万", null, 12000],
  ])("%p in a %p row → %p", (input, unit, expected) => {
    const indicator = row(unit);
    const reading = readSeries(indicator, [cell(indicator, input)]);
    expect(reading.findings).toEqual([]);
    expect(reading.series.get(2018)).toBe(expected);
  });

  it("quotes the text and names the units of a figure that cannot be converted", () => {
    const indicator = row("件");
    expect(readSeries(indicator, [cell(indicator, "5亿元")])).toEqual({
      series: new Map(),
      missing: new Map(),
      entered: new Map([[2018, "5亿元"]]),
      findings: [
        {
          code: "unit-mismatch",
          severity: "error",
          indicatorId: indicator.id,
          year: 2018,
          unit: "件",
          expected: "件",
          actual: "亿元",
          threshold: null,
          input: "5亿元",
        },
      ],
    });
  });
});

describe("readSeries: blank, missing markers and zero stay apart", () => {
  const patents = row("件");
  const notReported: MissingCell = { reason: "not-reported" };

  it.each<[string, CellInput, MissingCell | null, number | null]>([
    ["an empty string", "", notReported, null],
    ["spaces", "   ", notReported, null],
    ["an ideographic space", "\u3000", notReported, null],
    ["null", null, notReported, null],
    ["undefined", undefined, notReported, null],
    ["——", "——", { reason: "unavailable", marker: "——" }, null],
    ["/", "/", { reason: "unavailable", marker: "/" }, null],
    ["无", "无", { reason: "unavailable", marker: "无" }, null],
    ["N/A", "N/A", { reason: "unavailable", marker: "N/A" }, null],
    ["the number 0", 0, null, 0],
    ['the text "0"', "0", null, 0],
  ])("%s", (_, input, missing, value) => {
    const reading = readSeries(patents, [cell(patents, input)]);
    expect(reading.missing.get(2018) ?? null).toEqual(missing);
    expect(reading.series.get(2018) ?? null).toBe(value);
    expect(reading.findings).toEqual([]);
  });

  it("reads a blank cell by the exported policy, so the task pane can state it", () => {
    expect(BLANK_CELL_POLICY).toBe("not-reported");
    expect(readSeries(patents, [cell(patents, "")]).missing.get(2018)).toEqual({ reason: BLANK_CELL_POLICY });
  });

  it("records what was entered, markers included, but not blanks", () => {
    const reading = readSeries(patents, [
      cell(patents, "——", 2016),
      cell(patents, "", 2017),
      cell(patents, " 21000 ", 2018),
    ]);
    expect(reading.entered).toEqual(
      new Map([
        [2016, "——"],
        [2018, "21000"],
      ]),
    );
  });
});

describe("readSeries: one figure per year", () => {
  const patents = row("件");

  it.each<[string, readonly CellInput[], number | null, readonly string[]]>([
    ["a blank then a figure keeps the figure", ["", "21000"], 21000, []],
    ["a figure then a blank keeps the figure", ["21000", null], 21000, []],
    ["the same text twice is harmless", ["21000", "21000"], 21000, []],
    ["two different figures: the first is kept and both are quoted", ["21000", "2.2万"], 21000, ["21000|2.2万"]],
    ["a marker then a figure", ["——", "21000"], null, ["——|21000"]],
  ])("%s", (_, inputs, value, duplicates) => {
    const reading = readSeries(
      patents,
      inputs.map((input) => cell(patents, input)),
    );
    expect(reading.series.get(2018) ?? null).toBe(value);
    expect(reading.findings.map((f) => `${String(f.expected)}|${String(f.actual)}`)).toEqual(duplicates);
    expect(reading.findings.every((f) => f.code === "duplicate-year")).toBe(true);
  });

  it("ignores the observations of other indicators", () => {
    const other = row("亿元");
    expect(readSeries(patents, [cell(other, "5"), cell(patents, "7", 2019)]).series).toEqual(new Map([[2019, 7]]));
  });
});

describe("readSeries: cells that are not one usable figure", () => {
  const patents = row("件");

  it.each<[CellInput, string, Record<string, unknown>]>([
    ["待统计", "unreadable-figure", { cause: "not-a-number", actual: "待统计" }],
    ["1.2.3", "unreadable-figure", { cause: "malformed-number" }],
    ["12 15", "unreadable-figure", { cause: "several-numbers" }],
    ["5-3", "unreadable-figure", { cause: "inverted-range" }],
    [false, "unreadable-figure", { cause: "not-a-number", actual: "FALSE" }],
    [Number.NaN, "unreadable-figure", { cause: "not-a-number" }],
    [Number.POSITIVE_INFINITY, "unreadable-figure", { cause: "not-a-number" }],
    ["3-5", "not-a-single-value", { written: "range", actual: "3-5" }],
    ["≥67", "not-a-single-value", { written: ">=" }],
    ["不超过5", "not-a-single-value", { written: "<=" }],
  ])("%p → %s", (input, code, fields) => {
    const reading = readSeries(patents, [cell(patents, input)]);
    expect(reading.series.has(2018)).toBe(false);
    expect(reading.findings).toEqual([expect.objectContaining({ code, severity: "error", ...fields })]);
  });

  it.each<[CellInput, string, number]>([
    ["约21000", "approximate-figure", 21000],
    ["2.1万左右", "approximate-figure", 21000],
    ["7.5*", "footnoted-figure", 7.5],
  ])("%p is used as %p, with a warning", (input, code, value) => {
    const reading = readSeries(patents, [cell(patents, input)]);
    expect(reading.series.get(2018)).toBe(value);
    expect(reading.findings).toEqual([expect.objectContaining({ code, severity: "warning", actual: value })]);
  });
});

describe("readSeries: properties", () => {
  const anyCell: fc.Arbitrary<CellInput> = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom(..."0123456789.,-—/约万亿元件%≥ １２．无N/A") }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );

  it("puts every cell in exactly one place: the series, missing, or an error", () => {
    const patents = row("件");
    fc.assert(
      fc.property(anyCell, (input) => {
        const reading = readSeries(patents, [cell(patents, input)]);
        const places = [
          reading.series.has(2018),
          reading.missing.has(2018),
          reading.findings.some((f) => f.severity === "error"),
        ].filter(Boolean);
        expect(places).toHaveLength(1);
      }),
    );
  });

  it("never reads a blank as a figure, and reads every finite number as itself", () => {
    const patents = row("件");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom<CellInput>("", " ", null, undefined),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        (input) => {
          const value = readSeries(patents, [cell(patents, input)]).series.get(2018);
          expect(value).toBe(typeof input === "number" ? input + 0 : undefined);
        },
      ),
    );
  });
});
