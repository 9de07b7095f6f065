/**
 * Status of an indicator in a reporting year: Statistics Canada's progress measure (observed ÷ required rate,
 * as implemented in Open SDG) adapted to 序时进度, with "target met" overriding. See docs/methodology.md.
 */
import type { Baseline, Indicator, IndicatorId, PathShape, Status } from "./model";
import { pathShapeOf } from "./measure";
import {
  annualRate,
  chooseShape,
  completionShare,
  elapsedShare,
  pathValue,
  progressRatio,
  type ShapeFallback,
} from "./path";
import { projectTrend, trendPoints, type Projection } from "./projection";
import { DEFAULT_ASSESSMENT_THRESHOLDS, type AssessmentThresholds } from "./thresholds";
import {
  effectiveTarget,
  favourableDirection,
  isWorseThanBaseline,
  meetsTarget,
  pathEnd,
  targetValueOf,
  type EffectiveTarget,
} from "./target";

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

function statusForRatio(ratio: number, onTrack: number, thresholds: AssessmentThresholds): Status {
  const bands: readonly (readonly [ProgressStatus, number])[] = [
    ["on-track", onTrack],
    ["needs-acceleration", thresholds.needsAcceleration],
    ["off-track", thresholds.offTrack],
  ];
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
  const intended = pathShapeOf(indicator.measure);
  const onTrackThreshold = indicator.attribute === "约束性" ? thresholds.bindingOnTrack : thresholds.onTrack;
  const figure = series.get(year);
  const actual = figure !== undefined && Number.isFinite(figure) ? figure : null;
  const bare: Assessment = {
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
    onTrackThreshold,
    pathShape: intended,
    shapeFallback: null,
    projection: null,
  };
  const notAssessable = (reason: NotAssessableReason, known: Partial<Assessment> = {}): Assessment => ({
    ...bare,
    ...known,
    status: "not-assessable",
    reason,
  });

  if (!Number.isInteger(year)) return notAssessable("invalid-year");
  const baseline = indicator.baseline;
  if (baseline !== null && !validBaseline(baseline)) return notAssessable("invalid-baseline");
  const resolved = effectiveTarget(indicator.target, baseline);
  if (!resolved.ok) return notAssessable(resolved.issues[0]?.code ?? "invalid-target");

  const target = resolved.value;
  const targetYear = indicator.target.year;
  const tolerance = thresholds.equalTolerance;
  const path = baseline === null ? null : planPath(indicator, target, baseline);
  const shape = path?.shape ?? intended;
  const projected = projectTrend(trendPoints(baseline, series, year), targetYear, shape, thresholds.projectionWindow);
  const known: Partial<Assessment> = {
    target,
    targetValue: targetValueOf(target, baseline?.value ?? null),
    pathShape: shape,
    shapeFallback: path?.fallback ?? null,
    projection:
      projected === null ? null : { ...projected, meetsTarget: meetsTarget(projected.value, target, tolerance) },
  };
  if (baseline !== null) {
    if (targetYear <= baseline.year) return notAssessable("target-not-after-baseline", known);
    if (year < baseline.year) return notAssessable("year-before-baseline", known);
    if (year === baseline.year) return notAssessable("baseline-year", known);
  }

  const onPath: Partial<Assessment> = path === null ? known : { ...known, ...pathAt(path, year) };
  if (actual === null) return { ...bare, ...onPath, status: "no-data" };
  const progress: Partial<Assessment> = path === null ? {} : progressOf(path, actual, year);
  if (meetsTarget(actual, target, tolerance)) return { ...bare, ...onPath, ...progress, status: "achieved" };

  const atTargetYear = year >= targetYear;
  if (baseline === null) {
    return atTargetYear ? { ...bare, ...onPath, status: "off-track" } : notAssessable("no-baseline", onPath);
  }
  const missed: Status = isWorseThanBaseline(actual, baseline.value, target) ? "deteriorating" : "off-track";
  const ratio = progress.ratio ?? null;
  const status = atTargetYear || ratio === null ? missed : statusForRatio(ratio, onTrackThreshold, thresholds);
  return { ...bare, ...onPath, ...progress, status };
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
}

function planPath(indicator: Indicator, target: EffectiveTarget, baseline: Baseline): PlanPath {
  const end = pathEnd(target, baseline.value);
  const chosen = chooseShape(pathShapeOf(indicator.measure), baseline.value, end);
  const sign = favourableDirection(target, baseline.value, indicator.direction) === "increase" ? 1 : -1;
  return {
    baseline,
    end,
    targetYear: indicator.target.year,
    shape: chosen.shape,
    fallback: chosen.fallback,
    runsFavourably: sign * (end - baseline.value) > 0,
  };
}

/** 序时进度, the expected value and the required rate in `year`, which need no figure. */
function pathAt(path: PlanPath, year: number): Pick<Assessment, "elapsed" | "expected" | "requiredRate"> {
  const { baseline, end, shape, targetYear } = path;
  const elapsed = elapsedShare(year, baseline.year, targetYear);
  return {
    elapsed,
    expected: elapsed === null ? null : pathValue(shape, baseline.value, end, elapsed),
    requiredRate: annualRate(shape, baseline.value, end, targetYear - baseline.year),
  };
}

/**
 * 完成进度, the observed rate and the progress ratio of a figure. 完成进度 and the ratio are left null when the path
 * does not run the favourable way: dividing by a required change of zero or of the wrong sign would turn a slip
 * from the baseline into apparent progress.
 */
function progressOf(
  path: PlanPath,
  actual: number,
  year: number,
): Pick<Assessment, "completion" | "ratio" | "observedRate"> {
  const { baseline, end, shape, targetYear } = path;
  const yearsElapsed = year - baseline.year;
  const observedRate = annualRate(shape, baseline.value, actual, yearsElapsed);
  if (!path.runsFavourably) return { completion: null, ratio: null, observedRate };
  return {
    completion: completionShare(baseline.value, end, actual),
    ratio: progressRatio(shape, baseline.value, end, actual, yearsElapsed, targetYear - baseline.year),
    observedRate,
  };
}

/**
 * Assesses an indicator in every given reporting year, in the order given.
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
  return years.map((year) => assess(indicator, series, year, thresholds));
}
