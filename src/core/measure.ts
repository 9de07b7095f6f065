/**
 * What kind of quantity an indicator measures, and so which path it should follow from baseline to target.
 */
import type { Measure, PathShape } from "./model";

const PATH_SHAPES: Readonly<Record<Measure, PathShape>> = {
  share: "linear",
  rate: "linear",
  "per-capita": "linear",
  count: "compound",
  amount: "compound",
};

/**
 * Shares, rates and per-capita figures move by percentage points or units a year (linear path); counts and
 * amounts grow by a percentage a year (compound path), the way 年均增长 targets are written.
 *
 * @example
 * pathShapeOf("share")  // → "linear"
 * pathShapeOf("amount") // → "compound"
 */
export function pathShapeOf(measure: Measure): PathShape {
  return PATH_SHAPES[measure];
}

/** Units that say the figure is itself a percentage or per-mille. */
const PERCENT_UNITS: readonly string[] = ["%", "％", "‰", "个百分点", "百分点"];
/** A percentage whose name says it is part of a whole. Checked before RATE_WORDS: 比例 and 比重 beat 率. */
const SHARE_WORDS: readonly string[] = ["比重", "占比", "比例"];
/** A percentage whose name says it is a speed or a rate: 增长率, 增速, 贡献率, 城镇化率. */
const RATE_WORDS: readonly string[] = ["增长", "增速", "增幅", "率"];
/** A figure divided by population or by some other base: 每万人口, 人均, 每千人, 万人发明专利拥有量. */
const PER_CAPITA_WORDS: readonly string[] = ["每万", "人均", "每千", "万人"];

/** `科技进步贡献率（%）`, `科技进步贡献率(%`: seed tables put the unit in a bracket, sometimes unclosed. */
const BRACKETED_UNIT = /[（(]([^（）()]*)[）)]?\s*$/u;

const containsAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/**
 * Guesses the measure from the indicator's name and unit, for plans that do not state it. A unit of `%`, `‰`
 * or `个百分点` makes a share, or a rate when the name says 增长/增速/增幅/率 without 比重/占比/比例; a name with
 * 每万/人均/每千/万人 makes a per-capita figure; a unit with 元 makes an amount; anything else is a count.
 * When the unit is null it is read from a bracket at the end of the name.
 *
 * @example
 * inferMeasure("科技进步贡献率", "%")                     // → "rate"
 * inferMeasure("全社会R&D经费支出占GDP的比重", "%")        // → "share"
 * inferMeasure("每万劳动力中研发人员数", null)            // → "per-capita"
 * inferMeasure("技术市场交易额", "亿元")                  // → "amount"
 * inferMeasure("有效发明专利总量", "件")                  // → "count"
 */
export function inferMeasure(name: string, unit: string | null): Measure {
  const effectiveUnit = (unit ?? BRACKETED_UNIT.exec(name)?.[1] ?? "").trim();
  if (containsAny(effectiveUnit, PERCENT_UNITS)) {
    return containsAny(name, RATE_WORDS) && !containsAny(name, SHARE_WORDS) ? "rate" : "share";
  }
  if (containsAny(name, PER_CAPITA_WORDS)) return "per-capita";
  if (effectiveUnit.includes("元")) return "amount";
  return "count";
}
