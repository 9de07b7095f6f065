/**
 * 简体中文消息：按统计部门数据审核的习惯写法，说明问题所在和处理办法。
 * Keyed by code; `MessageCatalog` makes the typecheck fail when a code has no message here.
 */
import type { Bounds, YearOnYearMethod } from "../findings";
import type { MessageCatalog, NumberFormat } from "./index";

const figureFailures: MessageCatalog["figureFailures"] = {
  "not-a-number": "不含数字",
  "malformed-number": "数字格式有误",
  "several-numbers": "包含多个数字",
  "inverted-range": "是下限大于上限的区间",
};

const comparators: MessageCatalog["comparators"] = {
  ">=": "下限值（不低于）的写法",
  ">": "下限值（超过）的写法",
  "<=": "上限值（不超过）的写法",
  "<": "上限值（低于）的写法",
  range: "区间",
  x2: "倍数（翻一番）的写法",
};

const measures: MessageCatalog["measures"] = {
  share: "比重类指标",
  rate: "速度类指标",
  "per-capita": "人均类指标",
  count: "数量类指标",
  amount: "总量类指标",
};

/** `120件`, `45%`: Chinese writes the unit straight after the number. */
const withUnit = (f: NumberFormat, n: number, unit: string | null): string => `${f.number(n)}${unit ?? ""}`;

const yearOf = (f: NumberFormat, year: number): string => `${f.number(year)}年`;

const change = (f: NumberFormat, percent: number): string =>
  `${percent < 0 ? "下降" : "增长"}${f.oneDecimal(Math.abs(percent))}%`;

const yoyLimit = (f: NumberFormat, method: YearOnYearMethod, bounds: Bounds): string =>
  method.kind === "yoy-percent"
    ? `超出±${f.number(method.limitPercent)}%的波动阈值`
    : `超出本指标历年同比变化的正常范围（${f.oneDecimal(bounds.low)}%～${f.oneDecimal(bounds.high)}%，` +
      `稳健Z值${f.oneDecimal(method.z)}，阈值±${f.number(method.zLimit)}）`;

export const zhCN: MessageCatalog = {
  findings: {
    "unreadable-figure": (x, f) =>
      `${yearOf(f, x.year)}填写的「${x.actual}」${figureFailures[x.cause]}，无法识别为数值。请填写一个数值（如12.5）；确无数据的请填写“——”。`,
    "not-a-single-value": (x, f) =>
      `${yearOf(f, x.year)}填写的「${x.actual}」是${comparators[x.written]}，实际值应为一个确定的数值，请填写当年的实际统计数。`,
    "unit-mismatch": (x, f) =>
      x.expected === null
        ? `${yearOf(f, x.year)}填写的「${x.input}」带有单位“${x.actual}”，本行未注明单位，请核实后只填写数值。`
        : `${yearOf(f, x.year)}填写的「${x.input}」单位为“${x.actual}”，与本行单位“${x.expected}”不一致，请换算为${x.expected}后只填写数值。`,
    "duplicate-year": (x, f) =>
      `${yearOf(f, x.year)}有多个填报值（「${x.expected}」和「${x.actual}」），已采用「${x.expected}」，请删除多余的数值。`,
    "year-outside-plan": (x, f) =>
      `${yearOf(f, x.year)}不在本规划的监测年份（${yearOf(f, x.threshold.low)}至${yearOf(f, x.threshold.high)}）内，` +
      `所填「${x.actual}」不参与监测，请删除或移至正确的年份。`,
    "negative-value": (x, f) =>
      `${yearOf(f, x.year)}数值为${withUnit(f, x.actual, x.unit)}，${measures[x.measure]}不应为负数，请核实后更正。`,
    "share-out-of-range": (x, f) =>
      `${yearOf(f, x.year)}数值为${withUnit(f, x.actual, x.unit)}，比重应在${f.number(x.threshold.low)}%～${f.number(x.threshold.high)}%之间，请核实后更正。`,
    "year-on-year-change": (x, f) =>
      `${yearOf(f, x.year)}数值较上年${change(f, x.changePercent)}，${yoyLimit(f, x.method, x.threshold)}，请填写审核说明。`,
    "worse-than-baseline": (x, f) =>
      `${yearOf(f, x.year)}数值为${withUnit(f, x.actual, x.unit)}，${x.direction === "increase" ? "低于" : "高于"}` +
      `${yearOf(f, x.baselineYear)}基期值${withUnit(f, x.expected, x.unit)}，与指标${x.direction === "increase" ? "增长" : "下降"}的目标方向相反，请填写审核说明。`,
    "unchanged-run": (x, f) =>
      `${yearOf(f, x.fromYear)}至${yearOf(f, x.year)}连续${f.number(x.years)}年数值均为${withUnit(f, x.actual, x.unit)}，` +
      `请核实是否沿用了往年数据；确未变化的，请填写审核说明。`,
    "restated-baseline": (x, f) =>
      `${yearOf(f, x.year)}（基期）填写的数值${withUnit(f, x.actual, x.unit)}与规划基期值${withUnit(f, x.expected, x.unit)}` +
      (x.deviationPercent === null
        ? "不一致"
        : `相差${f.oneDecimal(x.deviationPercent)}%，超过${f.number(x.threshold)}%的容差`) +
      `，请核实是否为数据修订或统计口径调整，并填写审核说明。`,
    "approximate-figure": (x, f) =>
      `${yearOf(f, x.year)}填写的「${x.input}」为约数，已按${withUnit(f, x.actual, x.unit)}计算；实际值应填写准确的统计数，确为估算数的请填写审核说明。`,
    "footnoted-figure": (x, f) =>
      `${yearOf(f, x.year)}填写的「${x.input}」带有注释标记“${x.marker}”，已按${withUnit(f, x.actual, x.unit)}计算，` +
      `请在审核说明中写明注释内容（如数据年份或统计口径）。`,
    "row-without-id": (x) =>
      `这一行没有隐藏的指标编号，${x.year}年填写的「${x.actual}」不计入任何指标。` +
      `请把数值填到该指标所在的行，或重新生成监测表。`,
    "name-mismatch": (x) =>
      `本行“指标”栏写的是「${x.actual}」，而本行隐藏的指标编号属于「${x.expected}」：本行${x.year}年起填写的数值` +
      `可能属于另一个指标（只排序了可见的列？）。请核对后把数值填到正确的行，或重新生成监测表。`,
  },
  figureFailures,
  comparators,
  measures,
  severity: { error: "错误", warning: "需说明" },
  status: {
    achieved: "已完成",
    "on-track": "符合序时进度",
    "needs-acceleration": "需加快进度",
    "off-track": "滞后于序时进度",
    deteriorating: "逆向变化",
    "no-data": "无数据",
    "not-assessable": "无法评估",
  },
  notAssessable: {
    "invalid-year": "报告年份无效",
    "invalid-target": "目标值无效（非数值或区间上下限颠倒）",
    "x2-without-baseline": "目标为翻一番，但规划未给出基期值",
    "x2-non-positive-baseline": "目标为翻一番，但基期值不大于0",
    "invalid-baseline": "基期值或基期年份无效",
    "target-not-after-baseline": "目标年份不晚于基期年份",
    "year-before-baseline": "报告年份早于基期年份",
    "baseline-year": "报告年份即基期年份，尚无进度可评",
    "no-baseline": "规划未给出基期值，中期年份无法按序时进度评估",
  },
  review: {
    "not-needed": "无需说明",
    "explanation-missing": "待填写说明",
    "awaiting-review": "待审核",
    accepted: "已通过",
    returned: "已退回",
  },
  summaryColumns: {
    name: "指标",
    unit: "单位",
    baseline: "基期值",
    target: "目标值",
    latest: "最新值",
    completion: "完成进度",
    elapsed: "序时进度",
    status: "评价",
    attribute: "属性",
    latestYear: "最新值年份",
    projection: "目标年预计值",
    openFindings: "待处理问题",
    explanation: "审核说明",
    review: "审核意见",
  },
  attributes: { 预期性: "预期性", 约束性: "约束性" },
  target: { double: "翻一番", rangeJoiner: "～" },
  policy: { blankCell: "空白单元格视为未填报，不按 0 计算" },
};
