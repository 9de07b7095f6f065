/**
 * Status of an indicator in a reporting year: Statistics Canada's progress measure (observed ÷ required rate,
 * as implemented in Open SDG) adapted to 序时进度, with "target met" overriding. See docs/methodology.md.
 */
import type { Baseline, Indicator, IndicatorId, PathShape, Result, Status } from "./model";
import { fail, ok } from "./model";
import { pathShapeOf } from "./measure";
import { annualRate, chooseShape, completionShare, elapsedShare, pathValue, rateRatio } from "./path";
import type { ShapeFallback } from "./path";
import { projectTrendBefore, trendLogs, trendPoints } from "./projection";
import type { Projection, TrendPoint } from "./projection";
import { DEFAULT_ASSESSMENT_THRESHOLDS, type AssessmentThresholds } from "./thresholds";
import {
  effectiveTarget,
  favourableDirection,
  isWorseThanBaseline,
  meetsTarget,
  pathEnd,
  targetValueOf,
} from "./target";
import type { EffectiveTarget } from "./target";

/** Closed list of reasons an indicator cannot be assessed in a year. */
export type NotAssessableReason =
  /** The reporting year is not a whole year. */
  | "invalid-year"
  /** A target value or bound is not a finite number, a range is inverted, or the target year is not whole. */
  | "invalid-target"
  /** 翻一番 with no baseline to double. */
  | "x2-without-baseline"
  /** 翻一番 of zero or a negative baseline. */
  | "x2-non-positive-baseline"
  /** The baseline value is not a finite number or its year is not whole. */
  | "invalid-baseline"
  /** The target year is not after the baseline year, so there is no period to progress through. */
  | "target-not-after-baseline"
  /** The reporting year is before the baseline year. */
  | "year-before-baseline"
  /** The reporting year is the baseline year: nothing has elapsed yet. */
  | "baseline-year"
  /** An interim year of an indicator with no baseline: no path to compare with (the target year still is). */
  | "no-baseline";

export const NOT_ASSESSABLE_REASONS: readonly NotAssessableReason[] = [
  "invalid-year",
  "invalid-target",
  "x2-without-baseline",
  "x2-non-positive-baseline",
  "invalid-baseline",
  "target-not-after-baseline",
  "year-before-baseline",
  "baseline-year",
  "no-baseline",
];

export interface AssessedProjection extends Projection {
  /** Whether the projected value would meet the target. */
  readonly meetsTarget: boolean;
}

export interface Assessment {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly status: Status;
  /** Present only when the status is `not-assessable`. */
  readonly reason?: NotAssessableReason;
  /** The figure for the year, in the indicator's unit; null when there is none. */
  readonly actual: number | null;
  /** Where the path says the figure should be this year. */
  readonly expected: number | null;
  /** The target after `x2` is resolved; null when it cannot be. */
  readonly target: EffectiveTarget | null;
  /** The value the path heads to (`x2` → 2 × baseline; a range → its bound nearer the baseline). */
  readonly targetValue: number | null;
  /** 完成进度 = (A − B) / (T − B); null when undefined. */
  readonly completion: number | null;
  /** 序时进度 = (year − base year) / (target year − base year), clamped to [0, 1]. */
  readonly elapsed: number | null;
  /** The progress measure: observed ÷ required annual rate (= 完成进度 ÷ 序时进度 on a linear path). */
  readonly ratio: number | null;
  /** Observed change a year since the baseline: units on a linear path, a growth rate on a compound one. */
  readonly observedRate: number | null;
  /** Change a year needed from the baseline to reach the target in the target year. */
  readonly requiredRate: number | null;
  /** The ratio at or above which this indicator counts as on track (binding indicators use a stricter one). */
  readonly onTrackThreshold: number;
  /** The shape of the path used: the measure's shape unless a compound path had to fall back to linear. */
  readonly pathShape: PathShape;
  readonly shapeFallback: ShapeFallback | null;
  /** Target-year value projected from the recent trend; null with fewer than two points. */
  readonly projection: AssessedProjection | null;
}

/**
 * A figure exactly on a compound path comes back from pow/log as 0.9999999999…; it must still count as on the
 * path, so ratios are compared with this much slack. Far below any threshold a bureau would set.
 */
const RATIO_SLACK = 1e-9;

type ProgressStatus = "on-track" | "needs-acceleration" | "off-track";
type Bands = readonly (readonly [ProgressStatus, number])[];

function statusForRatio(ratio: number, bands: Bands): Status {
  return bands.find(([, min]) => ratio >= min - RATIO_SLACK)?.[0] ?? "deteriorating";
}

const validBaseline = (baseline: Baseline): boolean =>
  Number.isInteger(baseline.year) && Number.isFinite(baseline.value);

/**
 * Assesses one indicator in one reporting year. Total: every input gives an Assessment, never an exception.
 *
 * Order of decisions: a target met is `achieved` in any year; in or after the target year a target not met
 * is missed (`deteriorating` when worse than the baseline, else `off-track`); in an interim year the progress
 * ratio picks the band.
 *
 * @example
 * // 有效发明专利总量（件）: 19758 in 2015, ≥40000 in 2020 (seed 000, table 1), a hypothetical 30000 in 2018
 * assess(patents, new Map([[2018, 30000]]), 2018)
 * // → { status: "on-track", expected: 30167.07…, ratio: 0.98594…, completion: 0.50597…, elapsed: 0.6, … }
 */
export function assess(
  indicator: Indicator,
  series: ReadonlyMap<number, number>,
  year: number,
  thresholds: AssessmentThresholds = DEFAULT_ASSESSMENT_THRESHOLDS,
): Assessment {
  const plan = planOf(indicator, thresholds);
  const points = trendPoints(plan.baseline, series, year);
  return assessYear(plan, series, year, trendOf(points, undefined), points.length);
}

/**
 * Assesses an indicator in every given reporting year, in the order given: `assess` for each year, with what
 * does not depend on the year (target, path, thresholds, the sorted trend points) worked out once.
 *
 * @example
 * assessSeries(patents, new Map([[2016, 23000], [2018, 30000]]), [2016, 2017, 2018]).map((a) => a.status)
 * // → ["on-track", "no-data", "on-track"]
 */
export function assessSeries(
  indicator: Indicator,
  series: ReadonlyMap<number, number>,
  years: readonly number[],
  thresholds: AssessmentThresholds = DEFAULT_ASSESSMENT_THRESHOLDS,
): readonly Assessment[] {
  const plan = planOf(indicator, thresholds);
  // The trend points of year Y are the prefix of all points up to Y (see projectTrendBefore): one list serves all.
  const points = trendPoints(plan.baseline, series, Infinity);
  const logs = plan.resolved.ok && plan.resolved.value.shape === "compound" ? trendLogs(points) : undefined;
  const trend = trendOf(points, logs);
  return years.map((year) => assessYear(plan, series, year, trend, countUpTo(points, year)));
}

/**
 * The trend points of one series, their logarithms when known, and the projection last made from them. The
 * projection of a year depends on nothing of the year but how many points it sees, so a year that adds no
 * figure reuses the one before (held per call, so nothing outlives it).
 */
interface Trend {
  readonly points: readonly TrendPoint[];
  readonly logs: readonly number[] | undefined;
  lastCount: number;
  lastProjection: AssessedProjection | null;
}

function trendOf(points: readonly TrendPoint[], logs: readonly number[] | undefined): Trend {
  return { points, logs, lastCount: -1, lastProjection: null };
}

/** How many of the points (sorted by year) lie in or before `year`. */
function countUpTo(points: readonly TrendPoint[], year: number): number {
  let count = 0;
  while (count < points.length && (points[count] as TrendPoint).year <= year) count++;
  return count;
}

/** The path from the baseline to the target, fixed by the plan alone (not by any reported figure). */
interface PlanPath {
  readonly baseline: Baseline;
  /** The value the path heads to in the target year. */
  readonly end: number;
  readonly targetYear: number;
  readonly shape: PathShape;
  readonly fallback: ShapeFallback | null;
  /** False when the baseline is already at or past the target, so no change in the favourable direction is required. */
  readonly runsFavourably: boolean;
  /** Change a year needed from the baseline to reach the target in the target year. */
  readonly requiredRate: number | null;
}

/** What assessing an indicator needs whatever the year, worked out once per indicator. */
interface IndicatorPlan {
  readonly indicator: Indicator;
  readonly thresholds: AssessmentThresholds;
  readonly intended: PathShape;
  readonly onTrackThreshold: number;
  readonly bands: Bands;
  /** The baseline when valid; null when there is none (an invalid one makes `resolved` fail). */
  readonly baseline: Baseline | null;
  readonly resolved: Result<ResolvedPlan, NotAssessableReason>;
}

/** The target and the path of an indicator whose baseline and target are usable. */
interface ResolvedPlan {
  readonly target: EffectiveTarget;
  readonly targetValue: number | null;
  readonly path: PlanPath | null;
  readonly shape: PathShape;
}

function planOf(indicator: Indicator, thresholds: AssessmentThresholds): IndicatorPlan {
  const intended = pathShapeOf(indicator.measure);
  const onTrackThreshold = indicator.attribute === "约束性" ? thresholds.bindingOnTrack : thresholds.onTrack;
  const bands: Bands = [
    ["on-track", onTrackThreshold],
    ["needs-acceleration", thresholds.needsAcceleration],
    ["off-track", thresholds.offTrack],
  ];
  const given = indicator.baseline;
  const baseline = given !== null && !validBaseline(given) ? null : given;
  return { indicator, thresholds, intended, onTrackThreshold, bands, baseline, resolved: resolve(indicator, intended) };
}

function resolve(indicator: Indicator, intended: PathShape): Result<ResolvedPlan, NotAssessableReason> {
  const baseline = indicator.baseline;
  if (baseline !== null && !validBaseline(baseline)) return fail("invalid-baseline");
  const effective = effectiveTarget(indicator.target, baseline);
  if (!effective.ok) return fail(effective.issues[0]?.code ?? "invalid-target");
  const target = effective.value;
  const path = baseline === null ? null : planPath(indicator, target, baseline);
  const targetValue = targetValueOf(target, baseline?.value ?? null);
  return ok({ target, targetValue, path, shape: path?.shape ?? intended });
}

type Draft = { -readonly [K in keyof Assessment]: Assessment[K] };

/** `assess` in one year; the first `pointCount` of the trend's points are `trendPoints(baseline, series, year)`. */
function assessYear(
  plan: IndicatorPlan,
  series: ReadonlyMap<number, number>,
  year: number,
  trend: Trend,
  pointCount: number,
): Assessment {
  const { indicator, thresholds, baseline } = plan;
  const figure = series.get(year);
  const actual = figure !== undefined && Number.isFinite(figure) ? figure : null;
  // One object per year, filled in as the facts become known: this runs for every indicator and year, and
  // building it once (fields in a fixed order) avoids a chain of partial objects spread into each other.
  const draft: Draft = {
    indicatorId: indicator.id,
    year,
    status: "not-assessable",
    actual,
    expected: null,
    target: null,
    targetValue: null,
    completion: null,
    elapsed: null,
    ratio: null,
    observedRate: null,
    requiredRate: null,
    onTrackThreshold: plan.onTrackThreshold,
    pathShape: plan.intended,
    shapeFallback: null,
    projection: null,
  };

  if (!Number.isInteger(year)) return notAssessable(draft, "invalid-year");
  if (!plan.resolved.ok) return notAssessable(draft, plan.resolved.issues[0] ?? "invalid-target");

  const { target, targetValue, path, shape } = plan.resolved.value;
  const targetYear = indicator.target.year;
  const tolerance = thresholds.equalTolerance;
  if (trend.lastCount !== pointCount) {
    const { points, logs } = trend;
    const projected = projectTrendBefore(points, pointCount, targetYear, shape, thresholds.projectionWindow, logs);
    trend.lastProjection =
      projected === null ? null : withVerdict(projected, meetsTarget(projected.value, target, tolerance));
    trend.lastCount = pointCount;
  }
  draft.target = target;
  draft.targetValue = targetValue;
  draft.pathShape = shape;
  draft.shapeFallback = path?.fallback ?? null;
  draft.projection = trend.lastProjection;
  if (baseline !== null) {
    if (targetYear <= baseline.year) return notAssessable(draft, "target-not-after-baseline");
    if (year < baseline.year) return notAssessable(draft, "year-before-baseline");
    if (year === baseline.year) return notAssessable(draft, "baseline-year");
  }

  if (path !== null) fillPathAt(draft, path, year);
  if (actual === null) return done(draft, "no-data");
  if (path !== null) fillProgress(draft, path, actual, year);
  if (meetsTarget(actual, target, tolerance)) return done(draft, "achieved");

  const atTargetYear = year >= targetYear;
  if (baseline === null) return atTargetYear ? done(draft, "off-track") : notAssessable(draft, "no-baseline");
  const missed: Status = isWorseThanBaseline(actual, baseline.value, target) ? "deteriorating" : "off-track";
  const ratio = draft.ratio;
  return done(draft, atTargetYear || ratio === null ? missed : statusForRatio(ratio, plan.bands));
}

// The two ends of `assessYear`, as functions of the module rather than closures made again for every year.
function done(draft: Draft, status: Status): Assessment {
  draft.status = status;
  return draft;
}

function notAssessable(draft: Draft, reason: NotAssessableReason): Assessment {
  draft.status = "not-assessable";
  draft.reason = reason;
  return draft;
}

/** The projection and whether it meets the target; fields in the order `{ ...projection, meetsTarget }` gives. */
function withVerdict(projection: Projection, meets: boolean): AssessedProjection {
  const { value, targetYear, method, years } = projection;
  return { value, targetYear, method, years, meetsTarget: meets };
}

function planPath(indicator: Indicator, target: EffectiveTarget, baseline: Baseline): PlanPath {
  const end = pathEnd(target, baseline.value);
  const chosen = chooseShape(pathShapeOf(indicator.measure), baseline.value, end);
  const sign = favourableDirection(target, baseline.value, indicator.direction) === "increase" ? 1 : -1;
  const targetYear = indicator.target.year;
  return {
    baseline,
    end,
    targetYear,
    shape: chosen.shape,
    fallback: chosen.fallback,
    runsFavourably: sign * (end - baseline.value) > 0,
    requiredRate: annualRate(chosen.shape, baseline.value, end, targetYear - baseline.year),
  };
}

/** 序时进度, the expected value and the required rate in `year`, which need no figure. */
function fillPathAt(draft: Draft, path: PlanPath, year: number): void {
  const { baseline, end, shape, targetYear } = path;
  const elapsed = elapsedShare(year, baseline.year, targetYear);
  draft.elapsed = elapsed;
  draft.expected = elapsed === null ? null : pathValue(shape, baseline.value, end, elapsed);
  draft.requiredRate = path.requiredRate;
}

/**
 * 完成进度, the observed rate and the progress ratio of a figure. 完成进度 and the ratio are left null when the path
 * does not run the favourable way: dividing by a required change of zero or of the wrong sign would turn a slip
 * from the baseline into apparent progress.
 */
function fillProgress(draft: Draft, path: PlanPath, actual: number, year: number): void {
  const { baseline, end, shape } = path;
  const observedRate = annualRate(shape, baseline.value, actual, year - baseline.year);
  draft.observedRate = observedRate;
  if (!path.runsFavourably) return;
  draft.completion = completionShare(baseline.value, end, actual);
  draft.ratio = rateRatio(observedRate, path.requiredRate);
}
