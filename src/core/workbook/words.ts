/**
 * The few words the adapter writes that are about the sheet itself rather than the plan (legend, marks on rows
 * kept from an earlier plan, the summary sheet's name). Everything about findings, statuses and review states
 * comes from `core/messages`.
 */
import { LOCALES, reviewStateLabel, type Locale } from "../messages";
import type { Decision } from "../review";

interface SheetWords {
  readonly legend: string;
  /** Status cell of a row whose indicator the plan no longer has; its figures stay. */
  readonly removed: string;
  /** Status cell of a second row for an indicator that already has one. */
  readonly duplicate: string;
  /** Status cell of a row without an indicator id that people wrote in, kept as it was. */
  readonly unlinked: string;
  readonly summarySheet: string;
  readonly chartTitle: string;
  readonly chartHeader: readonly [string, string];
  readonly yearLine: (year: number, text: string) => string;
}

export const WORDS: { readonly [L in Locale]: SheetWords } = {
  "zh-CN": {
    legend: "图例",
    removed: "已不在规划中（数据保留）",
    duplicate: "重复行",
    unlinked: "非指标行（原样保留）",
    summarySheet: "汇总",
    chartTitle: "指标评价分布",
    chartHeader: ["评价", "指标数"],
    yearLine: (year, text) => `${year}年：${text}`,
  },
  "en-US": {
    legend: "Legend",
    removed: "No longer in the plan (figures kept)",
    duplicate: "Duplicate row",
    unlinked: "Not an indicator row (kept as it was)",
    summarySheet: "Summary",
    chartTitle: "Indicators by status",
    chartHeader: ["Status", "Indicators"],
    yearLine: (year, text) => `${year}: ${text}`,
  },
};

/** A year line written by either language: `2018年：…`, `2018: …`. */
const YEAR_LINE = /^\s*(\d{4})\s*年?\s*[：:]/u;

/**
 * The text of a row's 审核说明 cell: one `2018年：…` line per year with a saved explanation, replacing that year's
 * earlier line, and every other line people typed into the cell kept as it was.
 *
 * @example
 * explanationCell("2018年：旧的\n口径说明见附件", new Map([[2018, "统计口径调整"], [2019, "新增企业"]]), "zh-CN")
 * // → "2018年：统计口径调整\n口径说明见附件\n2019年：新增企业"
 */
export function explanationCell(existing: string, latest: ReadonlyMap<number, string>, locale: Locale): string {
  const written = new Set<number>();
  const lines: string[] = [];
  for (const line of existing.split(/\r?\n/u)) {
    const match = YEAR_LINE.exec(line);
    const year = match === null ? null : Number(match[1]);
    const text = year === null ? undefined : latest.get(year);
    if (year === null || text === undefined) {
      if (line.trim() !== "") lines.push(line);
    } else if (!written.has(year)) {
      lines.push(WORDS[locale].yearLine(year, oneLine(text)));
      written.add(year);
    }
  }
  for (const [year, text] of [...latest].sort(([a], [b]) => a - b)) {
    if (!written.has(year)) lines.push(WORDS[locale].yearLine(year, oneLine(text)));
  }
  return lines.join("\n");
}

/**
 * The text of a row's 审核意见 cell, from the latest decision per year.
 *
 * @example reviewCell([[2018, { decision: "returned", comment: "请补充依据" }]], "zh-CN") // → "2018年：已退回，请补充依据"
 */
export function reviewCell(
  latest: readonly (readonly [number, { readonly decision: Decision; readonly comment: string }])[],
  locale: Locale,
): string {
  const joiner = locale === "zh-CN" ? "，" : "; ";
  return [...latest]
    .sort(([a], [b]) => a - b)
    .map(([year, { decision, comment }]) =>
      WORDS[locale].yearLine(
        year,
        comment.trim() === ""
          ? reviewStateLabel(decision, locale)
          : `${reviewStateLabel(decision, locale)}${joiner}${oneLine(comment)}`,
      ),
    )
    .join("\n");
}

/**
 * The year lines of a 审核说明 or 审核意见 cell, in either language whatever the workbook's: the first line per year
 * with text after its prefix. Lines without a year prefix are notes not tied to a year and are left out.
 *
 * @example yearLines("2017年：新增企业纳入统计\n口径说明见附件\n2018: Estimate") // → Map { 2017 → "新增企业纳入统计", 2018 → "Estimate" }
 */
export function yearLines(cell: string): ReadonlyMap<number, string> {
  const lines = new Map<number, string>();
  for (const line of cell.split(/\r?\n/u)) {
    const match = YEAR_LINE.exec(line);
    if (match === null) continue;
    const year = Number(match[1]);
    const text = line.slice(match[0].length).trim();
    if (text !== "" && !lines.has(year)) lines.set(year, text);
  }
  return lines;
}

/**
 * The decision a 审核意见 year line states, in the form `reviewCell` writes in either language (`已通过`,
 * `已退回，请补充依据`, `Returned; see note`), or null for any other wording: a reviewer's free text is not read as
 * a decision.
 *
 * @example typedDecision("已退回，请补充依据") // → { decision: "returned", comment: "请补充依据" }
 */
export function typedDecision(text: string): { readonly decision: Decision; readonly comment: string } | null {
  for (const locale of LOCALES) {
    const joiner = locale === "zh-CN" ? "，" : "; ";
    for (const decision of DECISIONS) {
      const label = reviewStateLabel(decision, locale);
      if (text === label) return { decision, comment: "" };
      if (text.startsWith(`${label}${joiner.trim()}`)) {
        return { decision, comment: text.slice(label.length + joiner.trim().length).trim() };
      }
    }
  }
  return null;
}

const DECISIONS: readonly Decision[] = ["accepted", "returned"];

/** A cell line holds one line: the history in the state keeps the text as typed. */
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/gu, " ").trim();
}
