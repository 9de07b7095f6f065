/**
 * `excel.populate.syncs.n*` and `excel.check.syncs.n*`: round trips to Excel (`context.sync()` calls) of the
 * adapter's populate and check for 50, 500 and 2,000 indicators × 15 years, measured on the simulator, against a
 * naive adapter measured in the same run: one sync per row written (for the check, after one read of all rows).
 * Each row also carries the largest request's estimated bytes. Syncs, not milliseconds, are the unit: in Excel
 * each sync is a round trip, which the simulator does not charge (a sync there costs what it touches, so the
 * naive side's 4,000 syncs at 2,000 rows take seconds).
 *
 * Async (the simulator is): `for (const row of await benchExcel()) print(row)`.
 */
import { templateLayout } from "../src/core/layout";
import { statusLabel } from "../src/core/messages";
import type { Plan } from "../src/core/model";
import { check, populate, simulatorHost } from "../src/excel";
import { createSimulator, type Simulator } from "../src/workbench/simulator";
import type { BenchRow } from "./harness";

const SIZES = [50, 500, 2000] as const;
const YEARS = 15;

function plan(n: number): Plan {
  return {
    id: "bench-excel",
    title: `合成规划（${n}项指标）`,
    region: null,
    period: { start: 2011, end: 2024 },
    indicators: Array.from({ length: n }, (_, i) => ({
      id: `bench-excel:指标${i}:2024`,
      name: `指标${i}`,
      unit: "件",
      attribute: "预期性",
      direction: "increase",
      measure: "count",
      baseline: { year: 2010, value: 1000 },
      target: { comparator: ">=", year: 2024, value: 2000 },
      provenance: [],
    })),
  };
}

/** Figures as staff type them: mostly plain, some with magnitudes, markers or words. */
function figures(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: YEARS }, (_, y) => {
      const value = 1000 + 60 * y + (i % 7);
      return (i + y) % 11 === 0
        ? `${value / 10000}万`
        : (i + y) % 13 === 0
          ? "——"
          : (i + y) % 17 === 0
            ? "待统计"
            : value;
    }),
  );
}

interface Measured {
  readonly syncs: number;
  readonly maxRequestBytes: number;
}

async function measure(sim: Simulator, work: () => Promise<unknown>): Promise<Measured> {
  sim.stats.reset();
  await work();
  return {
    syncs: sim.stats.syncs,
    maxRequestBytes: Math.max(0, ...sim.stats.requests.map((request) => request.bytes)),
  };
}

const letters = (column: number): string => {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
};

/** The naive populate: the same values, one row per sync, as code that syncs inside its loop does. */
async function naivePopulate(sim: Simulator, source: Plan): Promise<void> {
  const model = templateLayout(source, "zh-CN");
  const right = letters(model.columns.length - 1);
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.add("naive");
    await context.sync();
    const rows = [
      ...model.titleRows.map((title) => model.columns.map((_, i) => (i === 0 ? `'${title}` : ""))),
      model.columns.map(() => ""),
      model.columns.map((column) => `'${column.header}`),
      ...model.rows.map((row) => row.cells.map((cell) => (typeof cell === "string" ? `'${cell}` : (cell ?? "")))),
    ];
    for (const [index, row] of rows.entries()) {
      sheet.getRange(`A${index + 1}:${right}${index + 1}`).values = [row];
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the naive pattern is the baseline
      await context.sync();
    }
  });
}

/** The naive check: one read of every row, then each row's status written with its own sync. */
async function naiveCheck(sim: Simulator, source: Plan, sheetName: string): Promise<void> {
  const model = templateLayout(source, "zh-CN");
  const statusColumn = letters(model.columns.findIndex((column) => column.key === "status"));
  const firstYear = model.columns.findIndex((column) => column.key === "year");
  const top = model.headerRow + 2;
  const bottom = top + source.indicators.length - 1;
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const block = sheet.getRange(`${letters(firstYear)}${top}:${letters(firstYear + YEARS - 1)}${bottom}`);
    block.load("values");
    await context.sync();
    for (const [i, values] of block.values.entries()) {
      const blank = values.some((value) => typeof value === "string");
      sheet.getRange(`${statusColumn}${top + i}`).values = [[statusLabel(blank ? "no-data" : "on-track", "zh-CN")]];
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the naive pattern is the baseline
      await context.sync();
    }
  });
}

function row(name: string, adapter: Measured, naive: Measured): BenchRow {
  return {
    name,
    value: adapter.syncs,
    unit: "syncs",
    baseline: naive.syncs,
    ratio: Number((adapter.syncs / naive.syncs).toPrecision(4)),
    payloadBytes: adapter.maxRequestBytes,
    baselinePayloadBytes: naive.maxRequestBytes,
  };
}

export async function benchExcel(sizes: readonly number[] = SIZES): Promise<BenchRow[]> {
  const populates: BenchRow[] = [];
  const checks: BenchRow[] = [];
  for (const n of sizes) {
    const source = plan(n);
    const model = templateLayout(source, "zh-CN");
    const start = `${letters(model.columns.findIndex((column) => column.key === "year"))}${model.headerRow + 2}`;
    const typed = figures(n);

    // Each side gets a workbook of its own, so both start from the same empty workbook.
    const naiveSim = createSimulator();
    const naivePopulated = await measure(naiveSim, () => naivePopulate(naiveSim, source));
    typeInto(naiveSim, "naive", start, typed);
    const naiveChecked = await measure(naiveSim, () => naiveCheck(naiveSim, source, "naive"));

    const sim = createSimulator();
    const host = simulatorHost(sim);
    const populated = await measure(sim, () => populate(host, source, "zh-CN"));
    typeInto(sim, model.sheetName, start, typed);
    const checked = await measure(sim, () => check(host, "zh-CN"));

    populates.push(row(`excel.populate.syncs.n${n}`, populated, naivePopulated));
    checks.push(row(`excel.check.syncs.n${n}`, checked, naiveChecked));
  }
  return [...populates, ...checks];
}

function typeInto(sim: Simulator, sheet: string, start: string, values: (string | number)[][]): void {
  const pasted = sim.user.paste(sheet, start, values);
  if (!pasted.ok) throw new Error(`paste into ${sheet}: ${pasted.message}`);
}
