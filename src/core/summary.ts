/**
 * The compliance summary: one row per indicator as of a reporting year, in the order and words of a Chinese
 * mid-term evaluation table (指标 | 单位 | 基期值 | 目标值 | 最新值 | 完成进度 | 序时进度 | 评价), with the counts a
 * manager reads first. The task pane, the summary sheet and the command line's exports all render this one model.
 */
import { assess, type AssessedProjection, type NotAssessableReason } from "./assessment";
import { checkRow, type CheckThresholds } from "./checks";
import type { Finding, Severity } from "./findings";
import {
  STATUSES,
  type Attribute,
  type Baseline,
  type Indicator,
  type IndicatorId,
  type Observation,
  type Plan,
  type Status,
  type Target,
} from "./model";
import {
  cellKey,
  latestByCell,
  REVIEW_STATES,
  reviewState,
  type Explanation,
  type ReviewDecision,
  type ReviewState,
} from "./review";
import { DEFAULT_ASSESSMENT_THRESHOLDS, type AssessmentThresholds } from "./thresholds";

/** A flagged cell of a row: a year whose figure drew a warning, with where it stands in review. */
export interface ReviewedCell {
  readonly year: number;
  readonly state: ReviewState;
  readonly explanation: Explanation | null;
  readonly decision: ReviewDecision | null;
}

export interface SummaryRow {
  readonly indicatorId: IndicatorId;
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: Attribute | null;
  readonly baseline: Baseline | null;
  readonly target: Target;
  /** The most recent usable figure up to the reporting year; a figure with an error is not usable. */
  readonly latest: { readonly year: number; readonly value: number } | null;
  /** 完成进度 at the latest figure's year. */
  readonly completion: number | null;
  /** 序时进度 at the latest figure's year, so both progress columns speak of the same year. */
  readonly elapsed: number | null;
  /** 评价: the assessment at the latest figure's year; `no-data` when there is no usable figure. */
  readonly status: Status;
  readonly reason: NotAssessableReason | null;
  readonly projection: AssessedProjection | null;
  /** Errors, and warnings whose explanation the reviewer has not accepted, up to the reporting year. */
  readonly openFindings: readonly Finding[];
  /** Cells with warnings, by year. */
  readonly reviewedCells: readonly ReviewedCell[];
  /** The row's review standing: the least advanced state among its flagged cells. */
  readonly review: ReviewState;
}

export interface SummaryCounts {
  readonly byStatus: { readonly [S in Status]: number };
  /** Open findings by severity. */
  readonly bySeverity: { readonly [S in Severity]: number };
  /** Flagged cells by review state (`not-needed` is never counted: those cells are not flagged). */
  readonly byReview: { readonly [R in ReviewState]: number };
}

export interface Summary {
  readonly planId: string;
  readonly title: string;
  readonly reportingYear: number;
  readonly counts: SummaryCounts;
  readonly rows: readonly SummaryRow[];
}

export interface SummaryInput {
  readonly reportingYear: number;
  readonly explanations?: readonly Explanation[];
  readonly decisions?: readonly ReviewDecision[];
  readonly checkThresholds?: Partial<CheckThresholds>;
  readonly assessmentThresholds?: AssessmentThresholds;
}

/** Least advanced first: a row is only as far along as its least advanced flagged cell. */
const REVIEW_PROGRESS: readonly ReviewState[] = [
  "explanation-missing",
  "returned",
  "awaiting-review",
  "accepted",
  "not-needed",
];

/**
 * Summarises a plan's entered figures as of a reporting year.
 *
 * @example
 * summarise(chengdu13th, observations, { reportingYear: 2018 }).rows[3]
 * // → { name: "有效发明专利总量（件）", latest: { year: 2018, value: 30000 }, completion: 0.506, elapsed: 0.6,
 * //     status: "on-track", openFindings: [], review: "not-needed", … }
 */
export function summarise(plan: Plan, observations: readonly Observation[], input: SummaryInput): Summary {
  const explanations = latestByCell(input.explanations ?? []);
  const decisions = latestByCell(input.decisions ?? []);
  const byIndicator = groupBy(observations, (observation) => observation.indicatorId);
  const rows = plan.indicators.map((indicator) =>
    summariseIndicator(indicator, byIndicator.get(indicator.id) ?? [], plan, input, explanations, decisions),
  );
  return { planId: plan.id, title: plan.title, reportingYear: input.reportingYear, counts: countRows(rows), rows };
}

function summariseIndicator(
  indicator: Indicator,
  observations: readonly Observation[],
  plan: Plan,
  input: SummaryInput,
  explanations: ReadonlyMap<string, Explanation>,
  decisions: ReadonlyMap<string, ReviewDecision>,
): SummaryRow {
  const { reportingYear } = input;
  const asOf = observations.filter((observation) => observation.year <= reportingYear);
  const { findings, usable } = checkRow(indicator, asOf, {
    period: plan.period,
    ...(input.checkThresholds === undefined ? {} : { thresholds: input.checkThresholds }),
  });
  const latestYear = usable.size === 0 ? null : Math.max(...usable.keys());
  const latestValue = latestYear === null ? undefined : usable.get(latestYear);
  const latest = latestYear === null || latestValue === undefined ? null : { year: latestYear, value: latestValue };

  const assessment =
    latest === null
      ? null
      : assess(indicator, usable, latest.year, input.assessmentThresholds ?? DEFAULT_ASSESSMENT_THRESHOLDS);

  const warningsByYear = groupBy(
    findings.filter((finding) => finding.severity === "warning"),
    (finding) => finding.year,
  );
  const reviewedCells = [...warningsByYear]
    .sort(([a], [b]) => a - b)
    .map(([year, warnings]): ReviewedCell => {
      const explanation = explanations.get(cellKey(indicator.id, year)) ?? null;
      const decision = decisions.get(cellKey(indicator.id, year)) ?? null;
      return {
        year,
        state: reviewState(warnings, explanation ?? undefined, decision ?? undefined),
        explanation,
        decision,
      };
    });
  const acceptedYears = new Set(reviewedCells.filter((cell) => cell.state === "accepted").map((cell) => cell.year));

  return {
    indicatorId: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    attribute: indicator.attribute,
    baseline: indicator.baseline,
    target: indicator.target,
    latest,
    completion: assessment?.completion ?? null,
    elapsed: assessment?.elapsed ?? null,
    status: assessment?.status ?? "no-data",
    reason: assessment?.reason ?? null,
    projection: assessment?.projection ?? null,
    openFindings: findings.filter((finding) => finding.severity === "error" || !acceptedYears.has(finding.year)),
    reviewedCells,
    review: REVIEW_PROGRESS.find((state) => reviewedCells.some((cell) => cell.state === state)) ?? "not-needed",
  };
}

/** Counts of a set of rows; the pane recounts after a live re-check replaced some rows. */
export function countRows(rows: readonly SummaryRow[]): SummaryCounts {
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0 };
  const byReview = Object.fromEntries(REVIEW_STATES.map((state) => [state, 0])) as Record<ReviewState, number>;
  for (const row of rows) {
    byStatus[row.status] += 1;
    for (const finding of row.openFindings) bySeverity[finding.severity] += 1;
    for (const cell of row.reviewedCells) byReview[cell.state] += 1;
  }
  return { byStatus, bySeverity, byReview };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/** Columns of the summary table: the mid-term evaluation's eight first, then what monitoring adds. */
export const SUMMARY_COLUMNS = [
  "name",
  "unit",
  "baseline",
  "target",
  "latest",
  "completion",
  "elapsed",
  "status",
  "attribute",
  "latestYear",
  "projection",
  "openFindings",
  "explanation",
  "review",
] as const;

export type SummaryColumnKey = (typeof SUMMARY_COLUMNS)[number];
