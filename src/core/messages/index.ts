/**
 * Renders findings, figure failures, statuses and the blank-cell policy in the user's language.
 * One catalog per language (`zh-CN.ts`, `en-US.ts`), both typed by `MessageCatalog`, so a code without a message
 * in either language fails the typecheck.
 */
import type { FigureFailureCode } from "../figure-types";
import type { Finding, FindingCode, FindingOf, Severity } from "../findings";
import type { NotAssessableReason } from "../assessment";
import type { Attribute, Comparator, Measure, Status, Target } from "../model";
import type { ReviewState } from "../review";
import type { SummaryColumnKey } from "../summary";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type Locale = "zh-CN" | "en-US";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** Number formatting shared by the catalogs, so both languages print the same digits. */
export interface NumberFormat {
  /** A figure without float noise or grouping: `0.30000000000000004` → `0.3`, `29600` → `29600`, `-0` → `0`. */
  readonly number: (n: number) => string;
  /** One decimal, for percentages and z-scores: `45` → `45.0`, `-5.25` → `-5.3`. */
  readonly oneDecimal: (n: number) => string;
}

/** Renders one finding code; gets the finding narrowed to that code. */
export type FindingMessages = {
  readonly [C in FindingCode]: (finding: FindingOf<C>, format: NumberFormat) => string;
};

export interface MessageCatalog {
  readonly findings: FindingMessages;
  /** Why a text is not a figure, as a clause: `不含数字` / `contains no digits`. */
  readonly figureFailures: { readonly [C in FigureFailureCode]: string };
  /** What a comparator makes of a figure typed as an actual: `区间` / `a range`. */
  readonly comparators: { readonly [C in Exclude<Comparator, "=">]: string };
  readonly measures: { readonly [M in Measure]: string };
  readonly severity: { readonly [S in Severity]: string };
  /** Labels of assessment statuses (`model.ts` `Status`). */
  readonly status: { readonly [S in Status]: string };
  /** Why an indicator cannot be assessed (`assessment.ts` `NotAssessableReason`), as a short clause. */
  readonly notAssessable: { readonly [R in NotAssessableReason]: string };
  /** Where a flagged cell stands in review (`review.ts` `ReviewState`). */
  readonly review: { readonly [R in ReviewState]: string };
  /** Column headers of the compliance summary, in the words of a mid-term evaluation table. */
  readonly summaryColumns: { readonly [K in SummaryColumnKey]: string };
  /** 预期性 / 约束性 as the reader's language says them. */
  readonly attributes: { readonly [A in Attribute]: string };
  /** How 翻一番 reads in a target cell, and the joiner of a range (`3～5`). */
  readonly target: { readonly double: string; readonly rangeJoiner: string };
  /** Rules the task pane states to the person filling the sheet. */
  readonly policy: { readonly blankCell: string };
}

const CATALOGS: { readonly [L in Locale]: MessageCatalog } = { "zh-CN": zhCN, "en-US": enUS };

const plain = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 10 });

export const NUMBER_FORMAT: NumberFormat = {
  number: (n) => {
    if (!Number.isFinite(n)) return "—";
    // 15 significant digits drop binary noise (0.1 + 0.2 → 0.3) and keep every digit a statistician types.
    const clean = Number(n.toPrecision(15));
    return clean === 0 ? "0" : plain.format(clean);
  },
  oneDecimal: (n) => {
    if (!Number.isFinite(n)) return "—";
    // Half away from zero, as statistical tables round: -5.25 → -5.3.
    const text = ((Math.sign(n) * Math.round(Math.abs(n) * 10)) / 10).toFixed(1);
    return text === "-0.0" ? "0.0" : text;
  },
};

/**
 * The message for a finding: what is wrong and what to do.
 *
 * @example
 * formatFinding({ code: "year-on-year-change", year: 2018, changePercent: 45, method: { kind: "yoy-percent", limitPercent: 30 }, … }, "zh-CN")
 * // → "2018年数值较上年增长45.0%，超出±30%的波动阈值，请填写审核说明。"
 */
export function formatFinding(finding: Finding, locale: Locale): string {
  return render(CATALOGS[locale].findings, finding);
}

function render<C extends FindingCode>(messages: FindingMessages, finding: FindingOf<C>): string {
  // TypeScript cannot correlate `messages[finding.code]` with `finding` through the union; the mapped type guarantees it.
  const message = messages[finding.code as C] as (finding: FindingOf<C>, format: NumberFormat) => string;
  return message(finding, NUMBER_FORMAT);
}

/**
 * @example
 * statusLabel("off-track", "zh-CN") // → "滞后于序时进度"
 * statusLabel("off-track", "en-US") // → "Behind schedule"
 */
export function statusLabel(status: Status, locale: Locale): string {
  return CATALOGS[locale].status[status];
}

/**
 * @example
 * severityLabel("warning", "zh-CN") // → "需说明"
 */
export function severityLabel(severity: Severity, locale: Locale): string {
  return CATALOGS[locale].severity[severity];
}

/**
 * Why a text is not a figure, for messages outside the checks (e.g. validating a pasted plan).
 *
 * @example
 * figureFailureText("several-numbers", "zh-CN") // → "包含多个数字"
 */
export function figureFailureText(code: FigureFailureCode, locale: Locale): string {
  return CATALOGS[locale].figureFailures[code];
}

/**
 * The blank-cell rule (`BLANK_CELL_POLICY` in `series.ts`) as the task pane shows it.
 *
 * @example
 * blankCellPolicyText("zh-CN") // → "空白单元格视为未填报，不按 0 计算"
 */
export function blankCellPolicyText(locale: Locale): string {
  return CATALOGS[locale].policy.blankCell;
}

/**
 * @example
 * notAssessableText("no-baseline", "zh-CN") // → "规划未给出基期值，中期年份无法按序时进度评估"
 */
export function notAssessableText(reason: NotAssessableReason, locale: Locale): string {
  return CATALOGS[locale].notAssessable[reason];
}

/**
 * @example
 * reviewStateLabel("awaiting-review", "zh-CN") // → "待审核"
 */
export function reviewStateLabel(state: ReviewState, locale: Locale): string {
  return CATALOGS[locale].review[state];
}

/**
 * @example
 * attributeLabel("约束性", "en-US") // → "Binding"
 */
export function attributeLabel(attribute: Attribute, locale: Locale): string {
  return CATALOGS[locale].attributes[attribute];
}

/**
 * @example
 * summaryColumnLabel("elapsed", "zh-CN") // → "序时进度"
 */
export function summaryColumnLabel(key: SummaryColumnKey, locale: Locale): string {
  return CATALOGS[locale].summaryColumns[key];
}

const COMPARATOR_SIGNS = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "" } as const;

/**
 * A target as a plan's table writes it, for template and summary cells: the comparator sign before the value.
 *
 * @example
 * formatTarget({ comparator: ">=", year: 2020, value: 67 }, "zh-CN") // → "≥67"
 * formatTarget({ comparator: "range", year: 2025, low: 3, high: 5 }, "zh-CN") // → "3～5"
 * formatTarget({ comparator: "x2", year: 2020 }, "en-US") // → "double the baseline"
 */
export function formatTarget(target: Target, locale: Locale): string {
  const { number } = NUMBER_FORMAT;
  const words = CATALOGS[locale].target;
  switch (target.comparator) {
    case "x2":
      return words.double;
    case "range":
      return `${number(target.low)}${words.rangeJoiner}${number(target.high)}`;
    default:
      return `${COMPARATOR_SIGNS[target.comparator]}${number(target.value)}`;
  }
}

/**
 * Office's display language (`Office.context.displayLanguage`, e.g. `en-GB`) → the locale of the messages.
 * English variants get English; everything else, including unknown or missing, gets Simplified Chinese,
 * the language of the bureaus this add-in serves.
 *
 * @example
 * localeFromDisplayLanguage("en-GB") // → "en-US"
 * localeFromDisplayLanguage("zh-TW") // → "zh-CN"
 * localeFromDisplayLanguage(undefined) // → "zh-CN"
 */
export function localeFromDisplayLanguage(lang: string | undefined): Locale {
  return lang !== undefined && /^\s*en(?:[-_]|\s*$)/i.test(lang) ? "en-US" : "zh-CN";
}
