/**
 * What the reviewer works through: one item per flagged cell of the last check, with the warnings the check
 * located on it, and the progress and counts the view shows above the list. Pure, so the view stays thin.
 */
import type { IndicatorId } from "../../core/model";
import { cellKey, type Explanation, type ReviewDecision, type ReviewState } from "../../core/review";
import type { CheckResult, LocatedFinding } from "../workbook";

/** Review states a flagged cell can be in (`not-needed` cells are not flagged), in the order a reviewer filters. */
export const REVIEW_FILTERS = ["awaiting-review", "returned", "explanation-missing", "accepted", "all"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];
export type FlaggedState = Exclude<ReviewFilter, "all">;

export interface ReviewItem {
  /** `cellKey(indicatorId, year)`: one item per cell. */
  readonly key: string;
  readonly indicatorId: IndicatorId;
  readonly name: string;
  readonly year: number;
  readonly state: ReviewState;
  readonly explanation: Explanation | null;
  readonly decision: ReviewDecision | null;
  readonly warnings: readonly LocatedFinding[];
  /** True when the warnings are remembered from an earlier check: accepting a cell closes its warnings. */
  readonly warningsRemembered: boolean;
  /** `Sheet!K8`, for 定位; null when no check located the cell. */
  readonly address: string | null;
}

/** Located warnings by cell. */
export type KnownWarnings = ReadonlyMap<string, readonly LocatedFinding[]>;

/**
 * The warnings of the latest check by cell, plus those remembered from earlier checks for cells the latest one no
 * longer lists. A check reports open findings only, so once an explanation is accepted its warning drops out; the
 * reviewer still wants to see what was accepted and to reach the cell.
 *
 * @example
 * rememberWarnings(new Map(), checked.findings).get("chengdu-13th-sti:有效发明专利总量:2020@2017")
 * // → [{ finding: { code: "year-on-year-change", … }, address: "指标监测!K8", message: "2017年数值较上年增长50.0%…" }]
 */
export function rememberWarnings(known: KnownWarnings, findings: readonly LocatedFinding[]): KnownWarnings {
  const latest = new Map<string, LocatedFinding[]>();
  for (const located of findings) {
    if (located.finding.severity !== "warning") continue;
    const key = cellKey(located.finding.indicatorId, located.finding.year);
    latest.set(key, [...(latest.get(key) ?? []), located]);
  }
  const remembered = new Map(known);
  for (const [key, warnings] of latest) remembered.set(key, warnings);
  return remembered;
}

/**
 * One item per flagged cell, in the plan's order and by year. `earlier` holds warnings remembered from earlier
 * checks (`rememberWarnings`); the latest check's own warnings always win.
 *
 * @example
 * reviewItems(checked, new Map())[0]
 * // → { name: "有效发明专利总量", year: 2017, state: "awaiting-review", explanation: { text: "统计口径调整", … },
 * //     warnings: [{ message: "2017年数值较上年增长50.0%…", … }], address: "指标监测!K8", … }
 */
export function reviewItems(checked: CheckResult, earlier: KnownWarnings): readonly ReviewItem[] {
  const latest = rememberWarnings(new Map(), checked.findings);
  return checked.summary.rows.flatMap((row) =>
    row.reviewedCells.map((cell): ReviewItem => {
      const key = cellKey(row.indicatorId, cell.year);
      const current = latest.get(key);
      const warnings = current ?? earlier.get(key) ?? [];
      const located = checked.findings.find(
        (f) => f.finding.indicatorId === row.indicatorId && f.finding.year === cell.year,
      );
      return {
        key,
        indicatorId: row.indicatorId,
        name: row.name,
        year: cell.year,
        state: cell.state,
        explanation: cell.explanation,
        decision: cell.decision,
        warnings,
        warningsRemembered: current === undefined && warnings.length > 0,
        address: located?.address ?? checked.addresses.get(key) ?? warnings[0]?.address ?? null,
      };
    }),
  );
}

export interface ReviewProgress {
  /** Explained cells with a decision on the latest explanation. */
  readonly reviewed: number;
  /** Flagged cells with an explanation: what a reviewer can review. */
  readonly explained: number;
  /** Flagged cells still waiting for an explanation. */
  readonly missing: number;
  readonly counts: { readonly [F in ReviewFilter]: number };
}

/**
 * @example
 * reviewProgress(items) // → { reviewed: 1, explained: 3, missing: 2, counts: { "awaiting-review": 2, accepted: 1, … } }
 */
export function reviewProgress(items: readonly ReviewItem[]): ReviewProgress {
  const counts: Record<ReviewFilter, number> = {
    "awaiting-review": 0,
    returned: 0,
    "explanation-missing": 0,
    accepted: 0,
    all: items.length,
  };
  for (const item of items) if (item.state !== "not-needed") counts[item.state] += 1;
  return {
    reviewed: counts.accepted + counts.returned,
    explained: counts.accepted + counts.returned + counts["awaiting-review"],
    missing: counts["explanation-missing"],
    counts,
  };
}

export function matchesFilter(item: ReviewItem, filter: ReviewFilter): boolean {
  return filter === "all" || item.state === filter;
}

export type HistoryEntry =
  | { readonly kind: "explanation"; readonly entry: Explanation }
  | { readonly kind: "decision"; readonly entry: ReviewDecision };

/**
 * Every explanation and decision about one cell, oldest first; at the same moment an explanation comes before the
 * decision on it.
 *
 * @example
 * cellHistory(overview.explanations, overview.decisions, indicatorId, 2017)
 * // → [{ kind: "explanation", entry: { author: "张三", … } }, { kind: "decision", entry: { reviewer: "李四", … } }]
 */
export function cellHistory(
  explanations: readonly Explanation[],
  decisions: readonly ReviewDecision[],
  indicatorId: IndicatorId,
  year: number,
): readonly HistoryEntry[] {
  const ofCell = (entry: { readonly indicatorId: IndicatorId; readonly year: number }) =>
    entry.indicatorId === indicatorId && entry.year === year;
  const entries: HistoryEntry[] = [
    ...explanations.filter(ofCell).map((entry) => ({ kind: "explanation" as const, entry })),
    ...decisions.filter(ofCell).map((entry) => ({ kind: "decision" as const, entry })),
  ];
  // Array.prototype.sort is stable, so ties keep explanations first.
  return entries.sort((a, b) => timeOf(a.entry.at) - timeOf(b.entry.at));
}

/** An unreadable timestamp sorts first rather than throwing: the history must still show. */
function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.MIN_SAFE_INTEGER : time;
}
