/**
 * The check of a read monitoring sheet: every figure through the core's checks and assessment (`summarise`),
 * each finding placed on its cell (`Sheet!C5`). Pure, so the add-in's check and the command line's check of an
 * .xlsx file give the same findings at the same addresses.
 */
import { formatFinding, type Locale } from "../messages";
import { findingHead, type Finding } from "../findings";
import type { IndicatorId, Plan } from "../model";
import { cellKey, type Explanation, type ReviewDecision } from "../review";
import { summarise, type Summary } from "../summary";
import { cellAddress, qualifiedAddress } from "./a1";
import { observationsOf } from "./observations";
import { cellAt, firstRows, textOf, type SheetReading } from "./sheet-reading";
import { typedDecision, yearLines } from "./words";
import type { WorkbookState } from "./state";

export interface LocatedFinding {
  readonly finding: Finding;
  /** `Sheet!C5`: the flagged cell, or the row's status cell when the year has no column. */
  readonly address: string;
  readonly message: string;
}

export interface CheckResult {
  readonly findings: readonly LocatedFinding[];
  readonly summary: Summary;
  /**
   * `cellKey(indicatorId, year)` → `Sheet!C5` for every year cell of the plan's rows: where a reviewer jumps to a
   * cell whose warning was accepted and so is no longer a finding.
   */
  readonly addresses: ReadonlyMap<string, string>;
}

export interface AssessOptions {
  readonly locale: Locale;
  /** The indicators to check; all of the plan's when null. */
  readonly only: ReadonlySet<IndicatorId> | null;
  /** The year statuses are assessed at; the last year column of the sheet when left out. */
  readonly reportingYear?: number;
}

/**
 * @example
 * assessSheet(state, "指标监测", reading, { locale: "zh-CN", only: null }).findings[0]
 * // → { finding: { code: "unreadable-figure", year: 2017, … }, address: "指标监测!J6", message: "2017年填报值“待统计”不是数字…" }
 */
export function assessSheet(
  state: WorkbookState,
  sheetName: string,
  reading: SheetReading,
  options: AssessOptions,
): CheckResult {
  const plan: Plan =
    options.only === null
      ? state.plan
      : { ...state.plan, indicators: state.plan.indicators.filter((indicator) => options.only?.has(indicator.id)) };
  const { observations, addresses } = observationsOf(plan, reading, sheetName);
  const years = [...reading.columns.years.keys()];
  const reportingYear = options.reportingYear ?? (years.length === 0 ? plan.period.end : Math.max(...years));
  const typed = typedInSheet(reading);
  const summary = summarise(plan, observations, {
    reportingYear,
    explanations: [...state.explanations, ...unsaved(typed.explanations, state.explanations)],
    decisions: [...state.decisions, ...unsaved(typed.decisions, state.decisions)],
  });

  const rowOf = firstRows(reading);
  const statusColumn = reading.columns.fixed.get("status") ?? null;
  const statusAddress = (indicatorId: IndicatorId): string => {
    const row = rowOf.get(indicatorId)?.row;
    return row === undefined || statusColumn === null
      ? qualifiedAddress(sheetName, "A1")
      : qualifiedAddress(sheetName, cellAddress({ row, column: statusColumn }));
  };
  const findings: LocatedFinding[] = summary.rows.flatMap((row) =>
    row.openFindings.map((finding) => ({
      finding,
      address: addresses.get(cellKey(finding.indicatorId, finding.year)) ?? statusAddress(finding.indicatorId),
      message: formatFinding(finding, options.locale),
    })),
  );
  if (options.only !== null) return { findings, summary, addresses };
  const misplaced = rowFindings(state.plan, reading, sheetName, options.locale);
  const bySeverity = { ...summary.counts.bySeverity };
  for (const { finding } of misplaced) bySeverity[finding.severity] += 1;
  return {
    findings: [...findings, ...misplaced],
    summary: { ...summary, counts: { ...summary.counts, bySeverity } },
    addresses,
  };
}

/**
 * Findings about rows rather than figures: something in a year cell of a row without an indicator id (no indicator
 * counts it), and a row whose 指标 cell names another indicator than its id (rows sorted without the hidden id
 * column). Only a check of the whole sheet makes them: they belong to no one indicator's recheck.
 */
function rowFindings(plan: Plan, reading: SheetReading, sheetName: string, locale: Locale): readonly LocatedFinding[] {
  const years = [...reading.columns.years].sort(([a], [b]) => a - b);
  const at = (row: number, column: number): string => qualifiedAddress(sheetName, cellAddress({ row, column }));
  const located = (finding: Finding, address: string): LocatedFinding => ({
    finding,
    address,
    message: formatFinding(finding, locale),
  });
  const found: LocatedFinding[] = [];
  for (const row of reading.strays) {
    for (const [year, column] of years) {
      const text = textOf(cellAt(reading.grid, row, column));
      if (text === "") continue;
      const head = { ...findingHead({ id: "", unit: null }, year, "row-without-id"), expected: null, threshold: null };
      found.push(located({ ...head, actual: text }, at(row, column)));
    }
  }
  const nameColumn = reading.columns.fixed.get("name");
  if (nameColumn === undefined) return found;
  const names = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  for (const { row, indicatorId } of reading.rows) {
    const indicator = names.get(indicatorId);
    const written = textOf(cellAt(reading.grid, row, nameColumn));
    if (indicator === undefined || written === "" || sameName(written, indicator.name)) continue;
    const first = years.find(([, column]) => textOf(cellAt(reading.grid, row, column)) !== "");
    if (first === undefined) continue;
    const finding = {
      ...findingHead(indicator, first[0], "name-mismatch"),
      expected: indicator.name,
      actual: written,
      threshold: null,
    };
    found.push(located(finding, at(row, nameColumn)));
  }
  return found;
}

/** Spaces and line breaks typed or wrapped into a name do not make it another indicator's. */
function sameName(a: string, b: string): boolean {
  return a.replace(/\s+/gu, "") === b.replace(/\s+/gu, "");
}

/**
 * Explanations and decisions typed straight into a row's 审核说明 / 审核意见 cell as `2017年：…` lines, the way the
 * add-in writes them: districts without the add-in fill the template in any spreadsheet program and the bureau
 * checks it on the command line. Unsigned and undated (author, reviewer and `at` are ""), so an entry saved in the
 * state with a time is always the later one.
 */
function typedInSheet(reading: SheetReading): {
  readonly explanations: readonly Explanation[];
  readonly decisions: readonly ReviewDecision[];
} {
  const explanations: Explanation[] = [];
  const decisions: ReviewDecision[] = [];
  const explanationColumn = reading.columns.fixed.get("explanation");
  const reviewColumn = reading.columns.fixed.get("review");
  for (const { row, indicatorId } of firstRows(reading).values()) {
    if (explanationColumn !== undefined) {
      for (const [year, text] of yearLines(textOf(cellAt(reading.grid, row, explanationColumn)))) {
        explanations.push({ indicatorId, year, text, author: "", at: "" });
      }
    }
    if (reviewColumn !== undefined) {
      for (const [year, text] of yearLines(textOf(cellAt(reading.grid, row, reviewColumn)))) {
        const typed = typedDecision(text);
        if (typed !== null) decisions.push({ indicatorId, year, ...typed, reviewer: "", at: "" });
      }
    }
  }
  return { explanations, decisions };
}

/**
 * The typed entries for cells the state says nothing about: where the state has an entry, the add-in wrote the
 * cell's line from it, and the state's signed history is the one that counts.
 */
function unsaved<T extends { readonly indicatorId: IndicatorId; readonly year: number }>(
  typed: readonly T[],
  saved: readonly T[],
): readonly T[] {
  const known = new Set(saved.map((entry) => cellKey(entry.indicatorId, entry.year)));
  return typed.filter((entry) => !known.has(cellKey(entry.indicatorId, entry.year)));
}
