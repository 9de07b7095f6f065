import fc from "fast-check";
import { normalizeText } from "../../src/core/normalize";

const toFullWidth = (text: string): string =>
  text.replace(/[!-~]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe("normalizeText", () => {
  it.each<[string, string]>([
    ["１２．５", "12.5"],
    ["１２％", "12%"],
    ["＞＝５", ">=5"],
    ["１，２３４", "1,234"],
    ["３～５个", "3~5个"],
    ["７．５＊", "7.5*"],
    ["Ｎ／Ａ", "N/A"],
    ["\u00a038\u3000", " 38 "],
    ["\ufeff62\u200b", "62"],
    // Kept: 。 is a decimal point or a full stop depending on context, ① is a footnote, lines stay lines.
    ["12。5", "12。5"],
    ["62①", "62①"],
    ["指标\t2015年\n≥67", "指标\t2015年\n≥67"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it("keeps the characters it is told to keep", () => {
    expect(normalizeText("达到１，２３４家，", { keep: "，" })).toBe("达到1，234家，");
  });

  it("folds any printable ASCII written in full width back to itself", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i))) }),
        (ascii) => {
          expect(normalizeText(toFullWidth(ascii))).toBe(ascii);
        },
      ),
    );
  });

  it("is idempotent and never changes the number of lines", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(once.split("\n").length).toBe(text.split("\n").length);
      }),
    );
  });
});
