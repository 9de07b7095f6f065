import type { Locale } from "../core/messages";

/** What `plan-monitor summary` tells the person running it, per language. */
const messages = {
  "zh-CN": {
    missingFiles: "请给出要汇总的工作簿，例如：plan-monitor summary 回收/*.xlsx -o 汇总.xlsx",
    missingOutput: "请用 -o 指定汇总文件，扩展名决定格式：.xlsx、.csv 或 .html，例如 -o 汇总.xlsx",
    badOutput: (file: string) => `无法识别汇总文件 ${file} 的格式：请使用 .xlsx、.csv 或 .html 扩展名。`,
    outputExists: (file: string) =>
      `${file} 已存在，未覆盖。请换一个文件名；如果它是上次生成的汇总、可以覆盖，请加 --force。`,
    outputIsWorkbook: (file: string) =>
      `${file} 是已填报的监测工作簿，汇总不会覆盖它（即使加了 --force），否则其中的数据和说明会丢失。请换一个汇总文件名。`,
    outputNotOurs: (file: string) =>
      `${file} 不是 plan-monitor 生成的汇总，也不是空白模板（可能是他人的文件，或已损坏、加密、缺少 PlanMonitor 工作表的填报工作簿），` +
      `不会被覆盖，加 --force 也不会。请换一个汇总文件名。`,
    skippedOutput: (file: string) => `跳过 ${file}：它是上次生成的汇总，本次将被替换。`,
    skippedLock: (file: string) => `跳过 ${file}：这是 Excel 打开工作簿时留下的临时锁文件。`,
    skippedRepeat: (file: string, first: string) => `跳过 ${file}：它与 ${first} 是同一个文件，只汇总一次。`,
    sameDistrict: (district: string, first: string, file: string) =>
      `注意：${first} 和 ${file} 都按文件名归为“${district}”，汇总里该地区会出现两次。请确认是否交了两份、应只保留一份。`,
    mixedPlans: (plans: string) =>
      `这些工作簿监测的是不同的规划，不能汇总到同一张表里，未写入汇总文件。请按规划分批运行 summary：\n${plans}`,
    planFiles: (title: string, files: string) => `  ${title}：${files}`,
    unexpected: (file: string, detail: string) =>
      `无法处理 ${file}（${detail}）。该文件可能含有本工具读不懂的内容：请在 Excel 中打开并另存为 .xlsx 后重试；` +
      `仍不行时，请把该文件和这条提示发给维护人员。其余文件照常汇总。`,
    nothingRead: "没有可汇总的工作簿，未写入汇总文件。",
    yearOutside: (year: number, file: string, start: number, end: number) =>
      `--year ${year} 不在 ${file} 的规划期 ${start}–${end} 内，未写入汇总文件。请给出规划期内的年份。`,
    yearsDiffer: (years: string) =>
      `注意：各工作簿的评价年份不同（按各自已填报的最新年份），序时进度因此不可直接比较：\n${years}\n` +
      `如需统一，请加 --year 年份。`,
    yearFiles: (year: number, files: string) => `  ${year}年：${files}`,
    cannotWrite: (file: string, reason: string) => `无法写入汇总文件 ${file}：${reason}`,
    writeErrors: { ENOENT: "目录不存在", EACCES: "没有写入权限", EISDIR: "这是一个目录", EROFS: "只读文件系统" },
    noFigures: (file: string) => `注意：${file} 中没有填报任何数据（空白模板），其指标在汇总中均为“暂无数据”。`,
    written: (file: string, files: number, rows: number, skipped: number, empty: number) =>
      `已将 ${files} 个工作簿的 ${rows} 行指标汇总到 ${file}` +
      (empty > 0 ? `；其中 ${empty} 个未填报任何数据` : "") +
      (skipped > 0 ? `；${skipped} 个文件未能读取（见上）。` : "。"),
  },
  "en-US": {
    missingFiles: "Give the workbooks to summarise, e.g. plan-monitor summary returned/*.xlsx -o summary.xlsx",
    missingOutput:
      "Name the summary file with -o; its extension picks the format: .xlsx, .csv or .html, e.g. -o summary.xlsx",
    badOutput: (file: string) => `Cannot tell the format of ${file}: use the extension .xlsx, .csv or .html.`,
    outputExists: (file: string) =>
      `${file} exists and was left as it is. Choose another name, or add --force if it is an earlier summary ` +
      `that may be replaced.`,
    outputIsWorkbook: (file: string) =>
      `${file} is a filled-in monitoring workbook; a summary never overwrites one (not even with --force), or its ` +
      `figures and explanations would be lost. Choose another name for the summary.`,
    outputNotOurs: (file: string) =>
      `${file} is neither a summary plan-monitor wrote nor an empty template (perhaps someone else's file, or a ` +
      `district's workbook that is damaged, locked or lacks its PlanMonitor sheet); it is not replaced, not even ` +
      `with --force. Choose another name for the summary.`,
    skippedOutput: (file: string) => `Skipping ${file}: it is the earlier summary this run replaces.`,
    skippedLock: (file: string) => `Skipping ${file}: it is the lock file Excel leaves while a workbook is open.`,
    skippedRepeat: (file: string, first: string) =>
      `Skipping ${file}: it is the same file as ${first}, which is summarised once.`,
    sameDistrict: (district: string, first: string, file: string) =>
      `Note: ${first} and ${file} are both taken as "${district}" by their file names, so that district appears ` +
      `twice in the summary. Check whether it sent two versions and keep one.`,
    mixedPlans: (plans: string) =>
      `These workbooks monitor different plans and cannot be added into one table; no summary file was written. ` +
      `Run summary once per plan:\n${plans}`,
    planFiles: (title: string, files: string) => `  ${title}: ${files}`,
    unexpected: (file: string, detail: string) =>
      `Cannot process ${file} (${detail}). It may hold something this tool cannot read: open it in Excel, save it ` +
      `as .xlsx and try again; if that fails, send the file and this message to whoever maintains the tool. The ` +
      `other files are summarised all the same.`,
    nothingRead: "No workbook could be read; no summary file was written.",
    yearOutside: (year: number, file: string, start: number, end: number) =>
      `--year ${year} is outside the plan period ${start}–${end} of ${file}; no summary file was written. ` +
      `Give a year within it.`,
    yearsDiffer: (years: string) =>
      `Note: the workbooks are assessed at different years (each at the latest year it has figures for), so ` +
      `their elapsed shares do not compare directly:\n${years}\nAdd --year YEAR to assess all at one year.`,
    yearFiles: (year: number, files: string) => `  ${year}: ${files}`,
    cannotWrite: (file: string, reason: string) => `Cannot write the summary file ${file}: ${reason}`,
    writeErrors: {
      ENOENT: "no such directory",
      EACCES: "permission denied",
      EISDIR: "it is a directory",
      EROFS: "read-only file system",
    },
    noFigures: (file: string) =>
      `Note: no figures entered in ${file} (an empty template); its indicators read as "no data" in the summary.`,
    written: (file: string, files: number, rows: number, skipped: number, empty: number) =>
      `Summarised ${rows} indicator rows of ${files} workbook${files === 1 ? "" : "s"} into ${file}` +
      (empty > 0 ? `; ${empty} of them with no figures entered` : "") +
      (skipped > 0 ? `; ${skipped} file${skipped === 1 ? "" : "s"} could not be read (see above).` : "."),
  },
} as const;

export type SummaryMessages = (typeof messages)[Locale];

export function summaryMessages(locale: Locale): SummaryMessages {
  return messages[locale];
}
