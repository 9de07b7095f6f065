/**
 * The year `check` and `summary` assess a workbook at. A district that has entered 2018 is judged against 2018's
 * share of the plan period, not the plan's last year, or every indicator would read as behind. Someone may ask for
 * a year with --year; otherwise it is the latest year with anything entered in that file.
 */
import type { Locale } from "../core/messages";
import type { PlanPeriod } from "../core/model";
import type { CheckResult } from "../core/workbook/assess";
import { cellAt } from "../core/workbook/sheet-reading";
import { checkMonitorWorkbook, type MonitorWorkbook } from "./xlsx/read-workbook";

/**
 * The latest year column with an entry in an indicator's row, within the plan period; the period's end if none.
 * An entry that does not read as a number counts too, so its finding is reported rather than cut off.
 *
 * @example latestEnteredYear(workbook) // → 2018 for a 2016–2020 plan filled in up to 2018
 */
export function latestEnteredYear(workbook: MonitorWorkbook): number {
  const { start, end } = workbook.state.plan.period;
  const entered = enteredYears(workbook);
  if (entered.length === 0) return end;
  return Math.min(end, Math.max(start, ...entered.map(([year]) => year)));
}

/** The year columns with an entry in some indicator's row, and their columns. */
function enteredYears({ reading }: MonitorWorkbook): (readonly [number, number])[] {
  return [...reading.columns.years].filter(([, column]) =>
    reading.rows.some(({ row }) => String(cellAt(reading.grid, row, column)).trim() !== ""),
  );
}

/** A template sent back as it went out: it would count as a district with nothing wrong. */
export function hasNoEntries(workbook: MonitorWorkbook): boolean {
  return enteredYears(workbook).length === 0;
}

export function withinPeriod(year: number, period: PlanPeriod): boolean {
  return year >= period.start && year <= period.end;
}

/** Checks a workbook at the year asked for, else at its latest entered year. */
export function checkAtYear(workbook: MonitorWorkbook, locale: Locale, asked: number | undefined): CheckResult {
  return checkMonitorWorkbook(workbook, { locale, reportingYear: asked ?? latestEnteredYear(workbook) });
}
