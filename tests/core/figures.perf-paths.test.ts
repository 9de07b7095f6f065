/**
 * The fast paths of the figure parser must read exactly what the general scanner reads. A plain decimal followed by
 * a unit (`1234个`) still goes through the scanner, so comparing the two holds the fast path to the scanner.
 */
import fc from "fast-check";
import type { FigureContext, Quantity } from "../../src/core/figure-types";
import { parseFigure, readPlainDecimal } from "../../src/core/figures";
import { normalizeText } from "../../src/core/normalize";

const CONTEXTS: readonly FigureContext[] = ["cell", "text"];

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });

/** Plain decimals as people type them: a sign, digits or thousands groups, a fraction; long ones included. */
const plainDecimal: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "", "-", "+"),
    fc.oneof(
      digits(1, 20),
      fc
        .tuple(digits(1, 3), fc.array(digits(3, 3), { minLength: 1, maxLength: 6 }))
        .map(([head, groups]) => [head, ...groups].join(",")),
    ),
    fc.option(digits(1, 12), { nil: undefined }),
  )
  .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? "" : `.${fraction}`}`);

/** Text near the plain form: the cases the fast path must hand over untouched. */
const nearlyPlain: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(..."0123456789+-.,e "),
  maxLength: 16,
});

const quantityOf = (text: string, context: FigureContext): Quantity | null => {
  const parsed = parseFigure(text, context);
  return parsed.ok && parsed.value.kind === "quantity" ? parsed.value : null;
};

describe("readPlainDecimal, the fast path for plain decimals", () => {
  it("reads the value the scanner reads for the same digits", () => {
    fc.assert(
      fc.property(plainDecimal, fc.constantFrom(...CONTEXTS), (text, context) => {
        const fast = readPlainDecimal(text);
        const scanned = quantityOf(`${text}个`, context);
        // A number too large for a double is malformed for the scanner and left to it by the fast path.
        if (scanned === null) expect(fast).toBeNull();
        else expect(fast).toBe(scanned.value);
      }),
      { numRuns: 5000 },
    );
  });

  it("gives parseFigure a bare quantity with that value, in a cell and in text", () => {
    fc.assert(
      fc.property(plainDecimal, fc.constantFrom(...CONTEXTS), (text, context) => {
        const value = readPlainDecimal(text);
        fc.pre(value !== null);
        const scanned = quantityOf(`${text}个`, context);
        expect(parseFigure(text, context)).toEqual({ ok: true, value: { ...scanned, unit: null } });
      }),
      { numRuns: 2000 },
    );
  });

  it("equals Number on the digits, and turns -0 into 0", () => {
    fc.assert(
      fc.property(plainDecimal, (text) => {
        const expected = Number(text.replaceAll(",", ""));
        const value = readPlainDecimal(text);
        if (Number.isFinite(expected)) expect(Object.is(value, expected === 0 ? 0 : expected)).toBe(true);
        else expect(value).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it("hands anything else to the scanner, which then reads it as before", () => {
    fc.assert(
      fc.property(nearlyPlain, fc.constantFrom(...CONTEXTS), (text, context) => {
        const value = readPlainDecimal(text);
        if (value === null) return;
        expect(quantityOf(`${text}个`, context)?.value).toBe(value);
      }),
      { numRuns: 5000 },
    );
  });

  it.each<[string, number | null]>([
    ["1234", 1234],
    ["-3.5", -3.5],
    ["12.50", 12.5],
    ["1,234.5", 1234.5],
    ["-0", 0],
    ["0.1", 0.1],
    ["12 ", null],
    ["1,2345", null],
    ["5.", null],
    [".5", null],
    ["1e5", null],
    ["１２", null],
  ])("%j → %p", (text, expected) => {
    expect(readPlainDecimal(text)).toBe(expected);
  });
});

describe("words before a plain decimal (约1234, ≥67), read without the scan", () => {
  const WORDS = ["约", "≥", "不超过", "控制在", "达到", "超过", "近", "低于", "约≥", "≥<", "大约 "];

  it("give what the scanner gives for the same words and digits followed by a unit", () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), plainDecimal, fc.constantFrom(...CONTEXTS), (word, text, context) => {
        const fast = parseFigure(`${word}${text}`, context);
        const scanned = parseFigure(`${word}${text}个`, context);
        if (!scanned.ok)
          expect(fast).toEqual({ ok: false, issues: [{ ...scanned.issues[0], input: `${word}${text}` }] });
        else expect(fast).toEqual({ ok: true, value: { ...scanned.value, unit: null } });
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the missing-marker check skips lower-casing text that has no case", () => {
  // figures.ts treats these code units as caseless and does not lower-case them; hold the engine to it.
  const CASELESS: readonly (readonly [number, number])[] = [
    [0x00, 0x40],
    [0x5b, 0x7f],
    [0x3000, 0x9fff],
  ];

  it.each(CASELESS)("code units %i–%i lower-case to themselves", (from, to) => {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      if (ch.toLowerCase() !== ch) throw new Error(`U+${code.toString(16)} has a lower case`);
    }
  });

  it.each(["N/A", "n/a", "NA", "#N/A", "Ｎ／Ａ", "无", "暂无", "不适用"])("%j is a missing marker", (text) => {
    expect(parseFigure(text)).toEqual({ ok: true, value: { kind: "missing", marker: text } });
  });
});

describe("normalizeText folds exactly what the three regular expressions it replaced folded", () => {
  const reference = (text: string, keep = ""): string =>
    text
      .replace(/[\u200b-\u200d\u2060\ufeff]/gu, "")
      .replace(/[\uff01-\uff5e]/gu, (ch) => (keep.includes(ch) ? ch : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
      .replace(/\p{Zs}/gu, " ");

  it("for every character of the basic multilingual plane", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const keep of ["", "，"]) {
        if (normalizeText(ch, { keep }) !== reference(ch, keep)) throw new Error(`U+${code.toString(16)}`);
      }
    }
  });

  it("for any text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom("１", "，", "\u3000", "\u200b", "　", "a", "字"), fc.constant("x")),
        }),
        fc.string({ unit: "binary" }),
        (folded, any) => {
          for (const text of [folded, any, `${any}${folded}`]) {
            expect(normalizeText(text)).toBe(reference(text));
            expect(normalizeText(text, { keep: "，" })).toBe(reference(text, "，"));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
