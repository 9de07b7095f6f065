/**
 * A plan's title and period from its text. Plans arrive as web pages and PDF copies with boilerplate around
 * them, so the title is looked for where Chinese official documents put it: in 《书名号》 or on a short line of
 * its own that names the kind of document.
 */
import { parseChineseNumeral } from "../numerals";

/** Kinds of planning document, as the last word of their titles says. */
const DOCUMENT_KINDS = /(规划|纲要|实施意见|意见|行动计划|行动方案|实施方案|计划|方案)$/u;

const MAX_TITLE_LENGTH = 80;

/**
 * The plan's title, from the first line that gives one: a title line of its own (as on a title page:
 * `四川省“十四五”高新技术产业发展规划 (2021-2025年)`), a notice that issues the plan (`关于印发…规划的通知`), or a
 * 《…》 naming a planning document. Null when no line does.
 *
 * @example planTitle(["现将《重庆市科技创新“十三五”规划》印发给你们"]) // → "重庆市科技创新“十三五”规划"
 */
export function planTitle(lines: readonly string[]): string | null {
  for (const line of lines) {
    const found = titleLine(line) ?? quotedTitle(line);
    if (found !== null) return found;
  }
  return null;
}

function titleLine(line: string): string | null {
  const text = line.replace(/\s+/gu, " ").trim();
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH || /[。，；：:]/u.test(text)) return null;
  const issued = /关于印发(.+?)的通知$/u.exec(text)?.[1]?.replace(/^《|》$/gu, "");
  if (issued !== undefined) return DOCUMENT_KINDS.test(issued) ? issued : null;
  const withoutSpan = text.replace(/\s*[（(]\s*\d{4}\s*[-—–~～至]\s*\d{4}\s*年?\s*[）)]\s*$/u, "");
  return DOCUMENT_KINDS.test(withoutSpan) ? withoutSpan : null;
}

function quotedTitle(line: string): string | null {
  for (const match of line.matchAll(/《([^《》]{2,80})》/gu)) {
    const inner = (match[1] ?? "").trim();
    if (DOCUMENT_KINDS.test(inner)) return inner;
  }
  return null;
}

/** The first year of the n-th five-year plan: the 3rd began in 1966 and they have followed each other since. */
function fiveYearPlanStart(ordinal: number): number | null {
  return Number.isInteger(ordinal) && ordinal >= 3 && ordinal <= 30 ? 1966 + 5 * (ordinal - 3) : null;
}

/**
 * The plan period: an explicit span in the title (`2021-2025年`), else the five-year plan the title names
 * (`“十三五”`, `第十四个五年规划`), else null (the caller may infer it from the targets).
 *
 * @example planPeriod("成都市“十三五”科技创新规划") // → [2016, 2020]
 * @example planPeriod("成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要") // → [2021, 2025]
 */
export function planPeriod(title: string | null): readonly [number, number] | null {
  if (title === null) return null;
  const span = /(\d{4})\s*[-—–~～至]\s*(\d{4})\s*年/u.exec(title);
  if (span !== null) {
    const [start, end] = [Number(span[1]), Number(span[2])];
    if (start < end && end - start <= 20) return [start, end];
  }
  const ordinal =
    /(?:“|")?(十[一二三四五六七八九]?)五(?:”|")?(?:时期|规划|期间)?|第([一二三四五六七八九十]+)个五年/u.exec(title);
  if (ordinal === null) return null;
  const numeral = ordinal[1] === undefined ? ordinal[2] : `${ordinal[1]}`;
  const start = fiveYearPlanStart(parseChineseNumeral(numeral ?? "") ?? Number.NaN);
  return start === null ? null : [start, start + 4];
}

/**
 * A period inferred from the target years when the title names none: plans set targets at the ends of five-year
 * spans, so the period runs from four years before the earliest target year to the latest one.
 *
 * @example periodFromTargetYears([2020, 2025, 2020]) // → [2016, 2025]
 */
export function periodFromTargetYears(years: readonly (number | null)[]): readonly [number, number] | null {
  const known = years.filter((year): year is number => year !== null && Number.isInteger(year));
  if (known.length === 0) return null;
  return [Math.min(...known) - 4, Math.max(...known)];
}

/**
 * The region a plan governs, as its title begins: `成都市“十三五”科技创新规划` → `成都市`. Null when the title does not
 * begin with a place (`关于加快…的实施意见`).
 *
 * @example planRegion("四川省“十四五”高新技术产业发展规划") // → "四川省"
 */
export function planRegion(title: string | null): string | null {
  const place = title === null ? null : /^([\u4e00-\u9fff]{1,10}?(?:自治区|自治州|省|市|县|区|州|盟|旗))/u.exec(title);
  return place?.[1] ?? null;
}
