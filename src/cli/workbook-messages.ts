import type { Locale } from "../core/messages";

/** The words of `template` and `check`, per language; TypeScript fails if a language lacks one. */
const messages = {
  "zh-CN": {
    missingPlan: (ids: string) =>
      `请用 --plan 指定规划编号，例如：plan-monitor template --plan chengdu-13th-sti -o 模板.xlsx\n可用的规划：${ids}`,
    unknownPlan: (id: string, ids: string) =>
      `没有编号为“${id}”的内置规划。可用的规划：${ids}（plan-monitor plans 可查看详情）`,
    missingOutput: "请用 -o 指定要写入的 .xlsx 文件，例如：plan-monitor template --plan chengdu-13th-sti -o 模板.xlsx",
    badOutput: (file: string) => `${file} 不是 .xlsx 文件名。模板须保存为 .xlsx，例如 -o 模板.xlsx`,
    outputExists: (file: string) => `${file} 已存在，未覆盖。请换一个文件名，或确认可以覆盖后加 --force。`,
    outputFilled: (file: string) =>
      `${file} 是已填报的监测工作簿（有填报值、审核说明或自行添加的内容），不会用空白模板覆盖，加 --force 也不会。请换一个文件名。`,
    outputNotOurs: (file: string) =>
      `${file} 不是空白模板，也不是 plan-monitor 生成的汇总（可能是他人的文件，或已损坏、加密、缺少 PlanMonitor 工作表的填报工作簿），` +
      `不会被覆盖，加 --force 也不会。请换一个文件名。`,
    cannotWrite: (file: string, reason: string) => `无法写入 ${file}：${reason}`,
    writeErrors: { ENOENT: "目录不存在", EACCES: "没有写入权限", EISDIR: "这是一个目录", EROFS: "只读文件系统" },
    templateWritten: (file: string, title: string, count: number, years: string) =>
      `已生成模板 ${file}：${title}，${count} 项指标，填报年份 ${years}。在 Excel、WPS 或 LibreOffice 中填写年份列，` +
      `再用 plan-monitor check ${file} 检查。`,
    missingFiles: "请给出要检查的工作簿，例如：plan-monitor check 成华区.xlsx 武侯区.xlsx",
    fileHeading: (file: string, title: string, sheet: string, year: number) =>
      `${file} — ${title}（工作表“${sheet}”，评价年份 ${year}）`,
    fileCounts: (errors: number, warnings: number) =>
      errors === 0 && warnings === 0 ? "未发现问题。" : `错误 ${errors} 处，需说明 ${warnings} 处。`,
    findingsHeader: ["位置", "类别", "指标", "说明"],
    indicatorsHeader: ["指标", "最新数据", "评价"],
    noFigure: "—",
    latest: (value: string, year: number) => `${value}（${year}年）`,
    batch: (files: number, errors: number, warnings: number, unreadable: number) =>
      `共检查 ${files} 个文件：错误 ${errors} 处，需说明 ${warnings} 处` +
      (unreadable === 0 ? "。" : `；另有 ${unreadable} 个文件无法读取（见上文）。`),
    unexpected: (file: string, detail: string) =>
      `读取 ${file} 时出错（${detail}）。该文件可能含有本工具读不懂的内容：请在 Excel 中打开并另存为 .xlsx 后重试；` +
      `仍不行时，请把该文件和这条提示发给维护人员。其余文件照常检查。`,
    yearOutside: (year: number, file: string, start: number, end: number) =>
      `--year ${year} 不在 ${file} 的规划期 ${start}–${end} 内。请给出规划期内的年份。`,
  },
  "en-US": {
    missingPlan: (ids: string) =>
      `Name the plan with --plan, e.g. plan-monitor template --plan chengdu-13th-sti -o template.xlsx\nPlans: ${ids}`,
    unknownPlan: (id: string, ids: string) =>
      `There is no built-in plan "${id}". Plans: ${ids} (plan-monitor plans shows them in full)`,
    missingOutput:
      "Name the .xlsx file to write with -o, e.g. plan-monitor template --plan chengdu-13th-sti -o template.xlsx",
    badOutput: (file: string) =>
      `${file} is not an .xlsx file name. A template is saved as .xlsx, e.g. -o template.xlsx`,
    outputExists: (file: string) =>
      `${file} exists and was left as it is. Choose another name, or add --force to overwrite it.`,
    outputFilled: (file: string) =>
      `${file} is a monitoring workbook people filled in (figures, explanations or rows of their own); an empty ` +
      `template never replaces it, not even with --force. Choose another name.`,
    outputNotOurs: (file: string) =>
      `${file} is neither an empty template nor a summary plan-monitor wrote (perhaps someone else's file, or a ` +
      `district's workbook that is damaged, locked or lacks its PlanMonitor sheet); it is not replaced, not even ` +
      `with --force. Choose another name.`,
    cannotWrite: (file: string, reason: string) => `Cannot write ${file}: ${reason}`,
    writeErrors: {
      ENOENT: "no such directory",
      EACCES: "permission denied",
      EISDIR: "it is a directory",
      EROFS: "read-only file system",
    },
    templateWritten: (file: string, title: string, count: number, years: string) =>
      `Wrote the template ${file}: ${title}, ${count} indicators, years ${years}. Fill in the year columns in ` +
      `Excel, WPS or LibreOffice, then run plan-monitor check ${file}.`,
    missingFiles: "Give the workbooks to check, e.g. plan-monitor check district-a.xlsx district-b.xlsx",
    fileHeading: (file: string, title: string, sheet: string, year: number) =>
      `${file} — ${title} (sheet "${sheet}", assessed at ${year})`,
    fileCounts: (errors: number, warnings: number) =>
      errors === 0 && warnings === 0
        ? "No findings."
        : `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.`,
    findingsHeader: ["Cell", "Kind", "Indicator", "Finding"],
    indicatorsHeader: ["Indicator", "Latest figure", "Status"],
    noFigure: "—",
    latest: (value: string, year: number) => `${value} (${year})`,
    batch: (files: number, errors: number, warnings: number, unreadable: number) =>
      `Checked ${files} ${files === 1 ? "file" : "files"}: ${errors} ${errors === 1 ? "error" : "errors"}, ` +
      `${warnings} ${warnings === 1 ? "warning" : "warnings"}` +
      (unreadable === 0
        ? "."
        : `; ${unreadable} ${unreadable === 1 ? "file" : "files"} could not be read (see above).`),
    unexpected: (file: string, detail: string) =>
      `Error reading ${file} (${detail}). It may hold something this tool cannot read: open it in Excel, save it ` +
      `as .xlsx and try again; if that fails, send the file and this message to whoever maintains the tool. The ` +
      `other files are checked all the same.`,
    yearOutside: (year: number, file: string, start: number, end: number) =>
      `--year ${year} is outside the plan period ${start}–${end} of ${file}. Give a year within it.`,
  },
} as const;

export type WorkbookMessages = (typeof messages)[Locale];

export function workbookMessages(locale: Locale): WorkbookMessages {
  return messages[locale];
}
