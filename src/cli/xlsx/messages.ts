/**
 * What a person reads when a file of a batch cannot be checked: which file, what is wrong with it, and what to do.
 */
import type { Locale } from "../../core/messages";
import { STATE_SHEET } from "../../core/workbook/state";
import { printable } from "../progress";
import { WorkbookFileError, type WorkbookFileErrorCode } from "./read-workbook";

type Explain = (file: string, detail: string) => string;

const SYSTEM_REASONS = {
  "zh-CN": { ENOENT: "文件不存在", EISDIR: "这是一个目录，不是文件", EACCES: "没有读取权限", "": "系统拒绝读取" },
  "en-US": {
    ENOENT: "no such file",
    EISDIR: "it is a directory, not a file",
    EACCES: "permission denied",
    "": "refused by the system",
  },
} as const satisfies Record<Locale, Record<string, string>>;

const messages = {
  "zh-CN": {
    unreadable: (file, detail) => `无法读取文件 ${file}：${systemReason(detail, "zh-CN")}。请检查路径和权限。`,
    "not-xlsx": (file) =>
      `${file} 不是 Excel 工作簿（.xlsx）。请给出由 plan-monitor template 或加载项生成并填报的 .xlsx 文件。`,
    corrupt: (file) => `${file} 已损坏，无法作为工作簿打开。请让填报单位重新保存或重新发送该文件。`,
    encrypted: (file) =>
      `${file} 设置了打开密码，无法读取。请在 Excel 中打开，于“文件 > 信息 > 保护工作簿 > 用密码进行加密”中删除密码后另存，再检查。`,
    "legacy-xls": (file) => `${file} 是旧版 .xls 格式。请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx 后再检查。`,
    ods: (file) =>
      `${file} 是 OpenDocument 表格（.ods）。请在 LibreOffice 或 WPS 中用“另存为”选择 Excel 2007-365 (.xlsx) 格式保存后再检查。`,
    xlsb: (file) =>
      `${file} 是 Excel 二进制工作簿（.xlsb）。请在 Excel 中用“另存为”选择 Excel 工作簿 (.xlsx) 后再检查。`,
    foreign: (file) =>
      `${file} 不是规划指标监测工作簿：缺少隐藏的 ${STATE_SHEET} 工作表。请用 plan-monitor template 生成的模板或加载项创建的工作簿填报。`,
    "state-damaged": (file) =>
      `${file} 中隐藏的 ${STATE_SHEET} 工作表已损坏（可能被其他工具修改）。请在 Excel 加载项中重新选择规划生成监测表（已填数据会保留），或重新下发模板。`,
    "no-sheet": (file, detail) =>
      `${file} 中找不到指标监测表${detail === "" ? "" : `“${detail}”`}（含“指标编号”列的表头行）。请勿删除监测表或其表头行；可在加载项中重新生成监测表。`,
  },
  "en-US": {
    unreadable: (file, detail) =>
      `Cannot read ${file}: ${systemReason(detail, "en-US")}. Check the path and permissions.`,
    "not-xlsx": (file) =>
      `${file} is not an Excel workbook (.xlsx). Give the .xlsx files made by plan-monitor template or by the add-in.`,
    corrupt: (file) =>
      `${file} is damaged and does not open as a workbook. Ask for the file to be saved and sent again.`,
    encrypted: (file) =>
      `${file} has a password to open and cannot be read. Open it in Excel, remove the password ` +
      `(File > Info > Protect Workbook > Encrypt with Password), save, and check again.`,
    "legacy-xls": (file) => `${file} is in the old .xls format. Save it as .xlsx in Excel, WPS or LibreOffice first.`,
    ods: (file) =>
      `${file} is an OpenDocument spreadsheet (.ods). In LibreOffice or WPS use Save As, choose ` +
      `Excel 2007-365 (.xlsx), and check the saved file.`,
    xlsb: (file) =>
      `${file} is an Excel binary workbook (.xlsb). In Excel use Save As, choose Excel Workbook (.xlsx), and check ` +
      `the saved file.`,
    foreign: (file) =>
      `${file} is not a plan monitoring workbook: it has no hidden ${STATE_SHEET} sheet. ` +
      `Fill in a template made by plan-monitor template or a workbook made by the add-in.`,
    "state-damaged": (file) =>
      `The hidden ${STATE_SHEET} sheet of ${file} is damaged (perhaps changed by another tool). Choose the plan again ` +
      `in the add-in to rebuild the sheet (figures entered are kept), or send out a new template.`,
    "no-sheet": (file, detail) =>
      `No monitoring sheet${detail === "" ? "" : ` "${detail}"`} found in ${file} (a header row with the ` +
      `"Indicator id" column). Do not delete the sheet or its header row; the add-in can write the sheet again.`,
  },
} as const satisfies Record<Locale, Record<WorkbookFileErrorCode, Explain>>;

function systemReason(code: string, locale: Locale): string {
  const reasons: Readonly<Record<string, string>> = SYSTEM_REASONS[locale];
  return reasons[code] ?? code;
}

/**
 * @example workbookFileMessage(new WorkbookFileError("encrypted", "武侯区.xlsx"), "zh-CN") // → "武侯区.xlsx 设置了打开密码，无法读取。…"
 */
export function workbookFileMessage(error: WorkbookFileError, locale: Locale): string {
  const explain: Explain = messages[locale][error.code];
  return explain(error.file, error.detail);
}

/**
 * What a batch says about a file it could not take: the reader's reason with what to do, or, for anything else,
 * the command's own sentence (which says what happens to the other files). File names are made printable.
 */
export function batchFailure(
  error: unknown,
  file: string,
  locale: Locale,
  unexpected: (file: string, detail: string) => string,
): { readonly code: string; readonly message: string } {
  if (error instanceof WorkbookFileError) {
    const shown = new WorkbookFileError(error.code, printable(error.file), error.detail);
    return { code: error.code, message: workbookFileMessage(shown, locale) };
  }
  return {
    code: "unexpected",
    message: unexpected(printable(file), error instanceof Error ? error.message : String(error)),
  };
}
