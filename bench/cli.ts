/**
 * `cli.check_200`: the command line's check of 200 filled district workbooks, in-process with the very functions
 * `plan-monitor check` runs (read the .xlsx, find the monitoring sheet and the state, check and assess every
 * figure), against a baseline in the same run that only loads the same files with exceljs. The ratio is the cost
 * of everything we add to exceljs's own reading; the goal is 1.3 at most.
 *
 * The workbooks are the template of a built-in plan filled with synthetic figures, as people type them (plain
 * numbers, `1.2万`, `——`, `待统计`), written to a temporary folder once before timing.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkMonitorWorkbook, readMonitorWorkbook } from "../src/cli/xlsx/read-workbook";
import { builtInPlan, DEFAULT_PLAN_ID } from "../src/plans";
import { filledTemplate } from "../tests/support/filled-template";
import { compareTimesAsync, type BenchRow } from "./harness";

const DISTRICTS = 200;
const GOAL_RATIO = 1.3;

/** District d's figure for indicator i in a year: growth from the baseline, with the odd magnitude or marker. */
function figure(baseline: number, district: number, indicator: number, yearIndex: number): string | number {
  const value = Math.round(baseline * (1 + 0.03 * (yearIndex + 1) + 0.001 * district) * 100) / 100;
  const pick = (district + indicator + yearIndex) % 23;
  if (pick === 0) return `${value / 10000}万`;
  if (pick === 1) return "——";
  if (pick === 2) return "待统计";
  return value;
}

export async function benchCli(): Promise<BenchRow[]> {
  const plan = builtInPlan(DEFAULT_PLAN_ID);
  if (plan === null) throw new Error(`no built-in plan ${DEFAULT_PLAN_ID}`);
  const dir = mkdtempSync(join(tmpdir(), "plan-monitor-bench-"));
  try {
    const files: string[] = [];
    for (let district = 0; district < DISTRICTS; district++) {
      const file = join(dir, `区县${String(district).padStart(3, "0")}.xlsx`);
      const bytes = await filledTemplate(plan, (indicator, year) => {
        const yearIndex = year - plan.period.start;
        // Reports reach the fourth year of the plan; later years are still empty.
        if (yearIndex < 0 || yearIndex > 3) return null;
        return figure(plan.indicators[indicator]?.baseline?.value ?? 100, district, indicator, yearIndex);
      });
      writeFileSync(file, bytes);
      files.push(file);
    }
    let findings = 0;
    const check = async (): Promise<void> => {
      findings = 0;
      for (const file of files) {
        const workbook = await readMonitorWorkbook(file);
        findings += checkMonitorWorkbook(workbook, { locale: "zh-CN" }).findings.length;
      }
    };
    const readOnly = async (): Promise<void> => {
      for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
    };
    const row = await compareTimesAsync("cli.check_200", check, readOnly, 5, {
      goal_ratio: GOAL_RATIO,
      files: DISTRICTS,
      indicators: plan.indicators.length,
    });
    return [{ ...row, findings }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
