import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A seed plan's bytes exactly as the bureau received them. */
export const seedBytes = (file: string): Buffer => readFileSync(join(__dirname, "../fixtures/seeds", file));

export const seedText = (file: string): string => seedBytes(file).toString("utf8");

/** A small plan whose table and text disagree on one target, and whose first indicator's name would be a formula. */
export const CONFLICTING_PLAN = [
  "某市“十四五”科技创新规划",
  "",
  "表1 主要指标",
  "序号\t指标名称\t单位\t2020 年值\t2025 年目标",
  "1\t=SUM(A1:A9)创新指数\t%\t50\t60",
  "2\t高新技术企业数\t家\t100\t200",
  "",
  "到2025年，高新技术企业数达到300家。",
].join("\n");

/**
 * A paragraph stating two indicators on one line, one of them restated later with another target: settling that
 * conflict must touch the indicator it is about, not the other one on the same line.
 */
export const TWO_ON_ONE_LINE = [
  "某市“十三五”科技创新规划",
  "",
  "到2020年，R&D经费支出占地区生产总值比重达到3.5%，每万人发明专利拥有量达到20件。",
  "",
  "加强知识产权保护，到2020年，每万人发明专利拥有量达到25件。",
].join("\n");
