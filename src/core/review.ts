import type { Finding } from "./findings";
import type { IndicatorId } from "./model";

/**
 * Explanations (审核说明) and review decisions (审核意见) about one cell: an indicator in a reporting year.
 * Both keep their history: a reviewer may return an explanation, the staff member rewrites it, and the file that
 * travels between them must show who said what, and when.
 */
export interface Explanation {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly text: string;
  /** "" for an explanation typed straight into the sheet's 审核说明 cell (no add-in signed it). */
  readonly author: string;
  /** ISO 8601 timestamp; "" for one typed into the sheet, which any dated decision is later than. */
  readonly at: string;
}

export type Decision = "accepted" | "returned";

export interface ReviewDecision {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly decision: Decision;
  readonly comment: string;
  /** "" for a decision typed straight into the sheet's 审核意见 cell. */
  readonly reviewer: string;
  /** ISO 8601 timestamp; "" for one typed into the sheet. */
  readonly at: string;
}

/**
 * Where a cell stands in review:
 * - `not-needed`: no warning asks for an explanation (errors are fixed, not explained);
 * - `explanation-missing`: a warning fired and no explanation was written;
 * - `awaiting-review`: explained, and the explanation is newer than any decision;
 * - `accepted` / `returned`: the reviewer's latest decision on the latest explanation.
 */
export type ReviewState = "not-needed" | "explanation-missing" | "awaiting-review" | "accepted" | "returned";

export const REVIEW_STATES: readonly ReviewState[] = [
  "not-needed",
  "explanation-missing",
  "awaiting-review",
  "accepted",
  "returned",
];

/** Key of a cell for the maps below: one indicator, one year. */
export function cellKey(indicatorId: IndicatorId, year: number): string {
  return `${indicatorId}@${year}`;
}

/** ISO timestamps of one form compare as strings; `Date.parse` makes mixed forms (with and without ms) agree. */
function isLater(a: string, b: string): boolean {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(ta) || Number.isNaN(tb) ? a > b : ta > tb;
}

/** The latest entry per cell; history is kept elsewhere, decisions use the newest. */
export function latestByCell<
  T extends { readonly indicatorId: IndicatorId; readonly year: number; readonly at: string },
>(entries: readonly T[]): ReadonlyMap<string, T> {
  const latest = new Map<string, T>();
  for (const entry of entries) {
    const key = cellKey(entry.indicatorId, entry.year);
    const current = latest.get(key);
    if (current === undefined || !isLater(current.at, entry.at)) latest.set(key, entry);
  }
  return latest;
}

/**
 * The review state of one cell from its findings and the latest explanation and decision about it.
 *
 * @example
 * reviewState([yoyWarning], { text: "统计口径调整", at: "2026-03-01T09:00:00Z", … }, undefined) // → "awaiting-review"
 */
export function reviewState(
  findings: readonly Finding[],
  explanation: Explanation | undefined,
  decision: ReviewDecision | undefined,
): ReviewState {
  if (!findings.some((finding) => finding.severity === "warning")) return "not-needed";
  if (explanation === undefined || explanation.text.trim() === "") return "explanation-missing";
  if (decision === undefined || isLater(explanation.at, decision.at)) return "awaiting-review";
  return decision.decision;
}
