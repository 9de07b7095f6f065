import fc from "fast-check";
import { convertValue, parseUnit, unitsCompatible } from "../../src/core/units";

describe("parseUnit splits the magnitude from what is counted", () => {
  it.each<[string | null, number, string]>([
    ["万亿元", 1e12, "元"],
    ["亿元", 1e8, "元"],
    ["千亿元", 1e11, "元"],
    ["万元", 1e4, "元"],
    ["万", 1e4, ""],
    ["千万", 1e7, ""],
    ["百万元", 1e6, "元"],
    ["十万人", 1e5, "人"],
    ["万平方米", 1e4, "平方米"],
    ["万 平方米", 1e4, "平方米"],
    ["%", 1, "%"],
    ["％", 1, "%"],
    ["个百分点", 1, "个百分点"],
    ["百分点", 1, "百分点"],
    ["件", 1, "件"],
    ["人年", 1, "人年"],
    ["千瓦", 1, "千瓦"],
    ["千瓦时", 1, "千瓦时"],
    ["千克", 1, "千克"],
    ["千米", 1, "千米"],
    ["万千瓦", 1e4, "千瓦"],
    ["", 1, ""],
    [null, 1, ""],
  ])("%j → × %s %j", (unit, factor, base) => {
    expect(parseUnit(unit)).toEqual({ factor, base });
  });
});

describe("convertValue", () => {
  it.each<[number, string | null, string | null, number]>([
    // Seed 004 states one target as 2.96 万亿元 in text and 29600 亿元 in its table.
    [2.96, "万亿元", "亿元", 29600],
    [29600, "亿元", "万亿元", 2.96],
    [1.2, "万", "件", 12000],
    [1.2, "万", "万件", 1.2],
    [3, "千", "万", 0.3],
    [406.7, "亿元", "万元", 4067000],
    [2000, "万平方米", "平方米", 20000000],
    [2, "万千瓦", "千瓦", 20000],
    [40, "%", "%", 40],
    [5, "‰", "%", 0.5],
    [0.5, "%", "‰", 5],
    [2, "个百分点", "%", 2],
    [2, "%", "个百分点", 2],
    [2, "百分点", "个百分点", 2],
    [50, "平米", "平方米", 50],
    // A figure typed without a unit is in the unit of the column it is typed into.
    [29600, null, "亿元", 29600],
    [38, null, "%", 38],
    [38, "", "%", 38],
    [7, "万", null, 70000],
    [2.96, "万亿元", null, 2.96e12],
    [38, "%", null, 38],
  ])("%s %s → %s = %s", (value, from, to, expected) => {
    expect(convertValue(value, from, to)).toEqual({ ok: true, value: expected });
  });

  it.each<[string | null, string | null]>([
    ["个", "%"],
    ["%", "个"],
    ["个百分点", "‰"],
    ["‰", "个百分点"],
    ["万%", "%"],
    ["%", "万%"],
    ["万", "%"],
    ["亿元", "个百分点"],
    ["元", "件"],
    ["亿元", "平方米"],
    ["千瓦", "千克"],
  ])("%s → %s is incompatible", (from, to) => {
    expect(convertValue(1, from, to)).toEqual({ ok: false, issues: [{ code: "incompatible-units", from, to }] });
    expect(unitsCompatible(from, to)).toBe(false);
  });

  it.each<[number, string, string]>([
    [Number.NaN, "万", "件"],
    [Number.POSITIVE_INFINITY, "件", "件"],
    [1e300, "万亿元", "元"],
  ])("%s %s → %s is not a finite result", (value, from, to) => {
    expect(convertValue(value, from, to)).toEqual({ ok: false, issues: [{ code: "not-finite", from, to }] });
  });

  const magnitudes = fc.constantFrom("", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿");

  it("goes there and back to the same value, to 12 significant digits", () => {
    fc.assert(
      // Below 1e-290 a factor of 10⁻¹² underflows; no figure lives there.
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-290),
        magnitudes,
        magnitudes,
        (value, a, b) => {
          const there = convertValue(value, `${a}元`, `${b}元`);
          const back = there.ok ? convertValue(there.value, `${b}元`, `${a}元`) : there;
          expect(back.ok).toBe(true);
          if (back.ok) expect(Math.abs(back.value - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-11);
        },
      ),
    );
  });

  // Amounts as plans state them (at most 11 significant digits) survive rounding exactly, whatever the path.
  it("gives the same value directly or through an intermediate magnitude", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), magnitudes, magnitudes, magnitudes, (cents, a, b, c) => {
        const value = cents / 100;
        const direct = convertValue(value, `${a}元`, `${c}元`);
        const step = convertValue(value, `${a}元`, `${b}元`);
        const twoSteps = step.ok ? convertValue(step.value, `${b}元`, `${c}元`) : step;
        expect(twoSteps).toEqual(direct);
      }),
    );
  });

  it("compatibility is symmetric", () => {
    const units = fc.constantFrom(
      null,
      "",
      "%",
      "‰",
      "个百分点",
      "万%",
      "万",
      "亿元",
      "万亿元",
      "件",
      "万件",
      "千瓦",
      "万千瓦",
      "平方米",
    );
    fc.assert(
      fc.property(units, units, (a, b) => {
        expect(unitsCompatible(a, b)).toBe(unitsCompatible(b, a));
      }),
    );
  });
});
