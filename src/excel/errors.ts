/**
 * The one place that turns what went wrong in Excel into a sentence a person can act on. Actions let errors
 * propagate; the task pane shows `userMessage(error, locale)`.
 */
import type { Locale } from "../core/messages";

/** What our own actions refuse to do, as a closed list (Excel's refusals keep Excel's codes). */
export type PlanMonitorErrorCode =
  /** No monitoring state in the workbook: the sheet was never made here, or the hidden state sheet is gone. */
  | "not-populated"
  /** The state names a monitoring sheet that no longer exists, or lost its header row. */
  | "sheet-missing"
  /** The hidden state sheet holds something we cannot read (edited by hand, cut short). */
  | "state-unreadable"
  /** Neither Office nor the workbook knows who is writing an explanation or a decision. */
  | "user-name-missing"
  /** The indicator has no row on the monitoring sheet. */
  | "unknown-indicator"
  /** An address that is not `Sheet!A1`. */
  | "address-invalid"
  /** The explanation a reviewer decided on was rewritten since it was shown to them. */
  | "explanation-changed";

export class PlanMonitorError extends Error {
  override readonly name = "PlanMonitorError";
  constructor(
    readonly code: PlanMonitorErrorCode,
    detail = "",
  ) {
    super(detail === "" ? code : `${code}: ${detail}`);
  }
}

/** The codes of `OfficeExtension.Error` we explain; anything else gets the generic sentence with its code. */
export type OfficeErrorCode =
  | "ApiNotFound"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "InvalidOperation"
  | "RequestPayloadSizeLimitExceeded"
  | "GeneralException";

type Sentences = { readonly [L in Locale]: string };

const OFFICE_MESSAGES: { readonly [C in OfficeErrorCode]: Sentences } = {
  ApiNotFound: {
    "zh-CN":
      "此版本的 Excel 不支持本加载项所需的功能（需要 Excel 2019、Microsoft 365 或网页版 Excel）。请更新 Excel 后再试。",
    "en-US":
      "This version of Excel lacks a feature this add-in needs (Excel 2019, Microsoft 365 or Excel on the web). Update Excel and try again.",
  },
  InvalidArgument: {
    "zh-CN": "Excel 拒绝了这次写入：内容或区域与监测表不符。请点“生成监测表”重建后再试。",
    "en-US": "Excel refused the change: the data did not fit the monitoring sheet. Rebuild the sheet and try again.",
  },
  ItemNotFound: {
    "zh-CN": "找不到所需的工作表或单元格，可能已被删除或改名。请点“生成监测表”重建后再试。",
    "en-US":
      "A sheet or cell this needs was not found; it may have been deleted or renamed. Rebuild the sheet and try again.",
  },
  ItemAlreadyExists: {
    "zh-CN": "已有同名的工作表或表格。请改名或删除后再试。",
    "en-US": "A sheet or table with that name already exists. Rename or delete it and try again.",
  },
  AccessDenied: {
    "zh-CN": "工作表受保护，无法写入。请在“审阅 → 撤消工作表保护”后重试；如设置了密码，请先向设置人索取。",
    "en-US":
      "The sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again; if it has a password, ask whoever set it.",
  },
  InvalidOperation: {
    "zh-CN": "Excel 此刻无法执行该操作。请先退出单元格编辑状态或关闭对话框，再试一次。",
    "en-US": "Excel cannot do this right now. Finish editing the cell or close any open dialog, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    "zh-CN": "一次写入的数据超过了 Excel 的 5 MB 上限。请减少指标或年份后分批操作。",
    "en-US": "This change is larger than Excel's 5 MB limit per request. Work on fewer indicators or years at a time.",
  },
  GeneralException: {
    "zh-CN": "Excel 内部出错。请保存工作簿，关闭后重新打开再试。",
    "en-US": "Excel reported an internal error. Save the workbook, close and reopen it, then try again.",
  },
};

const OWN_MESSAGES: { readonly [C in PlanMonitorErrorCode]: Sentences } = {
  "not-populated": {
    "zh-CN": "本工作簿还没有监测表。请先选择规划并点“生成监测表”。",
    "en-US": "This workbook has no monitoring sheet yet. Pick a plan and create the sheet first.",
  },
  "sheet-missing": {
    "zh-CN": "找不到监测表，或其表头行已被删除。请点“生成监测表”另建一张；原表不会被改动。",
    "en-US":
      "The monitoring sheet is gone or its header row was deleted. Create the sheet again; the old one is left as it is.",
  },
  "state-unreadable": {
    "zh-CN": "隐藏的监测记录无法读取，可能被其他工具改动。请改用此前备份的工作簿。",
    "en-US":
      "The hidden monitoring record cannot be read; another tool may have changed it. Use an earlier copy of the workbook.",
  },
  "user-name-missing": {
    "zh-CN": "请先填写您的姓名，审核说明和审核意见会署上这个名字。",
    "en-US": "Enter your name first: explanations and review decisions are signed with it.",
  },
  "explanation-changed": {
    "zh-CN": "填报人在您查看后修改了这条审核说明，审核意见未保存。请重新检查，阅读新的说明后再审核。",
    "en-US":
      "The explanation was rewritten after you read it, so your decision was not saved. Check again, read the new explanation, then decide.",
  },
  "unknown-indicator": {
    "zh-CN": "监测表上找不到这个指标的行。请点“生成监测表”重建后再试。",
    "en-US": "This indicator has no row on the monitoring sheet. Rebuild the sheet and try again.",
  },
  "address-invalid": {
    "zh-CN": "无法定位该单元格。请重新检查后再跳转。",
    "en-US": "That cell cannot be found. Run the check again, then jump to it.",
  },
};

const GENERIC: { readonly [L in Locale]: (code: string, detail: string) => string } = {
  "zh-CN": (code, detail) =>
    `Excel 报告错误（${code}）${detail === "" ? "" : `：${detail}`}。请重试；如仍出错，请保存并重新打开工作簿。`,
  "en-US": (code, detail) =>
    `Excel reported an error (${code})${detail === "" ? "" : `: ${detail}`}. Try again; if it persists, save and reopen the workbook.`,
};

const UNKNOWN: Sentences = {
  "zh-CN": "操作未完成，原因不明。请重试。",
  "en-US": "The action did not complete, for an unknown reason. Try again.",
};

function isOfficeErrorCode(code: string): code is OfficeErrorCode {
  return Object.prototype.hasOwnProperty.call(OFFICE_MESSAGES, code);
}

/** An `OfficeExtension.Error` by shape (the class is not there outside Office, e.g. in the simulator). */
function officeErrorParts(error: unknown): { readonly code: string; readonly message: string } | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, message } = error as { readonly code?: unknown; readonly message?: unknown };
  if (typeof code !== "string" || code === "") return null;
  return { code, message: typeof message === "string" ? message : "" };
}

/**
 * What to tell the person after an action failed, in their language.
 *
 * @example userMessage({ name: "RichApi.Error", code: "AccessDenied", message: "…" }, "en-US")
 * // → "The sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again; …"
 * @example userMessage(new PlanMonitorError("not-populated"), "zh-CN") // → "本工作簿还没有监测表。…"
 */
export function userMessage(error: unknown, locale: Locale): string {
  if (error instanceof PlanMonitorError) return OWN_MESSAGES[error.code][locale];
  const office = officeErrorParts(error);
  if (office !== null) {
    return isOfficeErrorCode(office.code)
      ? OFFICE_MESSAGES[office.code][locale]
      : GENERIC[locale](office.code, office.message);
  }
  if (error instanceof Error && error.message !== "") return GENERIC[locale](error.name, error.message);
  return UNKNOWN[locale];
}
