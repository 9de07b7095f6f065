import { readFileSync } from "node:fs";
import fc from "fast-check";
import { extractTextTargets } from "../../src/core/extract/text";
import type { ExtractedActual, ExtractedIndicator } from "../../src/core/extract/types";
import {
  GOLDEN_EXTRACT_TEXT_COMMAND,
  GOLDEN_EXTRACT_TEXT_PATH,
  renderGoldenExtractText,
  seedLines,
} from "../../scripts/golden-extract-text";

type Period = readonly [number, number];
const P13: Period = [2016, 2020];
const P14: Period = [2021, 2025];

/** A target as a row of a table states it: only what a reviewer checks; the rest must merely be present. */
const target = (
  name: string,
  targetYear: number,
  comparator: ExtractedIndicator["comparator"],
  targetValue: number | null,
  unit: string | null,
  extra: Partial<ExtractedIndicator> = {},
) => expect.objectContaining({ name, targetYear, comparator, targetValue, unit, source: "text", ...extra });
const actual = (name: string, year: number, value: number, unit: string | null) =>
  expect.objectContaining({ name, year, value, unit, source: "text" });

const read = (lines: readonly string[], period: Period | null = null) => extractTextTargets(lines, { period });

describe("targets stated in running text, from real seed sentences", () => {
  it.each<[string, readonly string[], Period | null, readonly unknown[]]>([
    [
      "seed 001: two targets in one sentence, 达 → >=, 超过 → >",
      ["到2025年，每万人发明专利拥有量达39件，全市技术合同成交总额超过1800亿元。"],
      P14,
      [target("每万人发明专利拥有量", 2025, ">=", 39, "件"), target("全市技术合同成交总额", 2025, ">", 1800, "亿元")],
    ],
    [
      "seed 001: a verb before a list of number-first names; 新增 is an increment",
      [
        "到2025年，力争建成1个国家实验室、1个国家技术创新中心、3个重大科技基础设施，新增20个国家级科技创新平台，初步建成具有全国影响力的科技创新中心。",
      ],
      P14,
      [
        target("国家实验室", 2025, ">=", 1, "个", { increment: false }),
        target("国家技术创新中心", 2025, ">=", 1, "个"),
        target("重大科技基础设施", 2025, ">=", 3, "个"),
        target("国家级科技创新平台", 2025, ">=", 20, "个", { increment: true }),
      ],
    ],
    [
      "seed 001: a unit with a magnitude kept as written, 以上 after it",
      ["重点培育一批高品质科创空间，到2025年，全面建成2000万平方米以上高品质科创空间。"],
      P14,
      [target("高品质科创空间", 2025, ">=", 2000, "万平方米")],
    ],
    [
      "seed 002: each number binds to the nearest 到20xx年 before it; a range 3-5个",
      [
        "（三）主要目标。到2020年，建成国际创新创业中心基本框架体系，实现总产值10000亿元，聚集科技企业10000家，发明专利授权达到11000件，万人发明专利拥有量突破200件。到2025年，实现总产值15000亿元，形成3-5个千亿元级产业集群。",
      ],
      null,
      [
        target("总产值", 2020, ">=", 10000, "亿元"),
        target("科技企业", 2020, ">=", 10000, "家"),
        target("发明专利授权", 2020, ">=", 11000, "件"),
        target("万人发明专利拥有量", 2020, ">", 200, "件"),
        target("总产值", 2025, ">=", 15000, "亿元"),
        target("千亿元级产业集群", 2025, "range", null, "个", { targetLow: 3, targetHigh: 5 }),
      ],
    ],
    [
      "seed 000: a '——' goal paragraph under the year of the paragraph before its heading",
      [
        "到2020年全面进入创新驱动阶段，在西部地区率先实现创新驱动引领型发展。",
        "2、具体目标",
        "",
        "——创新环境更加优化。全市创新创业良好生态基本建成，建成国家级技术创新平台80个以上，创新创业载体数量达到400个以上，各类创新创业载体面积2000万平方米以上。",
      ],
      P13,
      [
        target("国家级技术创新平台", 2020, ">=", 80, "个", { line: 4 }),
        target("创新创业载体数量", 2020, ">=", 400, "个"),
        target("各类创新创业载体面积", 2020, ">=", 2000, "万平方米"),
      ],
    ],
    [
      "seed 003: 提高到; 高于…以上; doubling as x2 with no value",
      [
        "到2020年,两江新区和高新区高新技术产业增加值占工业增加值比重高于全市平均水平50%以上,万人发明专利数实现翻番,研发经费支出强度居全国同类开发区的先进水平。",
        "到2020年,科技进步贡献率提高到60%以上。",
      ],
      P13,
      [
        target("两江新区和高新区高新技术产业增加值占工业增加值比重高于全市平均水平", 2020, ">=", 50, "%"),
        target("万人发明专利数", 2020, "x2", null, null, { targetLow: null, targetHigh: null }),
        target("科技进步贡献率", 2020, ">=", 60, "%", { line: 2 }),
      ],
    ],
    [
      "seed 003: 左右 keeps the verb's comparator, and the verb governs the list",
      ["到2020年,创建国家级农业科技园区10个左右、市级农业产业科技示范区20个左右,在全市基本建成农业科技园区体系。"],
      P13,
      [target("国家级农业科技园区", 2020, ">=", 10, "个"), target("市级农业产业科技示范区", 2020, ">=", 20, "个")],
    ],
    [
      "seed 003: 共 before the figure, a list without its verb, 新培育 as an increment",
      [
        "2.科研基础能力建设计划:到2020年,建成高校部市级重点实验室共120个,高校部市级工程研究中心40个。",
        "到2020年新培育国家级高新区23个。",
      ],
      P13,
      [
        target("高校部市级重点实验室", 2020, ">=", 120, "个"),
        target("高校部市级工程研究中心", 2020, ">=", 40, "个"),
        target("国家级高新区", 2020, ">=", 23, "个", { increment: true, line: 2 }),
      ],
    ],
    [
      "seed 004: spaces around the figure, 2.96 万亿元 as written, the subject carried to 占…",
      ["到 2025 年，全省高新技术产业营业收入突破 2.96 万亿元，占规上工业比重超过 38%。"],
      P14,
      [
        target("全省高新技术产业营业收入", 2025, ">", 2.96, "万亿元"),
        target("全省高新技术产业营业收入占规上工业比重", 2025, ">", 38, "%"),
      ],
    ],
    [
      "seed 004: 力争到, a paragraph broken across lines; line is the figure's physical line",
      [
        "——科技服务业快速发展。推动科技服务业各业务领域持续健康发展，推进科技服务业集聚区建设，",
        "",
        "建立完善跨领域的技术转移集成服务体系。力争到 2025 年，全省科技服务业总收入达到 6000 亿元。",
      ],
      P14,
      [target("全省科技服务业总收入", 2025, ">=", 6000, "亿元", { line: 3 })],
    ],
  ])("%s", (_, lines, period, expected) => {
    expect(read(lines, period).indicators).toEqual(expected);
  });

  it("keeps the clause that states the target as its snippet, and no baseline or attribute it does not state", () => {
    const [entry] = read(["到2025年，每万人发明专利拥有量达39件，全市技术合同成交总额超过1800亿元。"], P14).indicators;
    expect(entry).toEqual({
      name: "每万人发明专利拥有量",
      unit: "件",
      baselineYear: null,
      baselineValue: null,
      targetYear: 2025,
      comparator: ">=",
      targetValue: 39,
      targetLow: null,
      targetHigh: null,
      attribute: null,
      direction: "increase",
      source: "text",
      line: 1,
      snippet: "每万人发明专利拥有量达39件",
      increment: false,
    });
  });

  it.each<[string, string, Partial<ExtractedIndicator>]>([
    [
      "a stated baseline",
      "到2020年，万人发明专利拥有量由2015年的4.3件提高到8.6件。",
      { baselineYear: 2015, baselineValue: 4.3 },
    ],
    ["a stated attribute", "到2020年，单位GDP能耗下降15%（约束性）。", { attribute: "约束性", direction: "decrease" }],
    [
      "控制在…以内 as a decrease",
      "到2020年，城镇登记失业率控制在4.5%以内。",
      { comparator: "<=", direction: "decrease" },
    ],
    ["40%左右 with no verb", "到2020年，研发经费投入强度2.5%左右。", { comparator: "=", targetValue: 2.5 }],
  ])("reads %s", (_, sentence, fields) => {
    expect(read([sentence], P13).indicators).toEqual([expect.objectContaining(fields)]);
  });
});

describe("past figures with a year are actuals, never targets", () => {
  it.each<[string, readonly string[], Period | null, readonly unknown[]]>([
    [
      "seed 000: 2015年，… before a 2016–2020 plan",
      ["2015年，专利申请量达到77538件，是2010年（31261件）的2.5倍，年均增速19.9%；专利授权量为44852件。"],
      P13,
      [
        actual("专利申请量", 2015, 77538, "件"),
        actual("年均增速", 2015, 19.9, "%"),
        actual("专利授权量", 2015, 44852, "件"),
      ],
    ],
    [
      "seed 000: the same, with no period given (2015 comes before every 到 year)",
      ["到2020年全面进入创新驱动阶段。", "2015年，专利申请量达到77538件。"],
      null,
      [actual("专利申请量", 2015, 77538, "件")],
    ],
    [
      "seed 003: a figure bound to its own year with 的",
      ["万人发明专利拥有量由2010年的1.1件提高到2015年的4.3件。"],
      P13,
      [actual("万人发明专利拥有量", 2010, 1.1, "件"), actual("万人发明专利拥有量", 2015, 4.3, "件")],
    ],
    [
      "seed 003: “十二五”末 is 2015",
      ["“十二五”末,战略性新兴产业产值占工业总产值的比重为19.6%。"],
      P13,
      [actual("战略性新兴产业产值占工业总产值的比重", 2015, 19.6, "%")],
    ],
    [
      "seed 004: 到 2020 年 before a 2021–2025 plan",
      ["到 2020 年，全省共建成国家级重点实验室 14 个，省级重点实验室 130 个，各类孵化载体突破 1000 家。"],
      P14,
      [
        actual("全省国家级重点实验室", 2020, 14, "个"),
        actual("省级重点实验室", 2020, 130, "个"),
        actual("各类孵化载体", 2020, 1000, "家"),
      ],
    ],
  ])("%s", (_, lines, period, expected) => {
    const result = read(lines, period);
    expect(result.actuals).toEqual(expected);
    expect(result.indicators).toEqual([]);
  });
});

describe("numbers that are not targets give nothing, even in a sentence with a target year", () => {
  it.each([
    ["a date and an exhibition (seed 001 boilerplate)", "到2025年，2025.4.23-25 中国西部国际博览城举办博览会。"],
    ["a date that lost its 月 (seed 001)", "到2025年，322日,《纲要》经第十七届人民代表大会第五次会议表决通过。"],
    ["telephone numbers (seed 001)", "到2025年，联系电话86-21-20557000/86-21-22068388。"],
    ["a strategy named with a year", "到2025年，深入对接“中国制造2025”“互联网+”等发展战略。"],
    ["plan names", "到2025年，推进“十三五”规划和“2035年远景目标”，立足 2035 远景目标。"],
    [
      "ordinals and a count of parts",
      "到2025年，《纲要》全文共分为12篇，其中第五篇部署科技创新工作，两区一城成为创新主阵地。",
    ],
    ["list markers", "到2025年，1.智能机器人；（三）攻克一批关键核心技术；2、建设创新平台。"],
    ["a qualitative goal", "到2025年，初步建成具有全国影响力的科技创新中心。"],
    ["a rank, not a share", "到2025年，基本科学指标数据库(ESI)排名进入世界前1%。"],
    ["codes and technologies", "到2025年，推进5G、6G、4K/8K、3D打印和CAP1400压水堆研发。"],
    ["a span of years in a title", "到2025年，出台《行动计划(2015—2020年)》等文件。"],
    ["a figure qualifying a name", "到2025年，研发出F级50兆瓦重型燃气轮机整机。"],
    ["a doubling word inside a name", "到2025年，实施高新技术企业倍增行动。"],
  ])("%s", (_, sentence) => {
    expect(read([sentence], P14)).toEqual({ indicators: [], actuals: [] });
  });

  it.each([
    [
      "table-of-contents lines (seed 003, 004)",
      ["  第一章 发展基础与趋势………………………………………(5) ", "(一) 发展基础.....\t1"],
    ],
    [
      "one cell per line (seed 000)",
      ["到2020年全面进入创新驱动阶段。", "\t科技进步贡献率（%）", "\t62", "\t≥67", "\t预期性"],
    ],
    ["bare figures (seed 003)", ["到2020年全面进入创新驱动阶段。", "  52.9 ", "  60 ", "  增长5.1个百分点 "]],
    ["a TAB grid row (seed 004)", ["到 2025 年，", "1\t全省高新技术产业营业收入\t亿元\t20167\t29600"]],
    ["a year with no figure after it", ["到2025年，"]],
    ["a figure with no year", ["全市科技进步贡献率达67%。"]],
  ])("%s", (_, lines) => {
    expect(read(lines, P14).indicators).toEqual([]);
  });
});

describe("which year governs a paragraph", () => {
  const goals = "到2020年全面进入创新驱动阶段。";
  const restated = "——创新能力明显增强。全市科技进步贡献率达67%。";

  it.each<[string, readonly string[], Period | null, readonly number[]]>([
    ["a goal heading keeps the year of the paragraph before it", [goals, "2、具体目标", restated], P13, [2020]],
    ["any other heading ends it", [goals, "第二章 重点任务", restated], P13, []],
    ["a table ends it", [goals, "\t≥67", restated], P13, []],
    ["a goal heading with no year before it gives the end of the period", ["三、发展目标", restated], P13, [2020]],
    ["…but only when the period is known", ["三、发展目标", restated], null, []],
    ["a heading about past goals gives no year", ["一、“十二五”目标完成情况", restated], P13, []],
    ["a year inside a paragraph governs only that paragraph", ["我们将在2025年前建成。", restated], P14, []],
  ])("%s", (_, lines, period, years) => {
    expect(read(lines, period).indicators.map((entry) => entry.targetYear)).toEqual(years);
  });
});

describe("whole seed plans", () => {
  const seed = (file: string, period: Period | null) => read(seedLines(file), period);
  const values = (entries: readonly ExtractedIndicator[]) => entries.map((entry) => entry.targetValue);

  it("seed 000 restates table 1 in its '——' paragraphs as 2020 text targets, and reports 2015 as actuals", () => {
    const { indicators, actuals } = seed("000_fe8123ca23c369e9.txt", P13);
    expect(indicators.every((entry) => entry.targetYear === 2020 && entry.line >= 59 && entry.line <= 64)).toBe(true);
    expect(indicators).toEqual(
      expect.arrayContaining([
        target("全市科技进步贡献率", 2020, ">=", 67, "%"),
        target("全社会R&D支出占GDP的比重", 2020, ">=", 4, "%"),
        target("规模以上工业企业研发投入占主营业务收入比重", 2020, ">=", 2.1, "%"),
        target("有效发明专利总量", 2020, ">=", 40000, "件"),
        target("高新技术企业数", 2020, ">=", 2000, "家"),
        target("规上高新技术工业主营业务收入占规上工业主营业务收入比重", 2020, ">=", 50, "%"),
        target("技术市场交易额", 2020, ">=", 600, "亿元"),
        target("国家级技术创新平台", 2020, ">=", 80, "个"),
        target("创新创业载体数量", 2020, ">=", 400, "个"),
        target("每万劳动力中研发人员数", 2020, ">=", 220, "人"),
      ]),
    );
    expect(actuals.length).toBeGreaterThan(0);
    expect(actuals.every((entry) => entry.year === 2015)).toBe(true);
  });

  it("seed 001 gives the targets of its 到2025年 sentences and nothing from the boilerplate at the top", () => {
    const { indicators, actuals } = seed("001_debec1ccd95cebf5.txt", P14);
    expect(new Set(indicators.map((entry) => entry.line))).toEqual(new Set([154, 228, 364]));
    expect(indicators.every((entry) => entry.targetYear === 2025)).toBe(true);
    expect(values(indicators)).toEqual([1, 1, 3, 20, 39, 1800, 2000]);
    expect(actuals).toEqual([]);
  });

  it("seed 002 gives its 2020 targets and then its 2025 targets from one paragraph, with no period known", () => {
    const { indicators } = seed("002_e1c82c5e15ec283a.txt", null);
    const byYear = (year: number) => indicators.filter((entry) => entry.targetYear === year);
    expect(values(byYear(2020))).toEqual([10000, 10000, 10000, 11000, 200, 1000, 1000]);
    expect(byYear(2025)).toEqual([
      target("总产值", 2025, ">=", 15000, "亿元"),
      target("千亿元级产业集群", 2025, "range", null, "个", { targetLow: 3, targetHigh: 5 }),
    ]);
    expect(indicators.every((entry) => entry.line === 11)).toBe(true);
  });

  it("seed 003 gives its 主要目标 for 2020, its 十二五 figures as actuals, and nothing from its 专栏 tables", () => {
    const { indicators, actuals } = seed("003_650c5ad76bff8716.txt", P13);
    const goals = indicators.filter((entry) => entry.line >= 675 && entry.line <= 683);
    expect(values(goals)).toEqual([3000, 30, 20, 400, 60, 2.5, 1.2, 8.6, 60, 8.3]);
    expect(indicators.every((entry) => entry.targetYear === 2020 && entry.line >= 671)).toBe(true);
    expect(actuals.every((entry) => entry.year === 2010 || entry.year === 2015)).toBe(true);
    const inTables = (line: number) => (line >= 317 && line <= 610) || (line >= 687 && line <= 990);
    expect([...indicators, ...actuals].filter((entry) => inTables(entry.line))).toEqual([]);
  });

  it("seed 004 states 2.96 万亿元 as written, reads 到 2020 年 as actuals, and skips its TAB table", () => {
    const { indicators, actuals } = seed("004_89dd4949d2fb5def.txt", P14);
    expect(indicators).toContainEqual(target("全省高新技术产业营业收入", 2025, ">", 2.96, "万亿元"));
    expect(indicators.every((entry) => entry.targetYear === 2025 && entry.line >= 112 && entry.line <= 122)).toBe(true);
    expect(actuals).toContainEqual(actual("全省高新技术企业", 2020, 8160, "家"));
    expect(actuals.every((entry) => entry.year === 2020)).toBe(true);
  });
});

describe("robustness", () => {
  const words = fc.constantFrom(
    ...["到2020年", "2015年", "，", "、", "。", "达到", "超过", "建成", "新增", "由", "的", "提高到", "翻番", "以上"],
    ...["39件", "1个", "3-5个", "2.96 万亿元", "“", "”", "《", "》", "(", "\t", "——", "-", "5", "年", "万", " "],
    ...["“十二五”期间", "目标", "1.", "≥67", "国家实验室", "全市科技进步贡献率", "共", "约", "左右", "占"],
  );
  const planish = fc.array(
    fc.array(words, { maxLength: 30 }).map((parts) => parts.join("")),
    { maxLength: 8 },
  );
  const anyLines = fc.array(fc.string({ unit: "grapheme" }), { maxLength: 8 });
  const binaryLines = fc.array(fc.string({ unit: "binary" }), { maxLength: 8 });
  const periods = fc.constantFrom<Period | null>(null, P13, P14);

  const wellFormed = (lines: readonly string[], entries: readonly (ExtractedIndicator | ExtractedActual)[]) =>
    entries.every(
      (entry) =>
        Number.isInteger(entry.line) && entry.line >= 1 && entry.line <= lines.length && entry.name.trim() !== "",
    );

  it("never throws on any lines, and every entry names a real line", () => {
    for (const lines of [planish, anyLines, binaryLines]) {
      fc.assert(
        fc.property(lines, periods, (input, period) => {
          const { indicators, actuals } = read(input, period);
          expect(wellFormed(input, indicators) && wellFormed(input, actuals)).toBe(true);
          for (const entry of indicators) {
            const values = [entry.targetValue, entry.targetLow, entry.targetHigh, entry.targetYear];
            expect(values.every((value) => value === null || Number.isFinite(value))).toBe(true);
          }
        }),
      );
    }
  });

  it("reads a 1 MB document", () => {
    const text = seedLines("003_650c5ad76bff8716.txt").join("\n");
    const lines = text.repeat(Math.ceil(1_000_000 / text.length)).split("\n");
    expect(read(lines, P13).indicators.length).toBeGreaterThan(0);
  });
});

describe("the golden table of text targets", () => {
  it("is up to date", () => {
    const onDisk = readFileSync(GOLDEN_EXTRACT_TEXT_PATH, "utf8");
    if (onDisk !== renderGoldenExtractText()) {
      throw new Error(
        `tests/core/golden/extract-text.md is out of date: run \`${GOLDEN_EXTRACT_TEXT_COMMAND}\` and review the diff.`,
      );
    }
  });
});
