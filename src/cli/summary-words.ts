import type { Locale } from "../core/messages";

/** Words of the consolidated summary's files, per language; TypeScript fails if a language lacks one. */
const words = {
  "zh-CN": {
    title: "规划指标监测汇总",
    tableSheet: "汇总",
    countsSheet: "评价统计",
    countsHeader: ["评价", "指标数"],
    chartTitle: "指标评价分布",
    perFileTitle: "各文件评价分布",
    perFileHeader: ["地区", "文件", "报告年份", "指标数"],
    overallTitle: "全部文件评价分布",
    detailTitle: "指标明细",
    total: "合计",
    files: (count: number) => `共 ${count} 个文件`,
    generated: (when: string) => `生成时间：${when}`,
  },
  "en-US": {
    title: "Plan monitoring: consolidated summary",
    tableSheet: "Summary",
    countsSheet: "Counts",
    countsHeader: ["Status", "Indicators"],
    chartTitle: "Indicators by status",
    perFileTitle: "Statuses by file",
    perFileHeader: ["District", "File", "Reporting year", "Indicators"],
    overallTitle: "Statuses across all files",
    detailTitle: "Indicators",
    total: "Total",
    files: (count: number) => (count === 1 ? "1 file" : `${count} files`),
    generated: (when: string) => `Generated ${when}`,
  },
} as const satisfies Record<Locale, unknown>;

export type SummaryWords = (typeof words)[Locale];

export function summaryWords(locale: Locale): SummaryWords {
  return words[locale];
}
