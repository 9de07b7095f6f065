import type { IndicatorId } from "./model";

/**
 * An indicator's name reduced to what identifies it, so that extracting the same plan again, from a web page or
 * a PDF copy with other spacing and width of characters, gives the same id and no entered figure is orphaned.
 * A trailing unit in parentheses goes: the unit is a field of its own, and plans write it `（%）`, `(%)` or `(%`.
 *
 * @example normaliseIndicatorName("全社会R&D经费支出占GDP的比重（%）") // → "全社会r&d经费支出占gdp的比重"
 * @example normaliseIndicatorName(" 科技进步贡献率 ( % ") // → "科技进步贡献率"
 */
export function normaliseIndicatorName(name: string): string {
  const folded = name.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
  return folded.replace(/\([^()]*\)?$/u, "") || folded;
}

/**
 * The id of an indicator: plan id + normalised name + target year. Readable on purpose: it is stored in the
 * workbook beside the rows, and a person reading a support case should recognise the indicator.
 *
 * @example indicatorId("cd-13-kj", "有效发明专利总量（件）", 2020) // → "cd-13-kj:有效发明专利总量:2020"
 */
export function indicatorId(planId: string, name: string, targetYear: number): IndicatorId {
  return `${planId}:${normaliseIndicatorName(name)}:${targetYear}`;
}
