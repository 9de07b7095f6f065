/**
 * User actions of review: save an explanation (审核说明) for a flagged cell, save a reviewer's decision (审核意见),
 * and remember who is signing. Each appends to the history kept in the workbook's state and shows the latest
 * text per year in the row's cell; what a decision means for the review state is the core's (`reviewState`).
 */
import type { IndicatorId } from "../core/model";
import { latestByCell, type Decision, type Explanation, type ReviewDecision } from "../core/review";
import { PlanMonitorError } from "./errors";
import type { ExcelHost } from "./excel-host";
import { stateWrites } from "../core/workbook/template-sheet";
import { cellAt, firstRows, textOf } from "../core/workbook/sheet-reading";
import type { WorkbookState } from "../core/workbook/state";
import { layoutOf, openState, queueSheetRead, type OpenedState } from "./workbook-read";
import { explanationCell, reviewCell } from "../core/workbook/words";
import { entry } from "../core/workbook/writes";
import { applyWrites, type WriteOp } from "./write-ops";

export interface ExplanationInput {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly text: string;
}

export interface ReviewInput {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly decision: Decision;
  readonly comment: string;
  /**
   * When the explanation the reviewer read was saved (`Explanation.at`): a decision applies to that text only, so
   * it is refused (`explanation-changed`) if staff have rewritten it since. Left out, or "" (an explanation typed
   * into the sheet, never saved), the latest one is decided on.
   */
  readonly explanationAt?: string;
}

export interface ClockOptions {
  /** The clock that stamps the entry; the system's when left out (tests pass a fixed one). */
  readonly now?: () => Date;
}

/** Who signs: the name Office gives, else the one typed once and kept in the workbook. */
function signer(host: ExcelHost, state: WorkbookState): string {
  const name = host.userName() ?? state.userName;
  if (name === null || name.trim() === "") throw new PlanMonitorError("user-name-missing");
  return name.trim();
}

type CellColumn = "explanation" | "review";

/**
 * Reads the row of the indicator, then writes its explanation or review cell and the state, in one more sync.
 * Three syncs in all.
 */
async function saveToRow<T>(
  host: ExcelHost,
  indicatorId: IndicatorId,
  column: CellColumn,
  update: (opened: OpenedState) => {
    readonly saved: T;
    readonly state: WorkbookState;
    readonly cell: (existing: string) => string;
  },
): Promise<T> {
  return host.run(async (context) => {
    const opened = await openState(context);
    const read = queueSheetRead(context, opened.monitor.name, { notes: false });
    await context.sync();
    const snapshot = read();
    const reading = layoutOf(snapshot, opened.monitor.name);
    const row = firstRows(reading).get(indicatorId)?.row;
    const at = reading.columns.fixed.get(column);
    if (row === undefined || at === undefined) throw new PlanMonitorError("unknown-indicator", indicatorId);
    const { saved, state, cell } = update(opened);
    const range = { top: row, left: at, bottom: row, right: at };
    const ops: WriteOp[] = [
      ...(snapshot.protected ? [{ kind: "unprotect", sheet: opened.monitor.name } as const] : []),
      // Both columns are laid out as text (`@`), but a paste can bring another format: set it again first, so the
      // text goes in as typed, `=` and all, never as a formula.
      { kind: "numberFormat", sheet: opened.monitor.name, range, formats: [["@"]] },
      {
        kind: "values",
        sheet: opened.monitor.name,
        range,
        values: [[entry(cell(textOf(cellAt(reading.grid, row, at))), true)]],
      },
      ...(snapshot.protected ? [{ kind: "protect", sheet: opened.monitor.name } as const] : []),
      ...stateWrites(state, { exists: true, rows: opened.stateRows }),
    ];
    await applyWrites(context, ops);
    return saved;
  });
}

function latestOfIndicator<T extends { readonly indicatorId: IndicatorId; readonly year: number; readonly at: string }>(
  entries: readonly T[],
  indicatorId: IndicatorId,
): readonly T[] {
  return [...latestByCell(entries.filter((e) => e.indicatorId === indicatorId)).values()];
}

/**
 * Saves an explanation, signed and dated, and shows it as the year's line of the row's 审核说明 cell (lines
 * people typed there themselves stay). Returns the entry saved.
 *
 * @example
 * await saveExplanation(host, { indicatorId, year: 2018, text: "统计口径调整" }, { now: () => new Date("2026-03-01T09:00:00Z") })
 * // → { indicatorId, year: 2018, text: "统计口径调整", author: "张三", at: "2026-03-01T09:00:00.000Z" }
 */
export async function saveExplanation(
  host: ExcelHost,
  input: ExplanationInput,
  options: ClockOptions = {},
): Promise<Explanation> {
  return saveToRow(host, input.indicatorId, "explanation", ({ state }) => {
    const explanation: Explanation = {
      indicatorId: input.indicatorId,
      year: input.year,
      text: input.text,
      author: signer(host, state),
      at: (options.now?.() ?? new Date()).toISOString(),
    };
    const next = { ...state, explanations: [...state.explanations, explanation] };
    const latest = new Map(latestOfIndicator(next.explanations, input.indicatorId).map((e) => [e.year, e.text]));
    return { saved: explanation, state: next, cell: (existing) => explanationCell(existing, latest, state.locale) };
  });
}

/**
 * Saves a reviewer's decision on a cell's explanation, signed and dated, and rewrites the row's 审核意见 cell
 * from the latest decision per year. Returns the entry saved.
 *
 * @example
 * await saveReview(host, { indicatorId, year: 2018, decision: "returned", comment: "请补充依据" })
 * // → { indicatorId, year: 2018, decision: "returned", comment: "请补充依据", reviewer: "李四", at: "…" }
 */
export async function saveReview(
  host: ExcelHost,
  input: ReviewInput,
  options: ClockOptions = {},
): Promise<ReviewDecision> {
  return saveToRow(host, input.indicatorId, "review", ({ state }) => {
    // An explanation typed straight into the sheet has no saved entry, so no time ("") to compare.
    if (input.explanationAt !== undefined && input.explanationAt !== "") {
      const latest = latestOfIndicator(state.explanations, input.indicatorId).find((e) => e.year === input.year);
      if (latest?.at !== input.explanationAt) throw new PlanMonitorError("explanation-changed");
    }
    const decision: ReviewDecision = {
      indicatorId: input.indicatorId,
      year: input.year,
      decision: input.decision,
      comment: input.comment,
      reviewer: signer(host, state),
      at: (options.now?.() ?? new Date()).toISOString(),
    };
    const next = { ...state, decisions: [...state.decisions, decision] };
    const latest = latestOfIndicator(next.decisions, input.indicatorId).map((d) => [d.year, d] as const);
    return { saved: decision, state: next, cell: () => reviewCell(latest, state.locale) };
  });
}

/**
 * Remembers the name that signs explanations and decisions, for hosts where Office does not say who is there
 * (Excel never does). Two syncs.
 *
 * @example await setUserName(host, "张三")
 */
export async function setUserName(host: ExcelHost, name: string): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === "") throw new PlanMonitorError("user-name-missing");
  await host.run(async (context) => {
    const { state, stateRows } = await openState(context);
    await applyWrites(context, stateWrites({ ...state, userName: trimmed }, { exists: true, rows: stateRows }));
  });
}
