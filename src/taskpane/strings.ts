import type { Locale } from "../core/messages";

/**
 * Text of the pane's shell and shared actions, one record per language; TypeScript fails if a language lacks a
 * key. Each view keeps its own strings beside it. `{name}` marks a value filled in with `fill`.
 */
const strings = {
  "zh-CN": {
    title: "规划指标监测",
    subtitle: "填报、检查、审核与汇总规划量化指标",
    notInExcel: "未连接到 Excel 工作簿。请在 Excel 中通过“开始”选项卡的“指标监测”按钮打开本加载项。",
    workbookPlan: "本工作簿监测：{title}（工作表“{sheet}”）",
    noPlanYet: "本工作簿还没有监测表。请在“计划”中选择规划并生成监测表。",
    loading: "正在读取工作簿…",
    views: "视图",
    tabs: { plans: "计划", check: "检查", review: "审核", summary: "汇总" },
    dismiss: "关闭消息",
    busy: {
      populate: "正在生成监测表…",
      check: "正在检查…",
      goTo: "正在定位单元格…",
      save: "正在保存…",
      summarySheet: "正在写入汇总表…",
    },
    populated: "已生成监测表“{sheet}”：{count} 项指标。",
    keptRows: "另保留了 {count} 行原有数据（新规划中已无对应指标），位于表末。",
    explanationSaved: "审核说明已保存。",
    reviewSaved: "审核意见已保存。",
    summaryWritten: "已写入汇总表“{sheet}”。",
  },
  "en-US": {
    title: "Plan Monitor",
    subtitle: "Enter, check, review and summarise the quantitative targets of plans",
    notInExcel: "No Excel workbook is connected. Open this add-in from Excel: Home tab, Plan Monitor.",
    workbookPlan: "This workbook monitors: {title} (sheet “{sheet}”)",
    noPlanYet: "This workbook has no monitoring sheet yet. Pick a plan under Plans and create the sheet.",
    loading: "Reading the workbook…",
    views: "Views",
    tabs: { plans: "Plans", check: "Check", review: "Review", summary: "Summary" },
    dismiss: "Dismiss message",
    busy: {
      populate: "Creating the monitoring sheet…",
      check: "Checking…",
      goTo: "Going to the cell…",
      save: "Saving…",
      summarySheet: "Writing the summary sheet…",
    },
    populated: "Monitoring sheet “{sheet}” is ready: {count} indicators.",
    // "{count} rows" would read "1 rows": the count goes last, where one and many read alike.
    keptRows: " Rows of earlier figures whose indicators the plan no longer has, kept at the end: {count}.",
    explanationSaved: "Explanation saved.",
    reviewSaved: "Review decision saved.",
    summaryWritten: "Summary sheet “{sheet}” written.",
  },
} as const satisfies Record<Locale, unknown>;

export type PaneText = (typeof strings)[Locale];

export function paneText(locale: Locale): PaneText {
  return strings[locale];
}

/**
 * Fills `{name}` slots. Values are plain strings rendered by React as text, never as HTML.
 *
 * @example fill("{count} 项", { count: 3 }) // → "3 项"
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
