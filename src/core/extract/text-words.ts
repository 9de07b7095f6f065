import type { Comparator } from "../model";

/*
 * The words of running plan text that the target extractor reads around a figure, kept as data so a reviewer can
 * add a verb without touching the scanner. Lists that are matched at a position are sorted longest first, so that
 * 不超过 is never read as 超过 and 提高到 never as 到.
 */

/** A word right before a figure: `达到`, `超过`, `控制在`, or a neutral one (`共`, `为`) that only names the figure. */
export interface ComparatorWord {
  readonly text: string;
  /** null: the word says nothing about the bound (`共120个`, `为19.6%`); the clause's verb or the default decides. */
  readonly comparator: Exclude<Comparator, "range" | "x2" | "="> | "=" | null;
  /** The target is a reduction: 控制在, 降至, 低于. */
  readonly decrease?: boolean;
  /** 约, 近: the figure is approximate. */
  readonly approximate?: boolean;
  /** Characters that, right before the word, make it part of another word: 发达, 成为, 公共. */
  readonly notAfter?: string;
}

const longestFirst = <T extends { readonly text: string }>(words: readonly T[]): readonly T[] =>
  [...words].sort((a, b) => b.text.length - a.text.length);

const words = (comparator: ComparatorWord["comparator"], texts: string, extra: Partial<ComparatorWord> = {}) =>
  texts.split(" ").map((text): ComparatorWord => ({ text, comparator, ...extra }));

export const COMPARATOR_WORDS: readonly ComparatorWord[] = longestFirst([
  ...words(">=", "达到 实现 不低于 不少于 不小于 提高到 提高至 提升到 提升至 增加到 增加至 增长到 增长至 增至"),
  ...words(">=", "上升到 上升至 扩大到 扩大至"),
  { text: "达", comparator: ">=", notAfter: "发到表传下抵通直送转" },
  ...words(">", "超过 突破 高于 大于 多于 逾"),
  { text: "超", comparator: ">", notAfter: "赶高" },
  ...words("<=", "不超过 不高于 不大于"),
  ...words("<=", "控制在 降低到 降低至 下降到 下降至 降到 降至 减少到 减少至 压减到 压减至 缩短到 缩短至", {
    decrease: true,
  }),
  ...words("<", "低于 小于 少于", { decrease: true }),
  ...words(null, "累计 总计 合计 保持在 稳定在"),
  { text: "共", comparator: null, notAfter: "公总" },
  { text: "为", comparator: null, notAfter: "成作分认列视改更较最尤称定以因" },
  ...words(null, "大约 将近", { approximate: true }),
  { text: "约", comparator: null, approximate: true, notAfter: "节制签合集" },
  { text: "近", comparator: null, approximate: true, notAfter: "最接附邻将" },
]);

/**
 * A verb that comes before the indicator's name: `实现总产值10000亿元`, `建成1个国家实验室`. Verbs that also
 * begin nouns (孵化面积, 推广中心, 集聚区, 突破性) are left out: they would cut names in two.
 */
export interface ActionVerb {
  readonly text: string;
  /** 新增: the figure is an increment over the period, not a stock. */
  readonly increment?: boolean;
}

const actions = (texts: string, extra: Partial<ActionVerb> = {}) =>
  texts.split(" ").map((text): ActionVerb => ({ text, ...extra }));

export const ACTION_VERBS: readonly ActionVerb[] = longestFirst([
  ...actions("新增 净增 新培育 新引进 新认定 新建", { increment: true }),
  ...actions("实现 建成 建设 组建 创建 建立 设立 培育 培养 聚集 引进 引育 吸引 形成 打造 实施 支持 遴选 布点"),
  ...actions("认定 建有 共有 获得 攻克 完成 举办 承担 制定 制订 开展 组织 资助 扶持 创办 争创 选派 招引"),
]);

/** Words a name does not need at its start: `其中`, `力争`, `全面` in `力争建成…`, `全面建成…`. */
export const LEADING_FILLERS: readonly string[] = longestFirst(
  "其中 力争 争取 确保 努力 积极 全面 初步 累计 总共 同时 进一步 继续 择优 加快 大力 一批 仅 我市 已 将"
    .split(" ")
    .map((text) => ({ text })),
).map((word) => word.text);

/** Words a name does not need at its end, before the figure: `共` in `实验室共120个`, `力争` in `…额力争实现翻番`. */
export const TRAILING_FILLERS: readonly string[] = longestFirst(
  "共 累计 总计 合计 力争 争取 确保 将 分别 已 已经 预计 仅".split(" ").map((text) => ({ text })),
).map((word) => word.text);

/** Words in a name or verb that say the indicator should fall: `单位GDP能耗下降`, `控制在`. */
export const DECREASE_WORDS: readonly string[] = ["下降", "降低", "减少", "压减", "缩短", "控制"];

/** Doubling the baseline; the target has no value of its own. */
export const DOUBLING_WORDS: readonly string[] = ["翻了一番", "翻一番", "翻一倍", "翻番", "倍增"];

/**
 * Units a figure in running text carries, without magnitude. A number with none of them is not read as a target:
 * bare numbers in running text are ordinals, years, codes and names (`中国制造2025`, `1.`, `5G`), not indicators.
 */
export const UNIT_BASES: readonly string[] = longestFirst(
  [
    "个百分点 百分点 % ‰ 平方公里 平方米 平米 立方米 公里 千米 米 千瓦时 千瓦 兆瓦 吨标准煤 吨 美元 元",
    "人年 人次 人 件 个 家 项 所 座 台 套 种 名 位 支 条 次 户 张 门 亩 公顷 辆 架 艘 床 册 部 款 处",
    "片 块 栋 篇 首 岁 只 头 株 天 小时 分钟 工作日",
  ]
    .join(" ")
    .split(" ")
    .map((text) => ({ text })),
).map((word) => word.text);

/** Magnitudes written before a base unit, longest first (`万亿元`, `千亿元`). */
export const MAGNITUDES: readonly string[] = ["万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千"];

/** After the unit: bounds and approximations that parseFigure reads (`以上`, `左右`). */
export const UNIT_SUFFIXES: readonly string[] = ["以上", "以下", "以内", "左右", "上下"];

/** Between a number and its unit: `200余个`, `100多家`. */
export const MORE_THAN = "余多";

/** Range separators after a number: `3-5个`, `8%—10%`, `3至5`. */
export const RANGE_SEPARATORS = "-~—–−至到";

/**
 * Words grouped by one of their characters (first or last), keeping the longest-first order inside each group: a
 * lookup per position instead of a pass over the whole list, which keeps a pasted megabyte fast.
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}
