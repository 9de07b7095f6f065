/*
 * Writes tests/core/golden/extract-text.md: real plan sentences, and every seed plan whole, beside the targets and
 * past figures extractTextTargets reads from their running text. Reviewers read the diff of that file;
 * tests/core/extract-text.test.ts fails when it is stale.
 *
 *   npx tsx scripts/golden-extract-text.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { splitLines } from "../src/core/extract/lines";
import { extractTextTargets } from "../src/core/extract/text";
import type { ExtractedActual, ExtractedIndicator } from "../src/core/extract/types";

export const GOLDEN_EXTRACT_TEXT_PATH = join(__dirname, "..", "tests", "core", "golden", "extract-text.md");
export const GOLDEN_EXTRACT_TEXT_COMMAND = "npx tsx scripts/golden-extract-text.ts";
export const SEEDS_DIR = join(__dirname, "..", "tests", "fixtures", "seeds");

type Period = readonly [number, number] | null;

/** The seed plans with the periods their titles state (seed 002, an 实施意见, states none). */
export const SEEDS: readonly { readonly file: string; readonly period: Period }[] = [
  { file: "000_fe8123ca23c369e9.txt", period: [2016, 2020] },
  { file: "001_debec1ccd95cebf5.txt", period: [2021, 2025] },
  { file: "002_e1c82c5e15ec283a.txt", period: null },
  { file: "003_650c5ad76bff8716.txt", period: [2016, 2020] },
  { file: "004_89dd4949d2fb5def.txt", period: [2021, 2025] },
];

export const seedLines = (file: string): readonly string[] => splitLines(readFileSync(join(SEEDS_DIR, file), "utf8"));

interface Case {
  readonly lines: readonly string[];
  readonly period: Period;
  /** Where the example comes from, so a reviewer can judge whether the reading is right. */
  readonly note: string;
}

const sentence = (note: string, period: Period, ...texts: readonly string[]): readonly Case[] =>
  texts.map((text) => ({ lines: [text], period, note }));

const CASES: readonly Case[] = [
  ...sentence(
    "seed 001: several targets in one sentence; a verb before a list of number-first names",
    [2021, 2025],
    "到2025年，每万人发明专利拥有量达39件，全市技术合同成交总额超过1800亿元。",
    "到2025年，力争建成1个国家实验室、1个国家技术创新中心、3个重大科技基础设施，新增20个国家级科技创新平台，初步建成具有全国影响力的科技创新中心。",
    "重点培育一批高端要素汇集、产出效益明显、竞争优势突出的高品质科创空间，到2025年，全面建成2000万平方米以上高品质科创空间。",
  ),
  ...sentence(
    "seed 002: 2020 targets, then 2025 targets in the same paragraph; a range",
    null,
    "（三）主要目标。到2020年，建成国际创新创业中心基本框架体系，实现总产值10000亿元，聚集科技企业10000家，发明专利授权达到11000件，万人发明专利拥有量突破200件。到2025年，实现总产值15000亿元，形成3-5个千亿元级产业集群。",
  ),
  {
    lines: [
      "到2020年全面进入创新驱动阶段，在西部地区率先实现创新驱动引领型发展。",
      "2、具体目标",
      "",
      "——创新能力明显增强。全市科技进步贡献率达67%，全社会R&D支出占GDP的比重达到4.0%以上，规模以上工业企业研发投入占主营业务收入比重达到2.1%以上。",
    ],
    period: [2016, 2020],
    note: "seed 000: a '——' goal paragraph restating table 1 under the year of the paragraph before its heading",
  },
  {
    lines: ["三、发展目标", "——创新绩效显著提高。有效发明专利总量达到40000件以上，技术市场交易额实现600亿元。"],
    period: [2016, 2020],
    note: "a goal heading with no year before it: the targets are for the end of the plan period",
  },
  ...sentence(
    "seed 000: past figures with their year are actuals",
    [2016, 2020],
    "2015年，专利申请量达到77538件，是2010年（31261件）的2.5倍，年均增速19.9%；专利授权量为44852件。",
    "2015年，我市高新技术产业产值突破七千亿，达到7858.41亿元。",
  ),
  ...sentence(
    "seed 003: a baseline with its year; doubling; approximate figures in a list",
    [2016, 2020],
    "万人发明专利拥有量由2010年的1.1件提高到2015年的4.3件。",
    "到2020年,两江新区和高新区高新技术产业增加值占工业增加值比重高于全市平均水平50%以上,万人发明专利数实现翻番。",
    "到2020年,创建国家级农业科技园区10个左右、市级农业产业科技示范区20个左右。",
    "“十二五”末,战略性新兴产业产值占工业总产值的比重为19.6%。",
  ),
  ...sentence(
    "seed 004: spaces around figures, other units than the table, the subject carried to `占…`",
    [2021, 2025],
    "到 2025 年，全省高新技术产业营业收入突破 2.96 万亿元，占规上工业比重超过 38%。",
    "到 2020 年，全省共建成国家级重点实验室 14 个，省级重点实验室 130 个，各类孵化载体突破 1000 家。",
  ),
  ...sentence(
    "not targets: boilerplate, names with numbers, ordinals, qualitative goals",
    [2021, 2025],
    "到2025年，2025.4.23-25 中国西部国际博览城举办成都国际工业博览会。",
    "到2025年，联系电话86-21-20557000/86-21-22068388。",
    "到2025年，深入对接“中国制造2025”“互联网+”等发展战略，推进“十三五”规划和“2035年远景目标”。",
    "到2025年，《纲要》全文共分为12篇，第五篇部署科技创新工作，两区一城成为创新主阵地。",
    "到2025年，1.智能机器人；（三）攻克一批关键核心技术，进入世界前1%。",
  ),
  {
    lines: ["  第一章 发展基础与趋势………………………………………(5) ", "(一) 发展基础.....\t1"],
    period: null,
    note: "not targets: table-of-contents lines",
  },
  {
    lines: ["到2020年全面进入创新驱动阶段。", "\t≥67", "\t科技进步贡献率（%）\t62\t≥67\t预期性", "  2020 "],
    period: [2016, 2020],
    note: "not targets: table cells and TAB rows after an anchor (the table extractor reads them)",
  },
];

const code = (value: string): string =>
  value === "" ? "" : `\`${value.replaceAll("|", "\\|").replaceAll("`", "ˋ")}\``;

function reading(entry: ExtractedIndicator): string {
  const value =
    entry.comparator === "range"
      ? `${entry.targetLow ?? ""}…${entry.targetHigh ?? ""}`
      : entry.comparator === "x2"
        ? ""
        : String(entry.targetValue ?? "");
  const extras = [
    entry.increment ? "increment" : "",
    entry.direction === "decrease" ? "decrease" : "",
    entry.attribute ?? "",
    entry.baselineYear === null && entry.baselineValue === null
      ? ""
      : `baseline ${entry.baselineYear ?? "?"}: ${entry.baselineValue ?? "?"}`,
  ];
  return [`\`${entry.comparator}\``, value, entry.unit === null ? "" : code(entry.unit), ...extras]
    .filter((part) => part !== "")
    .join(" ");
}

const targetCell = (entry: ExtractedIndicator): string =>
  `target ${entry.targetYear ?? "?"} ${code(entry.name)} ${reading(entry)} (line ${entry.line})`;
const actualCell = (entry: ExtractedActual): string =>
  `actual ${entry.year} ${code(entry.name)} ${entry.value}${entry.unit === null ? "" : ` ${code(entry.unit)}`} (line ${entry.line})`;

function caseRow({ lines, period, note }: Case): string {
  const { indicators, actuals } = extractTextTargets(lines, { period });
  const entries = [...indicators.map(targetCell), ...actuals.map(actualCell)];
  const input = lines.map((line) => code(line.replaceAll("\t", "→"))).join("<br>");
  return `| ${input} | ${period === null ? "—" : period.join("–")} | ${entries.join("<br>") || "(nothing)"} | ${note} |`;
}

function seedSection({ file, period }: (typeof SEEDS)[number]): readonly string[] {
  const { indicators, actuals } = extractTextTargets(seedLines(file), { period });
  return [
    `### ${file} (period ${period === null ? "not given" : period.join("–")}): ${indicators.length} targets, ${actuals.length} actuals`,
    "",
    "| line | kind | year | name | reading | snippet |",
    "|---|---|---|---|---|---|",
    ...indicators.map(
      (entry) =>
        `| ${entry.line} | target | ${entry.targetYear ?? ""} | ${code(entry.name)} | ${reading(entry)} | ${code(entry.snippet)} |`,
    ),
    ...actuals.map(
      (entry) =>
        `| ${entry.line} | actual | ${entry.year} | ${code(entry.name)} | ${entry.value}${entry.unit === null ? "" : ` ${code(entry.unit)}`} | ${code(entry.snippet)} |`,
    ),
    "",
  ];
}

/** The whole golden file, deterministic so that a stale copy shows as a diff. */
export function renderGoldenExtractText(): string {
  return [
    "# Targets in running text → extractTextTargets",
    "",
    `Generated by \`${GOLDEN_EXTRACT_TEXT_COMMAND}\`; do not edit by hand. Values stay in the unit written;`,
    "`→` shows a TAB. Each figure binds to the nearest year anchor before it; years before the period give actuals.",
    "",
    "## Sentences",
    "",
    "| input | period | entries | from |",
    "|---|---|---|---|",
    ...CASES.map(caseRow),
    "",
    "## Whole seed plans",
    "",
    ...SEEDS.flatMap(seedSection),
  ].join("\n");
}

if (process.argv[1]?.endsWith("golden-extract-text.ts") === true) {
  writeFileSync(GOLDEN_EXTRACT_TEXT_PATH, renderGoldenExtractText(), "utf8");
}
