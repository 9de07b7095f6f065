import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { FigureContext, FigureFailureCode, Quantity } from "../../src/core/figure-types";
import { parseFigure } from "../../src/core/figures";
import { GOLDEN_FIGURES_COMMAND, GOLDEN_FIGURES_PATH, renderGoldenFigures } from "../../scripts/golden-figures";

const FAILURE_CODES: readonly FigureFailureCode[] = [
  "not-a-number",
  "malformed-number",
  "several-numbers",
  "inverted-range",
];

/** A quantity as the parser reports it; a row of a table states only what differs from a bare number. */
const q = (fields: Partial<Omit<Quantity, "kind">>): Quantity => ({
  kind: "quantity",
  comparator: "=",
  value: null,
  low: null,
  high: null,
  unit: null,
  approximate: false,
  footnote: null,
  ...fields,
});

const toFullWidth = (text: string): string =>
  text.replace(/[!-~]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe("parseFigure reads figures as staff type them into cells", () => {
  it.each<[string, Quantity]>([
    // Seed 000, table 1: baselines and ≥ targets, a baseline with a footnote.
    ["62", q({ value: 62 })],
    ["≥67", q({ comparator: ">=", value: 67 })],
    ["≥4.0", q({ comparator: ">=", value: 4 })],
    ["7.5*", q({ value: 7.5, footnote: "*" })],
    ["7.5＊", q({ value: 7.5, footnote: "*" })],
    ["62①", q({ value: 62, footnote: "①" })],
    ["406.7亿元", q({ value: 406.7, unit: "亿元" })],
    ["19758件", q({ value: 19758, unit: "件" })],
    ["134人", q({ value: 134, unit: "人" })],
    ["3个", q({ value: 3, unit: "个" })],
    // Seed 004: the same target in two magnitudes; values stay in the unit written.
    ["2.96万亿元", q({ value: 2.96, unit: "万亿元" })],
    ["29600亿元", q({ value: 29600, unit: "亿元" })],
    ["1.2万", q({ value: 1.2, unit: "万" })],
    // Width, separators and signs.
    ["１２.５", q({ value: 12.5 })],
    ["１２．５", q({ value: 12.5 })],
    ["1,234", q({ value: 1234 })],
    ["1，234", q({ value: 1234 })],
    ["1,234,567.25", q({ value: 1234567.25 })],
    ["12。5", q({ value: 12.5 })],
    ["−3.2", q({ value: -3.2 })],
    ["－3.2", q({ value: -3.2 })],
    ["+5", q({ value: 5 })],
    ["＋5", q({ value: 5 })],
    [".5", q({ value: 0.5 })],
    ["\u00a0 38 \u3000", q({ value: 38 })],
    // Percentages.
    ["2.5%", q({ value: 2.5, unit: "%" })],
    ["１２％", q({ value: 12, unit: "%" })],
    ["5‰", q({ value: 5, unit: "‰" })],
    ["2个百分点", q({ value: 2, unit: "个百分点" })],
    ["百分之五十", q({ value: 50, unit: "%" })],
    // Comparators before and after the number.
    ["1000亿元以上", q({ comparator: ">=", value: 1000, unit: "亿元" })],
    ["不低于60", q({ comparator: ">=", value: 60 })],
    ["不少于3个", q({ comparator: ">=", value: 3, unit: "个" })],
    [">= 5", q({ comparator: ">=", value: 5 })],
    ["＞5", q({ comparator: ">", value: 5 })],
    ["超过100", q({ comparator: ">", value: 100 })],
    ["100余", q({ comparator: ">", value: 100, approximate: true })],
    ["2万余家", q({ comparator: ">", value: 2, unit: "万家", approximate: true })],
    ["不超过5%", q({ comparator: "<=", value: 5, unit: "%" })],
    ["控制在5%以内", q({ comparator: "<=", value: 5, unit: "%" })],
    ["≤10", q({ comparator: "<=", value: 10 })],
    ["低于3", q({ comparator: "<", value: 3 })],
    ["3以下", q({ comparator: "<", value: 3 })],
    ["＜3", q({ comparator: "<", value: 3 })],
    // Approximate figures keep the comparator of the rest.
    ["40%左右", q({ value: 40, unit: "%", approximate: true })],
    ["约120", q({ value: 120, approximate: true })],
    ["近5000", q({ value: 5000, approximate: true })],
    ["约1000亿元以上", q({ comparator: ">=", value: 1000, unit: "亿元", approximate: true })],
    // A specific word overrides a verb; two bounds in one direction must both hold.
    ["控制在5%以下", q({ comparator: "<", value: 5, unit: "%" })],
    ["达到4.0%以上", q({ comparator: ">=", value: 4, unit: "%" })],
    ["超过100以上", q({ comparator: ">", value: 100 })],
    // Ranges, with the unit after either or both ends.
    ["3-5个", q({ comparator: "range", low: 3, high: 5, unit: "个" })],
    ["3～5", q({ comparator: "range", low: 3, high: 5 })],
    ["3~5", q({ comparator: "range", low: 3, high: 5 })],
    ["3—5", q({ comparator: "range", low: 3, high: 5 })],
    ["3–5", q({ comparator: "range", low: 3, high: 5 })],
    ["3至5", q({ comparator: "range", low: 3, high: 5 })],
    ["3到5", q({ comparator: "range", low: 3, high: 5 })],
    ["3%-5%", q({ comparator: "range", low: 3, high: 5, unit: "%" })],
    ["3个-5个", q({ comparator: "range", low: 3, high: 5, unit: "个" })],
    ["3 - 5 个", q({ comparator: "range", low: 3, high: 5, unit: "个" })],
    ["3千-1万", q({ comparator: "range", low: 0.3, high: 1, unit: "万" })],
    ["-5--3", q({ comparator: "range", low: -5, high: -3 })],
    ["达到3-5个", q({ comparator: "range", low: 3, high: 5, unit: "个" })],
    ["约3-5个", q({ comparator: "range", low: 3, high: 5, unit: "个", approximate: true })],
    // Chinese numerals; a trailing 万/亿 stays with the unit as it does after digits.
    ["十二", q({ value: 12 })],
    ["两千", q({ value: 2000 })],
    ["两千家", q({ value: 2000, unit: "家" })],
    ["三万", q({ value: 3, unit: "万" })],
    ["三万亿元", q({ value: 3, unit: "万亿元" })],
    ["二〇二〇", q({ value: 2020 })],
    ["三百余个", q({ comparator: ">", value: 300, unit: "个", approximate: true })],
    ["负三", q({ value: -3 })],
    // Doubling.
    ["翻一番", q({ comparator: "x2" })],
    ["翻番", q({ comparator: "x2" })],
    ["倍增", q({ comparator: "x2" })],
    ["翻一倍", q({ comparator: "x2" })],
    ["实现翻一番", q({ comparator: "x2" })],
    ["翻一番以上", q({ comparator: "x2" })],
  ])("%s", (input, expected) => {
    expect(parseFigure(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["——"],
    ["—"],
    ["-"],
    ["--"],
    ["/"],
    ["／"],
    ["无"],
    ["空"],
    ["N/A"],
    ["n/a"],
    ["NA"],
    ["#N/A"],
    ["不适用"],
    ["暂无"],
    [" 无 "],
  ])("%s is a figure missing on purpose, with its marker", (input) => {
    expect(parseFigure(input)).toEqual({ ok: true, value: { kind: "missing", marker: input.trim() } });
  });

  it.each<[string, FigureFailureCode]>([
    ["待统计", "not-a-number"],
    ["abc", "not-a-number"],
    ["see note", "not-a-number"],
    ["%", "not-a-number"],
    ["≥", "not-a-number"],
    ["1.2.3", "malformed-number"],
    ["12,34", "malformed-number"],
    ["1234,567", "malformed-number"],
    ["1,23,456", "malformed-number"],
    ["=5", "malformed-number"],
    ["@5", "malformed-number"],
    ["5-", "malformed-number"],
    ["5--", "malformed-number"],
    ["≥3-5", "malformed-number"],
    ["不超过5以上", "malformed-number"],
    ["不超过翻一番", "malformed-number"],
    ["十二五", "malformed-number"],
    ["1e999", "malformed-number"],
    ["12 15", "several-numbers"],
    ["2016-11-03", "several-numbers"],
    ["62(2014年)", "several-numbers"],
    ["5-3", "inverted-range"],
    ["5%-3%", "inverted-range"],
  ])("%s fails with %s and quotes the input", (input, code) => {
    expect(parseFigure(input)).toEqual({ ok: false, issues: [{ code, input }] });
  });

  it.each([[""], ["   "], ["\u3000"], ["\u00a0\t"]])('a blank cell %j is missing with marker ""', (input) => {
    expect(parseFigure(input)).toEqual({ ok: true, value: { kind: "missing", marker: "" } });
  });

  it.each([[null], [undefined]])('an empty cell (%s) is missing with marker ""', (input) => {
    expect(parseFigure(input)).toEqual({ ok: true, value: { kind: "missing", marker: "" } });
  });

  it("takes a number cell as it is", () => {
    expect(parseFigure(12.5)).toEqual({ ok: true, value: q({ value: 12.5 }) });
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], [true], [false]])(
    "%s from a cell is not a number",
    (input) => {
      expect(parseFigure(input)).toEqual({ ok: false, issues: [{ code: "not-a-number", input: String(input) }] });
    },
  );
});

describe("parseFigure in running plan text", () => {
  it.each<[string, Quantity]>([
    ["突破 2.96 万亿元", q({ comparator: ">", value: 2.96, unit: "万亿元" })],
    ["超过 38%", q({ comparator: ">", value: 38, unit: "%" })],
    ["达到 13%。", q({ comparator: ">=", value: 13, unit: "%" })],
    ["500 余个", q({ comparator: ">", value: 500, unit: "个", approximate: true })],
    ["达39件,", q({ comparator: ">=", value: 39, unit: "件" })],
    ["2000万平方米以上", q({ comparator: ">=", value: 2000, unit: "万平方米" })],
    ["突破七千亿", q({ comparator: ">", value: 7000, unit: "亿" })],
    ["1,800亿元", q({ comparator: "=", value: 1800, unit: "亿元" })],
  ])("%s", (input, expected) => {
    expect(parseFigure(input, "text")).toEqual({ ok: true, value: expected });
  });

  it.each<[string, number, FigureFailureCode]>([
    // 。 ends a sentence and ， a clause in text; in a cell they are a decimal point and a thousands separator.
    ["12。5", 12.5, "several-numbers"],
    ["1，234", 1234, "several-numbers"],
  ])("%s is %s in a cell but %s in text", (input, inCell, inText) => {
    expect(parseFigure(input, "cell")).toEqual({ ok: true, value: q({ value: inCell }) });
    expect(parseFigure(input, "text")).toEqual({ ok: false, issues: [{ code: inText, input }] });
  });
});

describe("parseFigure properties", () => {
  const contexts = fc.constantFrom<FigureContext>("cell", "text");
  /** Characters the scanner gives meaning to, so random strings reach its corners rather than "not-a-number". */
  const figureish = fc.string({
    unit: fc.constantFrom(
      ..."0123456789.,，。-−~—至到+eE%‰*①万亿千百十一二两三〇零点余多约近≥≤<>=以上下内左右超过突破翻番倍增元个 /",
    ),
    maxLength: 24,
  });

  const wellFormed = (input: string, context: FigureContext): void => {
    const result = parseFigure(input, context);
    if (result.ok) {
      expect(["quantity", "missing"]).toContain(result.value.kind);
    } else {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(FAILURE_CODES).toContain(issue.code);
        expect(issue.input).toBe(input);
      }
    }
  };

  it("never throws and always answers with a figure or a closed-list failure", () => {
    for (const strings of [fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), figureish]) {
      fc.assert(
        fc.property(strings, contexts, (input, context) => wellFormed(input, context)),
        { numRuns: 500 },
      );
    }
  });

  it("a quantity is always consistent: a range has ordered bounds, a single value has no bounds", () => {
    fc.assert(
      fc.property(figureish, contexts, (input, context) => {
        const result = parseFigure(input, context);
        if (!result.ok || result.value.kind !== "quantity") return;
        const figure = result.value;
        if (figure.comparator === "range") {
          expect(figure.value).toBeNull();
          expect(figure.low).not.toBeNull();
          expect(figure.low ?? 0).toBeLessThanOrEqual(figure.high ?? Number.NaN);
        } else if (figure.comparator === "x2") {
          expect([figure.value, figure.low, figure.high]).toEqual([null, null, null]);
        } else {
          expect(Number.isFinite(figure.value)).toBe(true);
          expect([figure.low, figure.high]).toEqual([null, null]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back any finite number as JavaScript prints it, in half or full width", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), contexts, (n, context) => {
        const expected = { ok: true, value: q({ value: n === 0 ? 0 : n }) };
        expect(parseFigure(String(n), context)).toEqual(expected);
        expect(parseFigure(toFullWidth(String(n)), context)).toEqual(expected);
        expect(parseFigure(n, context)).toEqual(expected);
      }),
    );
  });

  it("reads back a number written with thousands separators", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.stringMatching(/^[0-9]{0,4}$/u),
        fc.constantFrom(",", "，"),
        (whole, fraction, comma) => {
          const grouped = whole.toString().replace(/\B(?=(\d{3})+$)/gu, comma);
          const written = fraction === "" ? grouped : `${grouped}.${fraction}`;
          const expected = Number(fraction === "" ? whole.toString() : `${whole}.${fraction}`);
          expect(parseFigure(written)).toEqual({ ok: true, value: q({ value: expected }) });
        },
      ),
    );
  });

  it("refuses thousands separators that do not group by three", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{0,2}$/u),
        fc.array(fc.stringMatching(/^[0-9]{1,5}$/u), { minLength: 1, maxLength: 4 }),
        (head, groups) => {
          fc.pre(groups.some((group) => group.length !== 3));
          const input = [head, ...groups].join(",");
          expect(parseFigure(input)).toEqual({ ok: false, issues: [{ code: "malformed-number", input }] });
        },
      ),
    );
  });

  it("reads a range written with any separator, and refuses one whose low end is above its high end", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.constantFrom("-", "～", "~", "—", "–", "至", "到", " - "),
        fc.constantFrom("", "%", "个", "亿元"),
        (a, b, separator, unit) => {
          const input = `${a}${separator}${b}${unit}`;
          const expected =
            a <= b
              ? { ok: true, value: q({ comparator: "range", low: a, high: b, unit: unit === "" ? null : unit }) }
              : { ok: false, issues: [{ code: "inverted-range", input }] };
          expect(parseFigure(input)).toEqual(expected);
        },
      ),
    );
  });

  it("returns promptly on a megabyte of anything a paste can bring", () => {
    const megabyte = 1 << 20;
    const inputs = ["1", "1,", "1.", "一", "十", "≥", "以上", "*", "-", " ", "3-", "万", "约", "a1"].map((piece) =>
      piece.repeat(megabyte / piece.length),
    );
    inputs.push(`5${"以上".repeat(megabyte / 2)}`, `5${"*".repeat(megabyte)}`, `5 ${"元".repeat(megabyte)}`);
    for (const input of inputs) {
      for (const context of ["cell", "text"] as const) {
        const started = performance.now();
        parseFigure(input, context);
        // Linear work on a megabyte takes milliseconds; backtracking or a quadratic loop would take minutes.
        expect(performance.now() - started).toBeLessThan(2000);
      }
    }
  });
});

describe("the golden table of figures", () => {
  it("is up to date", () => {
    const onDisk = readFileSync(GOLDEN_FIGURES_PATH, "utf8");
    if (onDisk !== renderGoldenFigures()) {
      throw new Error(
        `tests/core/golden/figures.md is out of date: run \`${GOLDEN_FIGURES_COMMAND}\` and review the diff.`,
      );
    }
  });
});
