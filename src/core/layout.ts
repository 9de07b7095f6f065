/**
 * The monitoring sheet of a plan, as data: the one layout both the Excel adapter and the .xlsx writer of the
 * command line write, so a template made by either is the same thing.
 *
 *   row 1   plan title
 *   row 2   region · period · rule for blank cells
 *   row 4   header: 序号 | 指标 | 单位 | 属性 | 基期年份 | 基期值 | 目标年份 | 目标值 | 2015 … 2020 | 状态 | 审核说明 | 审核意见 | 指标编号
 *   row 5…  one row per indicator; the year columns, 审核说明 are for people, the rest is ours
 *
 * The hidden last column holds each row's indicator id, so a row keeps its identity when people sort or insert
 * rows: figures are matched to indicators by id, never by position.
 */
import { attributeLabel, blankCellPolicyText, formatTarget, type Locale } from "./messages";
import type { Indicator, IndicatorId, Plan } from "./model";

export type TemplateColumnKey =
  | "seq"
  | "name"
  | "unit"
  | "attribute"
  | "baselineYear"
  | "baselineValue"
  | "targetYear"
  | "target"
  | "year"
  | "status"
  | "explanation"
  | "review"
  | "id";

export interface TemplateColumn {
  readonly key: TemplateColumnKey;
  /** Set for `year` columns only. */
  readonly year: number | null;
  readonly header: string;
  /** Width in characters, as Excel counts them (a CJK character is about two). */
  readonly width: number;
  /** Excel number format: `@` for text, `General` for figures. */
  readonly numberFormat: string;
  /** Cells people type into: unlocked under sheet protection. */
  readonly input: boolean;
  readonly hidden: boolean;
}

/** What a cell of a row holds when the template is written; null for cells people fill. */
export type TemplateCellValue = string | number | null;

export interface TemplateRow {
  readonly indicatorId: IndicatorId;
  /**
   * One value per column, in column order, as the plan states it. Writers make text safe for their medium:
   * Office's `values` reads a leading `=` as a formula (see `asCellText`), exceljs does not.
   */
  readonly cells: readonly TemplateCellValue[];
  /** The input prompt of the row's year cells: what to enter and against which target. */
  readonly prompt: { readonly title: string; readonly message: string };
}

export interface TemplateModel {
  readonly planId: string;
  readonly sheetName: string;
  /** Rows above the header, top to bottom. */
  readonly titleRows: readonly string[];
  /** 0-based index of the header row; data rows follow it. */
  readonly headerRow: number;
  readonly columns: readonly TemplateColumn[];
  readonly rows: readonly TemplateRow[];
  readonly years: readonly number[];
  /** Rows and columns kept in view when scrolling: the header, and 序号 + 指标. */
  readonly frozenRows: number;
  readonly frozenColumns: number;
}

/** Excel's limit on a sheet name, and the characters it refuses. */
const SHEET_NAME_LIMIT = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/gu;

const HEADERS: { readonly [L in Locale]: { readonly [K in Exclude<TemplateColumnKey, "year">]: string } } = {
  "zh-CN": {
    seq: "序号",
    name: "指标",
    unit: "单位",
    attribute: "属性",
    baselineYear: "基期年份",
    baselineValue: "基期值",
    targetYear: "目标年份",
    target: "目标值",
    status: "状态",
    explanation: "审核说明",
    review: "审核意见",
    id: "指标编号",
  },
  "en-US": {
    seq: "No.",
    name: "Indicator",
    unit: "Unit",
    attribute: "Attribute",
    baselineYear: "Baseline year",
    baselineValue: "Baseline",
    targetYear: "Target year",
    target: "Target",
    status: "Status",
    explanation: "Explanation",
    review: "Review",
    id: "Indicator id",
  },
};

const WORDS = {
  "zh-CN": {
    sheet: "指标监测",
    year: (year: number) => `${year}年`,
    period: (start: number, end: number) => `规划期 ${start}—${end}年`,
    promptTitle: "填报实际值",
    prompt: (name: string, target: string, unit: string | null) =>
      `${name}：填写当年实际值${unit === null ? "" : `（单位：${unit}）`}，目标 ${target}。无数据填“——”。`,
  },
  "en-US": {
    sheet: "Plan monitoring",
    year: (year: number) => String(year),
    period: (start: number, end: number) => `Plan period ${start}–${end}`,
    promptTitle: "Enter the actual figure",
    prompt: (name: string, target: string, unit: string | null) =>
      `${name}: the year's actual figure${unit === null ? "" : ` in ${unit}`}; target ${target}. No data: enter “——”.`,
  },
} as const;

/**
 * For writers whose medium runs formulas (Office's `values`, CSV opened in a spreadsheet):
 * text that Excel or a CSV reader would take for a formula (`=`, `+`, `-`, `@`, and TAB or CR that some readers
 * strip) gets Excel's text prefix, an apostrophe: plan text is never trusted to be inert.
 *
 * @example asCellText("=HYPERLINK(\"http://x\")") // → "'=HYPERLINK(\"http://x\")"
 * @example asCellText("科技进步贡献率") // → "科技进步贡献率"
 */
export function asCellText(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

/**
 * The years a template asks figures for: the year before the period (the usual base year, so a restated baseline
 * can be entered) to the end of the period or the latest target year.
 *
 * @example templateYears(chengdu13th) // → [2015, 2016, 2017, 2018, 2019, 2020]
 */
export function templateYears(plan: Plan): readonly number[] {
  const first = plan.period.start - 1;
  const last = Math.max(plan.period.end, ...plan.indicators.map((indicator) => indicator.target.year));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** A sheet name Excel accepts: forbidden characters dropped, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(SHEET_NAME_FORBIDDEN, "")
    .replace(/^'+|'+$/gu, "")
    .trim();
  return (cleaned || "Sheet").slice(0, SHEET_NAME_LIMIT);
}

/**
 * @example
 * const model = templateLayout(chengdu13th, "zh-CN");
 * model.columns.map((c) => c.header).slice(0, 9) // → ["序号", "指标", "单位", "属性", "基期年份", "基期值", "目标年份", "目标值", "2015年"]
 * model.rows[0].cells.slice(0, 8) // → [1, "科技进步贡献率", "%", "预期性", 2015, 62, 2020, "≥67"]
 */
export function templateLayout(plan: Plan, locale: Locale): TemplateModel {
  const headers = HEADERS[locale];
  const words = WORDS[locale];
  const years = templateYears(plan);
  const fixed = (key: Exclude<TemplateColumnKey, "year">, width: number, numberFormat = "@"): TemplateColumn => ({
    key,
    year: null,
    header: headers[key],
    width,
    numberFormat,
    input: key === "explanation",
    hidden: key === "id",
  });
  const columns: readonly TemplateColumn[] = [
    fixed("seq", 6, "General"),
    fixed("name", 40),
    fixed("unit", 10),
    fixed("attribute", 8),
    fixed("baselineYear", 10, "General"),
    fixed("baselineValue", 12, "General"),
    fixed("targetYear", 10, "General"),
    fixed("target", 12),
    ...years.map((year): TemplateColumn => ({
      key: "year",
      year,
      header: words.year(year),
      width: 12,
      numberFormat: "General",
      input: true,
      hidden: false,
    })),
    fixed("status", 16),
    fixed("explanation", 36),
    fixed("review", 28),
    fixed("id", 24),
  ];
  const region = plan.region === null ? "" : `${plan.region} · `;
  return {
    planId: plan.id,
    sheetName: safeSheetName(words.sheet),
    titleRows: [
      plan.title,
      `${region}${words.period(plan.period.start, plan.period.end)} · ${blankCellPolicyText(locale)}`,
    ],
    headerRow: 3,
    columns,
    rows: plan.indicators.map((indicator, index) => templateRow(indicator, index + 1, columns, locale)),
    years,
    frozenRows: 4,
    frozenColumns: 2,
  };
}

function templateRow(
  indicator: Indicator,
  seq: number,
  columns: readonly TemplateColumn[],
  locale: Locale,
): TemplateRow {
  const target = formatTarget(indicator.target, locale);
  const values: { readonly [K in Exclude<TemplateColumnKey, "year">]: TemplateCellValue } = {
    seq,
    name: indicator.name,
    unit: indicator.unit,
    attribute: indicator.attribute === null ? null : attributeLabel(indicator.attribute, locale),
    baselineYear: indicator.baseline?.year ?? null,
    baselineValue: indicator.baseline?.value ?? null,
    targetYear: indicator.target.year,
    target,
    status: null,
    explanation: null,
    review: null,
    id: indicator.id,
  };
  return {
    indicatorId: indicator.id,
    cells: columns.map((column) => (column.key === "year" ? null : values[column.key])),
    prompt: {
      title: WORDS[locale].promptTitle,
      // Excel cuts an input prompt at 255 characters.
      message: WORDS[locale].prompt(indicator.name, target, indicator.unit).slice(0, 255),
    },
  };
}
