/**
 * Helpers for the adapter's tests against the simulator: a host, and an oracle that reads the monitoring sheet
 * straight from the simulator's model (not through the adapter), so a test compares the adapter with the
 * workbook itself.
 */
import { createSimulator, type Simulator, type SimulatorOptions } from "../../src/workbench/simulator";
import { simulatorHost, type ExcelHost } from "../../src/excel/excel-host";
import { STATE_SHEET } from "../../src/core/workbook/state";
import type { Indicator, Plan } from "../../src/core/model";

export interface Setup {
  readonly sim: Simulator;
  readonly host: ExcelHost;
}

export function setup(options: SimulatorOptions = {}): Setup {
  const sim = createSimulator(options);
  return { sim, host: simulatorHost(sim) };
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The monitoring sheet: the one visible sheet whose used range has the `指标编号` / `Indicator id` header. */
export interface SheetOracle {
  readonly name: string;
  /** 1-based header row. */
  readonly headerRow: number;
  readonly column: (header: string | RegExp) => number | null;
  readonly yearColumn: (year: number) => number | null;
  /** 1-based rows whose id cell is `id`. */
  readonly rowsOf: (id: string) => readonly number[];
  readonly value: (row: number, column: number) => string | number | boolean;
  readonly address: (row: number, column: number) => string;
  readonly lastRow: number;
}

const ID_HEADERS = new Set(["指标编号", "Indicator id"]);

export function monitoringSheet(sim: Simulator): SheetOracle {
  for (const name of sim.workbook.sheetNames) {
    if (name === STATE_SHEET) continue;
    const used = sim.workbook.sheet(name)?.usedRange;
    if (used === null || used === undefined) continue;
    const values = sim.workbook.values(name, `A1:${used.split(":")[1] ?? used}`) ?? [];
    const headerIndex = values.findIndex((row) => row.some((cell) => typeof cell === "string" && ID_HEADERS.has(cell)));
    if (headerIndex < 0) continue;
    const header = values[headerIndex] ?? [];
    const idColumn = header.findIndex((cell) => typeof cell === "string" && ID_HEADERS.has(cell));
    const column = (label: string | RegExp): number | null => {
      const index = header.findIndex((cell) => (typeof label === "string" ? cell === label : label.test(String(cell))));
      return index < 0 ? null : index + 1;
    };
    return {
      name,
      headerRow: headerIndex + 1,
      column,
      yearColumn: (year) => column(new RegExp(`^${year}年?$`, "u")),
      rowsOf: (id) => values.flatMap((row, index) => (index > headerIndex && row[idColumn] === id ? [index + 1] : [])),
      value: (row, col) => values[row - 1]?.[col - 1] ?? "",
      address: (row, col) => `${columnLetters(col - 1)}${row}`,
      lastRow: values.findLastIndex((row) => row.some((cell) => cell !== "")) + 1,
    };
  }
  throw new Error("no monitoring sheet in the workbook");
}

/** The 15-year synthetic plan of the sync-count tests: `n` indicators, periods 2011–2024 (years 2010–2024). */
export function syntheticPlan(n: number): Plan {
  return {
    id: "synthetic",
    title: `合成规划（${n}项指标）`,
    region: "某市",
    period: { start: 2011, end: 2024 },
    indicators: Array.from({ length: n }, (_, i) => ({
      id: `synthetic:指标${i}:2024`,
      name: `指标${i}`,
      unit: i % 2 === 0 ? "件" : "%",
      attribute: i % 3 === 0 ? "约束性" : "预期性",
      direction: "increase",
      measure: i % 2 === 0 ? "count" : "share",
      baseline: { year: 2010, value: i % 2 === 0 ? 1000 : 40 },
      target: { comparator: ">=", year: 2024, value: i % 2 === 0 ? 2000 : 60 },
      provenance: [],
    })),
  };
}

/** The plan's indicator at `index`; a fixture that lost it fails the test at once. */
export function indicatorAt(plan: Plan, index: number): Indicator {
  const found = plan.indicators[index];
  if (found === undefined) throw new Error(`the plan has no indicator ${index}`);
  return found;
}
