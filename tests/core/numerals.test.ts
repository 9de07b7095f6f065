import fc from "fast-check";
import { parseChineseNumeral, readChineseNumeral } from "../../src/core/numerals";

const DIGIT_CHARS = "零一二三四五六七八九";
const PLACES = ["", "十", "百", "千"] as const;

/**
 * Writes a whole number the way a formal document does (一千零五, 三万零二百, 一亿二千万), independently of the
 * parser, so that the round trip below checks the parser against the convention rather than against itself.
 */
function writeChinese(n: number): string {
  if (n === 0) return "零";
  const sections = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const names = ["亿", "万", ""];
  let out = "";
  let zeroPending = false;
  sections.forEach((section, index) => {
    if (section === 0) {
      zeroPending = out !== "";
      return;
    }
    if (out !== "" && (zeroPending || section < 1000)) out += "零";
    zeroPending = false;
    let gap = false;
    let written = false;
    for (let place = 3; place >= 0; place--) {
      const digit = Math.floor(section / 10 ** place) % 10;
      if (digit === 0) {
        gap = written;
        continue;
      }
      if (gap) out += "零";
      out += `${DIGIT_CHARS.charAt(digit)}${PLACES[place] ?? ""}`;
      gap = false;
      written = true;
    }
    out += names[index] ?? "";
  });
  return out;
}

describe("parseChineseNumeral", () => {
  it.each<[string, number]>([
    ["零", 0],
    ["〇", 0],
    ["三", 3],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一十二", 12],
    ["二十五", 25],
    ["一百零五", 105],
    ["一百一十", 110],
    ["一百五", 150],
    ["一千零五十", 1050],
    ["三千二", 3200],
    ["两千", 2000],
    ["三万", 30000],
    ["十万", 100000],
    ["三万五千", 35000],
    ["两万五", 25000],
    ["一万零五", 10005],
    ["一千万", 10000000],
    ["一亿二千万", 120000000],
    ["一亿五", 150000000],
    ["三万亿", 3e12],
    ["七千亿", 7e11],
    ["二〇二〇", 2020],
    ["一九九八", 1998],
    ["三点五", 3.5],
    ["十二点零五", 12.05],
    ["壹佰贰拾叁", 123],
    ["一萬", 10000],
  ])("%s → %s", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each([
    [""],
    ["十二五"],
    ["万"],
    ["百"],
    ["亿"],
    ["亿元"],
    ["一百十"],
    ["三点"],
    ["点五"],
    ["萬"],
    ["二二十"],
    ["abc"],
    ["12"],
    ["一".repeat(41)],
  ])("%j is not one numeral", (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it("reads back every whole number below 10¹² as a formal document writes it", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999_999_999_999 })), (n) => {
        expect(parseChineseNumeral(writeChinese(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads digits without magnitudes one by one, as years are written", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,15}$/u), (digits) => {
        const written = digits.replace(/[0-9]/gu, (d) => "〇一二三四五六七八九".charAt(Number(d)));
        expect(parseChineseNumeral(written)).toBe(Number(digits));
      }),
    );
  });

  it("never throws, and answers null or a finite number", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(..."零〇一二两三四五六七八九十百千万亿点") }),
          fc.string({ unit: "binary" }),
        ),
        (text) => {
          const value = parseChineseNumeral(text);
          expect(value === null || Number.isFinite(value)).toBe(true);
        },
      ),
    );
  });
});

describe("readChineseNumeral reads the numeral at the start of a figure and leaves the unit", () => {
  it.each<[string, number, { value: number; end: number } | null]>([
    ["两千家", 0, { value: 2000, end: 2 }],
    ["突破七千亿", 2, { value: 7000, end: 4 }],
    ["三万亿元", 0, { value: 3, end: 1 }],
    ["一万千瓦", 0, { value: 1, end: 1 }],
    ["一亿二千万元", 0, { value: 120000000, end: 5 }],
    ["二〇二〇年", 0, { value: 2020, end: 4 }],
    ["十二五", 0, { value: 12, end: 2 }],
    ["万元", 0, null],
    ["元", 0, null],
  ])("%s from %i", (text, start, expected) => {
    expect(readChineseNumeral(text, start)).toEqual(expected);
  });
});
