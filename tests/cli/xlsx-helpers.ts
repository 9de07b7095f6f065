/**
 * Shared by the command line's .xlsx tests: a plan's cells located in the simulator, what people type, and the
 * comparable part of a check (findings by code, year, indicator, address and message; statuses by indicator).
 */
import type { Indicator } from "../../src/core/model";
import type { CheckResult } from "../../src/core/workbook/assess";
import type { Simulator } from "../../src/workbench/simulator";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { indicatorAt, monitoringSheet } from "../excel/sim";

export const contribution = indicatorAt(CHENGDU_13, 0);
export const patents = indicatorAt(CHENGDU_13, 3);
export const market = indicatorAt(CHENGDU_13, 5);
export const firms = indicatorAt(CHENGDU_13, 6);

/** Figures as people type them in any spreadsheet program: numbers, full-width digits, 万, words, dashes. */
export const TYPED: readonly (readonly [Indicator, number, string | number])[] = [
  [contribution, 2016, 63],
  [contribution, 2017, "１２.５"],
  [contribution, 2018, "待统计"],
  [patents, 2016, "2.2万"],
  [patents, 2017, "约25000"],
  [market, 2016, "——"],
  [market, 2017, 450],
  [firms, 2016, 1500],
  [firms, 2017, 9000],
];

/** `B7`-style address of an indicator's year cell on the simulator's monitoring sheet. */
export function simCell(sim: Simulator, indicator: Indicator, year: number): string {
  const sheet = monitoringSheet(sim);
  const row = sheet.rowsOf(indicator.id)[0];
  const column = sheet.yearColumn(year);
  if (row === undefined || column === null) throw new Error(`no cell for ${indicator.name} ${year}`);
  return sheet.address(row, column);
}

export function typeInSim(sim: Simulator, entries: readonly (readonly [Indicator, number, string | number])[]): void {
  const name = monitoringSheet(sim).name;
  for (const [indicator, year, value] of entries) {
    expect(sim.user.edit(name, simCell(sim, indicator, year), value)).toEqual({ ok: true });
  }
}

/** What a person compares between two checks: every finding where it is and what it says, and each status. */
export function comparable(result: CheckResult) {
  return {
    findings: result.findings.map(({ finding, address, message }) => ({
      code: finding.code,
      severity: finding.severity,
      indicatorId: finding.indicatorId,
      year: finding.year,
      address,
      message,
    })),
    statuses: result.summary.rows.map((row) => [row.indicatorId, row.status]),
  };
}
