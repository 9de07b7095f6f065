import type { Locale } from "../../core/messages";

/**
 * Text of the 审核 view, one record per language; TypeScript fails if a language lacks a key. Review states take
 * their names from the core's messages (`reviewStateLabel`), so the pane and the sheet call them the same.
 */
const strings = {
  "zh-CN": {
    title: "审核",
    intro: "逐项审核填报人对带警告单元格的说明：说明成立的予以通过，需要补充或更正的填写意见后退回。",
    needsCheck: "审核前先检查一次工作簿，以找出带警告的单元格并读取最新的说明和审核意见。",
    runCheck: "检查并载入待审核项",
    recheck: "重新检查",
    needsExcel: "需要在 Excel 中打开本加载项才能检查工作簿。",
    loading: "正在读取工作簿…",
    noPlan: "本工作簿还没有监测表。请先在“计划”中选择规划并生成监测表，填报后再来审核。",
    progressLabel: "审核进度",
    progress: "已审核 {done} / {total}",
    missing: "另有 {count} 个带警告的单元格尚未填写说明。",
    nothingFlagged: "最近一次检查没有发现需要说明的警告，暂无可审核的单元格。",
    filters: "按审核状态筛选",
    all: "全部",
    filterOption: "{label}（{count}）",
    listHeading: "{label}：{count} 项",
    emptyFilter: "没有处于“{label}”状态的单元格。",
    itemHeading: "{name}（{year}年）",
    warnings: "警告",
    warningsBefore: "通过前的警告",
    warningsClosed: "说明已通过，此单元格不再标记警告。",
    explanation: "审核说明",
    noExplanation: "填报人尚未填写审核说明，填写后才能审核。",
    latestDecision: "最新审核意见",
    noDecision: "尚无审核意见。",
    decisionWithComment: "{label}：{comment}",
    signed: "{who}，{when}",
    typedInSheet: "直接填写在工作表中（未署名）",
    comment: "审核意见（退回时必填）",
    commentRequired: "退回时请写明意见，告诉填报人需要补充或更正什么。",
    accept: "通过",
    return: "退回",
    goTo: "定位",
    history: "审核记录（{count} 条）",
    historyLabel: "{name}{year}年的审核记录",
    historyExplanation: "审核说明",
    signerLabel: "审核人姓名",
    signerHint: "Excel 不提供您的姓名。请填写一次，之后的审核意见都以此署名。",
    signerRequired: "请先填写审核人姓名，审核意见需要署名。",
    showMore: "再显示 {count} 项",
  },
  "en-US": {
    title: "Review",
    intro:
      "Review each explanation written for a cell with a warning: accept it when it holds, or return it with a " +
      "comment saying what to add or correct.",
    needsCheck:
      "Check the workbook first, to find the cells with warnings and read the latest explanations and decisions.",
    runCheck: "Check and load the cells to review",
    recheck: "Check again",
    needsExcel: "Open this add-in in Excel to check a workbook.",
    loading: "Reading the workbook…",
    noPlan:
      "This workbook has no monitoring sheet yet. Pick a plan under Plans, create the sheet and enter figures first.",
    progressLabel: "Review progress",
    progress: "Reviewed {done} of {total}",
    missing: "{count} more cells with warnings have no explanation yet.",
    nothingFlagged: "The last check found no warning that needs an explanation: nothing to review.",
    filters: "Filter by review state",
    all: "All",
    filterOption: "{label} ({count})",
    listHeading: "{label}: {count}",
    emptyFilter: "No cells are “{label}”.",
    itemHeading: "{name} ({year})",
    warnings: "Warnings",
    warningsBefore: "Warnings before acceptance",
    warningsClosed: "The explanation was accepted, so the cell is no longer flagged.",
    explanation: "Explanation",
    noExplanation: "No explanation has been written yet; it can be reviewed once there is one.",
    latestDecision: "Latest decision",
    noDecision: "No decision yet.",
    decisionWithComment: "{label}: {comment}",
    signed: "{who}, {when}",
    typedInSheet: "Typed into the sheet (unsigned)",
    comment: "Comment (required to return)",
    commentRequired: "Say what to add or correct when you return an explanation.",
    accept: "Accept",
    return: "Return",
    goTo: "Go to",
    history: "History ({count})",
    historyLabel: "History of {name} in {year}",
    historyExplanation: "Explanation",
    signerLabel: "Reviewer's name",
    signerHint: "Excel does not give your name. Type it once; your decisions are signed with it.",
    signerRequired: "Type the reviewer's name first: decisions are signed.",
    showMore: "Show {count} more",
  },
} as const satisfies Record<Locale, unknown>;

export type ReviewText = (typeof strings)[Locale];

export function reviewText(locale: Locale): ReviewText {
  return strings[locale];
}
