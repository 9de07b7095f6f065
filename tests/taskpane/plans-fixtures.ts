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
