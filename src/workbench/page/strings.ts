import type { Locale } from "../../core/messages";

/**
 * Text of the workbench page around the pane (the pane keeps its own strings), one record per language;
 * TypeScript fails if a language lacks a key. `{name}` slots are filled with the pane's `fill`.
 */
const strings = {
  "zh-CN": {
    title: "规划指标监测 · 工作台",
    intro: "没有 Excel 也能完整试用：左侧是模拟的 Excel 工作簿，右侧是与 Excel 中完全相同的任务窗格。",
    language: "语言",
    reset: "重置",
    download: "下载工作簿（JSON）",
    resetTitle: "重置工作簿？",
    resetBody: "将清空浏览器中保存的工作簿（包括填报的数据和审核说明），换成一个空白工作簿。需要保留的话，请先下载。",
    resetConfirm: "清空并重置",
    cancel: "取消",
    workbook: "工作簿",
    sheets: "工作表",
    grid: "工作表“{sheet}”",
    corner: "行号与列标",
    editCell: "编辑单元格 {address}",
    nameBox: "所选单元格",
    cellContent: "单元格内容",
    note: "批注：{note}",
    prompt: "{title}：{message}",
    dismiss: "关闭消息",
    protectedCell:
      "单元格 {address} 位于受保护的工作表“{sheet}”中，不能修改（Excel 同样拒绝）。只有填报单元格可以输入。",
    rejected: "Excel 拒绝了这次输入：{message}",
    validationRejected: "输入值“{value}”不符合单元格 {address} 的数据验证规则。",
    storedDropped: "浏览器中保存的工作簿已损坏，无法打开，已改用空白工作簿。原内容另存于浏览器存储项“{key}”。",
    storageFailed: "无法把工作簿保存到浏览器（{reason}）。刷新页面会丢失最近的修改，请先下载工作簿。",
    resetDone: "已重置为空白工作簿。",
  },
  "en-US": {
    title: "Plan Monitor · Workbench",
    intro:
      "Try the whole flow without Excel: a simulated Excel workbook on the left, the very task pane Excel shows on the right.",
    language: "Language",
    reset: "Reset",
    download: "Download workbook (JSON)",
    resetTitle: "Reset the workbook?",
    resetBody:
      "This empties the workbook saved in this browser (figures and explanations included) and starts a blank one. Download it first to keep it.",
    resetConfirm: "Empty and reset",
    cancel: "Cancel",
    workbook: "Workbook",
    sheets: "Sheets",
    grid: "Sheet “{sheet}”",
    corner: "Row and column headers",
    editCell: "Edit cell {address}",
    nameBox: "Selected cell",
    cellContent: "Cell content",
    note: "Note: {note}",
    prompt: "{title}: {message}",
    dismiss: "Dismiss message",
    protectedCell:
      "Cell {address} is on the protected sheet “{sheet}” and cannot be changed (Excel refuses too). Only the input cells take figures.",
    rejected: "Excel refused this entry: {message}",
    validationRejected: "“{value}” does not meet the data validation rule of cell {address}.",
    storedDropped:
      "The workbook saved in this browser is damaged and cannot be opened; a blank workbook is used instead. Its content is kept in the browser storage item “{key}”.",
    storageFailed:
      "The workbook cannot be saved in this browser ({reason}). Reloading would lose recent changes: download the workbook first.",
    resetDone: "The workbook was reset to a blank one.",
  },
} as const satisfies Record<Locale, unknown>;

export type WorkbenchText = (typeof strings)[Locale];

export function workbenchText(locale: Locale): WorkbenchText {
  return strings[locale];
}

/** The language switch names each language in itself, whatever the page's language. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { "zh-CN": "中文", "en-US": "English" };
