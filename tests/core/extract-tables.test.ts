import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { splitLines } from "../../src/core/extract/lines";
import { splitNameUnit } from "../../src/core/extract/table-name";
import { footnoteYears } from "../../src/core/extract/table-notes";
import { extractTables } from "../../src/core/extract/tables";
import type { ExtractedIndicator } from "../../src/core/extract/types";
import {
  GOLDEN_EXTRACT_TABLES_COMMAND,
  GOLDEN_EXTRACT_TABLES_PATH,
  renderGoldenExtractTables,
} from "../../scripts/golden-extract-tables";

const SEEDS = join(__dirname, "..", "fixtures", "seeds");
const seed = (prefix: string): readonly string[] => {
  const files: Record<string, string> = {
    "000": "000_fe8123ca23c369e9.txt",
    "001": "001_debec1ccd95cebf5.txt",
    "002": "002_e1c82c5e15ec283a.txt",
    "003": "003_650c5ad76bff8716.txt",
    "004": "004_89dd4949d2fb5def.txt",
  };
  return splitLines(readFileSync(join(SEEDS, files[prefix] ?? ""), "utf8"));
};
const NBSP = "\u00a0";

type Row = readonly [
  line: number,
  name: string,
  unit: string | null,
  baselineYear: number | null,
  baselineValue: number | null,
  targetValue: number,
];

/** The fields a table row states; the rest are checked by the tests that are about them. */
const stated = (indicator: ExtractedIndicator): Row => [
  indicator.line,
  indicator.name,
  indicator.unit,
  indicator.baselineYear,
  indicator.baselineValue,
  indicator.targetValue ?? Number.NaN,
];

describe("seed 000, 表 1: one cell per TAB-prefixed line, four lines a row", () => {
  const { indicators, actuals } = extractTables(seed("000"));

  it.each<Row>([
    [73, "科技进步贡献率", "%", 2015, 62, 67],
    [78, "全社会R&D经费支出占GDP的比重", "%", 2015, 2.38, 4],
    [83, "规模以上工业企业研发投入占主营业务收入比重", "%", 2015, 0.8, 2.1],
    [88, "有效发明专利总量", "件", 2015, 19758, 40000],
    [93, "规上高新技术工业主营业务收入占规上工业主营业务收入比重", "%", 2015, 44.51, 50],
    [98, "技术市场交易额", "亿元", 2015, 406.7, 600],
    [103, "高新技术企业数", "家", 2015, 1753, 2000],
    [108, "国家级技术创新平台", "个", 2015, 67, 80],
    [113, "创新创业载体数量", "个", 2015, 193, 400],
    [118, "每万劳动力中研发人员数", null, 2015, 134, 220],
    // `7.5*` and, under the table, 注：带*号数据为2014年数据.
    [123, "公众具备基本科学素养的比例", "%", 2014, 7.5, 10.5],
  ])("line %i: %s", (...row) => {
    expect(indicators.map(stated)).toContainEqual(row);
  });

  it("gives the eleven rows and nothing else, each a ≥ 2020 target of attribute 预期性", () => {
    expect(indicators).toHaveLength(11);
    expect(actuals).toEqual([]);
    for (const indicator of indicators) {
      expect(indicator).toMatchObject({
        targetYear: 2020,
        comparator: ">=",
        attribute: "预期性",
        direction: "increase",
        source: "table",
      });
    }
  });

  it("quotes the row as the plan prints it, from the name cell's line", () => {
    expect(indicators[0]).toMatchObject({ line: 73, snippet: "科技进步贡献率（%） | 62 | ≥67 | 预期性" });
  });
});

describe("seed 003: cells one per line among NBSP-padded blank lines", () => {
  const { indicators, actuals } = extractTables(seed("003"));

  it.each<Row>([
    [735, "科技进步贡献率", "%", 2015, 52.9, 60],
    [760, "研究与试验发展经费投入强度", "%", 2015, 1.57, 2.5],
    [785, "每万名就业人员中研发人员", "人年", 2015, 36, 60],
    [810, "高新技术企业", "家", 2015, 1035, 3000],
    [835, "战略性新兴制造业增加值占规模以上工业增加值的比重", "%", 2015, 13.5, 30],
    [860, "知识密集型服务业增加值占地区生产总值的比重", "%", 2015, 16.3, 20],
    [885, "规模以上工业企业研发经费支出与主营业务收入之比", "%", 2015, 0.97, 1.2],
    [910, "每万人口发明专利拥有量", "件", 2015, 4.3, 8.6],
    [935, "技术合同成交额", "亿元", 2015, 241.5, 400],
    [960, "公民具备科学素养的比例", "%", 2015, 4.74, 8.3],
  ])("专栏2, line %i: %s", (...row) => {
    expect(indicators.map(stated)).toContainEqual(row);
  });

  it("takes 专栏2's targets only: 专栏1 reports the 12th plan's results", () => {
    expect(indicators).toHaveLength(10);
    expect(indicators.every((indicator) => indicator.line > 687 && indicator.attribute === "预期性")).toBe(true);
  });

  it.each([
    [361, "科技进步贡献率", "%", 2010, 47.8],
    [361, "科技进步贡献率", "%", 2015, 52.9],
    [411, "每万名就业人员中研发人员", "人年", 2010, 24],
    [561, "技术合同成交额", "亿元", 2015, 241.5],
  ])("专栏1, line %i: %s in %i → actual", (line, name, unit, year, value) => {
    expect(actuals).toContainEqual(expect.objectContaining({ line, name, unit, year, value, source: "table" }));
  });

  it("reads every figure of 专栏1 as an actual and skips its dashes (10 rows × 2 years, 2 dashes)", () => {
    expect(actuals).toHaveLength(18);
    expect(actuals.filter((actual) => actual.line === 461)).toEqual([
      expect.objectContaining({ year: 2015, value: 13.5 }),
    ]);
  });
});

describe("seed 004: a TAB-separated table split by a page break, header repeated", () => {
  const { indicators, actuals } = extractTables(seed("004"));

  it.each<Row>([
    [127, "全省高新技术产业营业收入", "亿元", 2020, 20167, 29600],
    [128, "高新技术产业营业收入占规上工业营业收入比重", "%", 2020, 31.9, 38],
    [129, "高新技术企业数", "家", 2020, 8160, 16000],
    [130, "每万家企业中高新技术企业数", "家", 2020, 113, 130],
    [131, "科技型中小企业数", "家", 2020, 12293, 20000],
    [132, "瞪羚企业数", "家", 2020, 100, 400],
    [135, "技术市场成交合同额", "亿元", 2020, 1248.78, 1600],
    [136, "每万人口高价值发明专利拥有量", "件", 2020, 2.94, 5.67],
    [137, "基础研究经费占全社会研发经费比重", "%", 2020, 5.6, 6.5],
    [138, "每万名就业人员中研发人员数", "人年", 2020, 40, 50],
  ])("line %i: %s", (...row) => {
    expect(indicators.map(stated)).toContainEqual(row);
  });

  it("gives ten rows as one table: 2025 targets, bare values as ≥, no attribute column", () => {
    expect(indicators).toHaveLength(10);
    expect(actuals).toEqual([]);
    expect(new Set(indicators.map((i) => `${i.targetYear} ${i.comparator} ${String(i.attribute)}`))).toEqual(
      new Set(["2025 >= null"]),
    );
  });
});

describe("text that merely looks tabular", () => {
  it.each(["001", "002"])("seed %s has no table indicators", (prefix) => {
    expect(extractTables(seed(prefix))).toEqual({ indicators: [], actuals: [] });
  });

  it.each<[string, string, number, number]>([
    ["seed 004, the table of contents with TAB page numbers", "004", 14, 49],
    ["seed 000, TAB-indented 专栏 lists", "000", 140, 560],
    ["seed 003, 专栏3–专栏5 with numbered prose lists", "003", 1000, 1150],
    ["seed 003, the text around 专栏1 without its header", "003", 356, 700],
  ])("%s gives nothing", (_, prefix, from, to) => {
    expect(extractTables(seed(prefix).slice(from - 1, to))).toEqual({ indicators: [], actuals: [] });
  });
});

/** Seed 000's first rows in the layouts plans arrive in; `cells` are rows of cells, the header first. */
const grid = (rows: readonly (readonly string[])[]): readonly string[] => rows.map((row) => row.join("\t"));
const stacked = (rows: readonly (readonly string[])[]): readonly string[] =>
  rows.flatMap((row) => [...row.map((cell) => `\t${cell}`), ""]);
const padded = (rows: readonly (readonly string[])[]): readonly string[] =>
  rows.flatMap((row) => row.flatMap((cell) => [`  ${cell}${NBSP}`, "", ` ${NBSP}`, ""]));

describe("what a header says about its columns", () => {
  const first = (lines: readonly string[]): ExtractedIndicator | undefined => extractTables(lines).indicators[0];

  it.each<[string, readonly string[], readonly [number | null, number | null, number | null]]>([
    ["bare years: the later is the target", ["指标", "2015年", "2020年"], [2015, 62, 2020]],
    ["年值 / 年目标", ["指标", "2015 年值", "2020 年目标"], [2015, 62, 2020]],
    ["a target column left of the baseline", ["指标", "2020年目标值", "2015年"], [2015, 67, 2020]],
    ["目标值 / 现状值 without years", ["指标", "现状值", "目标值"], [null, 62, null]],
  ])("%s", (_, header, [baselineYear, baselineValue, targetYear]) => {
    const lines = grid([header, ["科技进步贡献率（%）", "62", "≥67"]]);
    expect(first(lines)).toMatchObject({ baselineYear, baselineValue, targetYear });
  });

  it("joins a year and its label set on two lines (`2015` / `指标值`, `2020` / `目标值`)", () => {
    const lines = padded([
      ["序号", "指标", "属性", "2015", "指标值", "2020", "目标值"],
      ["1", "科技进步贡献率(%", "预期性", "52.9", "60"],
    ]);
    expect(first(lines)).toMatchObject({ name: "科技进步贡献率", unit: "%", baselineYear: 2015, targetYear: 2020 });
  });

  it.each<[string, string, readonly string[]]>([
    ["all columns say 指标值", "", ["序号", "2010", "指标值", "2015", "指标值"]],
    ["a 2015 target beside the 2015 result", "", ["序号", "指标", "2015年目标", "2015年实际"]],
    ["bare years under a title that says 完成情况", "“十二五”主要指标完成情况", ["序号", "指标", "2010年", "2015年"]],
  ])("%s: a results table gives actuals, not targets of this plan", (_, title, header) => {
    const lines = [title, "", ...padded([header, ["1", "科技进步贡献率(%", "47.8", "52.9"]])];
    const { indicators, actuals } = extractTables(lines);
    expect(indicators).toEqual([]);
    expect(actuals.map((actual) => actual.value)).toContain(52.9);
  });

  it("names the lost 指标 label of a numbered header after 序号, as in seed 003's 专栏1", () => {
    const lines = padded([
      ["序号", "2010", "指标值", "2015", "指标值", "“十二五”变化"],
      ["1", "科技进步贡献率(%", "47.8", "52.9", "增长5.1个百分点"],
    ]);
    expect(extractTables(lines).actuals).toEqual([
      expect.objectContaining({ name: "科技进步贡献率", unit: "%", year: 2010, value: 47.8 }),
      expect.objectContaining({ name: "科技进步贡献率", unit: "%", year: 2015, value: 52.9 }),
    ]);
  });

  it("gives one entry per target column, each with the latest earlier baseline", () => {
    const lines = grid([
      ["指标", "2015年", "2020年目标", "2025年目标"],
      ["研发机构（个）", "2000", "3000", "4000"],
    ]);
    expect(extractTables(lines).indicators.map((i) => [i.baselineValue, i.targetYear, i.targetValue])).toEqual([
      [2000, 2020, 3000],
      [2000, 2025, 4000],
    ]);
  });

  it("takes the unit from a 单位 column and a 类别 cell printed only on a group's first row", () => {
    const lines = grid([
      ["类别", "指标", "单位", "2020年", "2025年", "属性"],
      ["创新能力", "研发机构", "个", "2000", "4000", "预期性"],
      ["技术合同成交额", "亿元", "1248.78", "1600", "约束性"],
    ]);
    expect(extractTables(lines).indicators.map((i) => [i.name, i.unit, i.attribute])).toEqual([
      ["研发机构", "个", "预期性"],
      ["技术合同成交额", "亿元", "约束性"],
    ]);
  });
});

describe("what a target cell says", () => {
  const read = (target: string, name = "指标甲"): Partial<ExtractedIndicator> | undefined =>
    extractTables(
      grid([
        ["指标", "2015年", "2020年"],
        [name, "10", target],
      ]),
    ).indicators[0];

  it.each<[string, Partial<ExtractedIndicator>]>([
    ["67", { comparator: ">=", targetValue: 67, direction: "increase" }],
    ["≥67", { comparator: ">=", targetValue: 67 }],
    ["＞67", { comparator: ">", targetValue: 67 }],
    ["≤5", { comparator: "<=", targetValue: 5, direction: "decrease" }],
    ["40左右", { comparator: "=", targetValue: 40 }],
    ["3-5", { comparator: "range", targetValue: null, targetLow: 3, targetHigh: 5 }],
    ["翻一番", { comparator: "x2", targetValue: null }],
    ["—", { comparator: ">=", targetValue: null }],
    ["29600亿元", { comparator: ">=", targetValue: 29600, unit: "亿元" }],
  ])("%s", (target, expected) => {
    expect(read(target)).toMatchObject(expected);
  });

  it.each<[string, Partial<ExtractedIndicator>]>([
    ["单位GDP能耗降低（%）", { direction: "decrease", increment: false }],
    ["新增国家级技术创新平台（个）", { direction: "increase", increment: true }],
  ])("the name %s", (name, expected) => {
    expect(read("15", name)).toMatchObject(expected);
  });

  it("keeps an indicator whose baseline is a dash", () => {
    const lines = grid([
      ["指标", "2015年", "2020年"],
      ["知识密集型服务业增加值占比(%", "——", "20"],
    ]);
    expect(extractTables(lines).indicators[0]).toMatchObject({
      baselineYear: null,
      baselineValue: null,
      targetValue: 20,
    });
  });
});

describe("names, units and notes", () => {
  it.each<[string, string, string | null]>([
    ["科技进步贡献率（%）", "科技进步贡献率", "%"],
    ["科技进步贡献率(%", "科技进步贡献率", "%"],
    ["每万名就业人员中研发人员(人年)", "每万名就业人员中研发人员", "人年"],
    ["技术市场交易额（亿元）", "技术市场交易额", "亿元"],
    ["每万劳动力中研发人员数", "每万劳动力中研发人员数", null],
    ["西部（成都）科学城企业数", "西部（成都）科学城企业数", null],
    ["高新技术企业（含技术先进型服务企业）", "高新技术企业（含技术先进型服务企业）", null],
    ["研发投入（2015年为基期）", "研发投入（2015年为基期）", null],
  ])("%s → %s, %s", (cell, name, unit) => {
    expect(splitNameUnit(cell)).toEqual({ name, unit });
  });

  it.each<[string, readonly [string, number][]]>([
    ["      注：带*号数据为2014年数据", [["*", 2014]]],
    [
      "注：①为2014年数据；②为2013年数据。",
      [
        ["①", 2014],
        ["②", 2013],
      ],
    ],
    ["注：*2014年与2015年数据", []],
    ["带*号数据为2014年数据", []],
  ])("%s", (note, years) => {
    expect([...footnoteYears(["", note], 0)]).toEqual(years);
  });
});

/** A plan row: a name from plan words, a unit, a baseline and a target. */
const planRow = fc.record({
  name: fc.string({
    unit: fc.constantFrom(..."科技创新企业专利比重研发经费收入规模产业平台载体技术成果转化"),
    minLength: 2,
    maxLength: 12,
  }),
  unit: fc.constantFrom("%", "件", "亿元", "家", "人年"),
  baseline: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 10),
  target: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 10),
});
type PlanRow = typeof planRow extends fc.Arbitrary<infer T> ? T : never;

describe("properties", () => {
  it.each<[string, (rows: readonly PlanRow[]) => readonly string[]]>([
    [
      "TAB-separated, header repeated",
      (rows) => [
        "序号\t指标名称\t单位\t2020 年值\t2025 年目标",
        ...rows.flatMap((row, i) => [
          ...(i === 3 ? ["", "序号\t指标名称\t单位\t2020 年值\t2025 年目标"] : []),
          `${i + 1}\t${row.name}\t${row.unit}\t${row.baseline}\t${row.target}`,
        ]),
      ],
    ],
    [
      "stacked",
      (rows) =>
        stacked([
          ["指标", "2020年", "2025年", "属性"],
          ...rows.map((row) => [`${row.name}（${row.unit}）`, String(row.baseline), `≥${row.target}`, "预期性"]),
        ]),
    ],
    [
      "padded",
      (rows) =>
        padded([
          ["序号", "指标", "2020", "指标值", "2025", "目标值"],
          ...rows.map((row, i) => [String(i + 1), `${row.name}(${row.unit}`, String(row.baseline), String(row.target)]),
        ]),
    ],
  ])("every row of a %s table comes back with its figures", (_, layout) => {
    fc.assert(
      fc.property(fc.array(planRow, { minLength: 1, maxLength: 8 }), (rows) => {
        const { indicators } = extractTables(["表 1 主要指标", "", ...layout(rows), "", "三、重点任务"]);
        expect(
          indicators.map((i) => [i.name, i.unit, i.baselineYear, i.baselineValue, i.targetYear, i.targetValue]),
        ).toEqual(rows.map((row) => [row.name, row.unit, 2020, row.baseline, 2025, row.target]));
      }),
    );
  });

  it("never throws on any lines, and every entry points at a line it quotes", () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("指标", "序号", "2015年", "2020", "目标值", "≥67", "—", "预期性", "1"),
    );
    const line = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.array(cell, { maxLength: 6 }).map((cells) => cells.join("\t")),
      cell,
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const { indicators, actuals } = extractTables(lines);
        for (const entry of [...indicators, ...actuals]) {
          expect(entry.line).toBeGreaterThanOrEqual(1);
          expect(entry.line).toBeLessThanOrEqual(lines.length);
          expect(entry.snippet.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads a megabyte of table-like text in linear time", () => {
    const block = [...seed("003").slice(316, 980), ...seed("004").slice(123, 140), ...seed("000").slice(64, 130)];
    const lines: string[] = [];
    let size = 0;
    while (size < 1_000_000) {
      lines.push(...block, "指标", "2015年", "序号\t指标\t2020年");
      size += block.join("\n").length + 20;
    }
    expect(extractTables(lines).indicators.length).toBeGreaterThan(0);
  });
});

describe("the golden table of seed plan tables", () => {
  it("is up to date", () => {
    const onDisk = readFileSync(GOLDEN_EXTRACT_TABLES_PATH, "utf8");
    if (onDisk !== renderGoldenExtractTables()) {
      throw new Error(
        `tests/core/golden/extract-tables.md is out of date: run \`${GOLDEN_EXTRACT_TABLES_COMMAND}\` and review the diff.`,
      );
    }
  });
});
