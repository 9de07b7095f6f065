import type { Locale } from "../../core/messages";

/**
 * Text of the 汇总 view, one record per language; TypeScript fails if a language lacks a key. Statuses and column
 * labels come from the core's messages, so the pane, the summary sheet and the exports call them the same.
 */
const strings = {
  "zh-CN": {
    title: "汇总",
    intro: "按规划中期评估的口径汇总各项指标的完成进度与序时进度，可写入汇总表、下载或打印。",
    needsCheck: "汇总前先检查一次工作簿，以读取最新填报的数值。",
    runCheck: "检查并生成汇总",
    recheck: "重新检查",
    needsExcel: "需要在 Excel 中打开本加载项才能检查工作簿。",
    loading: "正在读取工作簿…",
    noPlan: "本工作簿还没有监测表。请先在“计划”中选择规划并生成监测表，填报后再来汇总。",
    summarised: "{title}：{count} 项指标，报告年份 {year}年。",
    exportHeading: "导出",
    writeSheet: "写入汇总表",
    downloadCsv: "下载 .csv",
    downloadXlsx: "下载 .xlsx",
    printView: "打印视图",
    print: "打印",
    downloaded: "已下载“{file}”。",
    downloadFailed: "未能下载“{file}”，请重试。",
    countsHeading: "按评价统计",
    count: "{count} 项",
    indicatorsHeading: "各指标进度",
    legend: "进度条显示完成进度，竖线标示序时进度。",
    progress: "完成 {completion} · 序时 {elapsed}",
    noProgress: "暂无进度：{reason}",
    noFigure: "尚无可用的数值",
    latest: "最新值 {value}（{year}年），目标 {target}",
    noLatest: "目标 {target}",
    printTitle: "规划指标监测汇总",
    printPlan: "规划：{title}",
    printYear: "报告年份：{year}年",
    printDate: "生成日期：{date}",
    tableLabel: "汇总表，可左右滚动",
    fileStem: "规划指标汇总",
    sheetName: "汇总",
  },
  "en-US": {
    title: "Summary",
    intro:
      "Completion against time elapsed for every indicator, as a mid-term evaluation reports it. Write it to a summary sheet, download it or print it.",
    needsCheck: "Check the workbook first, so the summary reads the latest figures.",
    runCheck: "Check and summarise",
    recheck: "Check again",
    needsExcel: "Open this add-in in Excel to check a workbook.",
    loading: "Reading the workbook…",
    noPlan:
      "This workbook has no monitoring sheet yet. Pick a plan under Plans, create the sheet and enter figures first.",
    summarised: "{title}: {count} indicators, reporting year {year}.",
    exportHeading: "Export",
    writeSheet: "Write summary sheet",
    downloadCsv: "Download .csv",
    downloadXlsx: "Download .xlsx",
    printView: "Print view",
    print: "Print",
    downloaded: "Downloaded “{file}”.",
    downloadFailed: "Could not download “{file}”. Please try again.",
    countsHeading: "Indicators by assessment",
    count: "{count}",
    indicatorsHeading: "Progress by indicator",
    legend: "The bar shows completion; the vertical line marks time elapsed.",
    progress: "Completion {completion} · elapsed {elapsed}",
    noProgress: "No progress yet: {reason}",
    noFigure: "no usable figure",
    latest: "Latest {value} ({year}), target {target}",
    noLatest: "Target {target}",
    printTitle: "Plan monitoring summary",
    printPlan: "Plan: {title}",
    printYear: "Reporting year: {year}",
    printDate: "Date: {date}",
    tableLabel: "Summary table, scrolls sideways",
    fileStem: "plan-summary",
    sheetName: "Summary",
  },
} as const satisfies Record<Locale, unknown>;

export type SummaryText = (typeof strings)[Locale];

export function summaryText(locale: Locale): SummaryText {
  return strings[locale];
}
