import type { Locale } from "../core/messages";

/** Interface text of the task pane, one record per language; TypeScript fails if a language lacks a key. */
const strings = {
  "zh-CN": {
    title: "规划指标监测",
    subtitle: "填报、检查、审核与汇总规划量化指标",
    notInExcel: "未连接到 Excel 工作簿。请在 Excel 中通过“开始”选项卡的“指标监测”按钮打开本加载项。",
    ready: "已连接到 Excel。",
    builtInPlans: "内置规划",
    planFacts: "规划期 {period} · {count} 项指标",
  },
  "en-US": {
    title: "Plan Monitor",
    subtitle: "Enter, check, review and summarise the quantitative targets of plans",
    notInExcel: "No Excel workbook is connected. Open this add-in from Excel: Home tab, Plan Monitor.",
    ready: "Connected to Excel.",
    builtInPlans: "Built-in plans",
    planFacts: "Plan period {period} · {count} indicators",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type UiStrings = (typeof strings)[Locale];

export function uiStrings(locale: Locale): UiStrings {
  return strings[locale];
}
