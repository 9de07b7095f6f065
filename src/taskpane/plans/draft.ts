/**
 * Pasted plan text → an editable draft of a plan: the same extraction and merging the built-in catalogs go
 * through (`extractPlan`, then `buildCatalog`), with every figure kept as the text a person edits, and the
 * disagreements `buildCatalog` reports kept for the person to settle.
 */
import { buildCatalog, type CatalogConflict } from "../../core/catalog";
import { extractPlan, splitLines, type ExtractedIndicator } from "../../core/extract";
import { NUMBER_FORMAT, formatTarget } from "../../core/messages";
import type { Attribute, Comparator, Direction, Indicator, Provenance, Target } from "../../core/model";

/** One indicator of the draft, its fields as the person sees and edits them. */
export interface DraftEntry {
  /** Stable while the person edits, for React and for merging; never written to the workbook. */
  readonly key: string;
  readonly included: boolean;
  readonly markedForMerge: boolean;
  readonly name: string;
  /** Empty when the plan gives no unit. */
  readonly unit: string;
  /** Empty when the plan gives no baseline. */
  readonly baselineText: string;
  /** The baseline's year as the plan states it; null when it states none (the year before the period then). */
  readonly baselineYear: number | null;
  /** `≥67`, `3～5`, `翻一番`: what `parseFigure` reads back into the target. */
  readonly targetText: string;
  /** How a bare number typed as the target compares: the plan's own comparator. */
  readonly comparator: Comparator;
  readonly targetYear: number;
  readonly attribute: Attribute | null;
  readonly direction: Direction;
  readonly provenance: readonly Provenance[];
}

/** A target the plan states twice, differently; `choice` stays null until the person picks one. */
export interface DraftConflict {
  /**
   * The entry whose target this is (after a merge, the entry it went into); null if no entry holds it. By key, not
   * by line: a paragraph is one line that often states several indicators.
   */
  readonly entryKey: string | null;
  readonly name: string;
  readonly kept: CatalogConflict["kept"];
  readonly other: CatalogConflict["other"] & { readonly provenance: Provenance };
  readonly choice: "kept" | "other" | null;
}

export interface Draft {
  /** The pasted document's physical lines: provenance lines point into them. */
  readonly lines: readonly string[];
  readonly title: string;
  readonly startText: string;
  readonly endText: string;
  readonly entries: readonly DraftEntry[];
  readonly conflicts: readonly DraftConflict[];
  /** Statements the extractor found; several may make one indicator. */
  readonly statements: number;
  /** Statements without a target year or value, left out. */
  readonly skipped: number;
}

export type DraftOutcome =
  { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly code: "empty" | "no-indicators" };

/** The period `buildCatalog` needs for 新增 baselines when the text states none (then no target year either). */
const NO_PERIOD = { start: 0, end: 0 };

/**
 * A 150 KB plan takes some 25 ms, so the pane runs this synchronously.
 *
 * @example
 * draftFromText(readFileSync("000_fe8123ca23c369e9.txt", "utf8"))
 * // → { ok: true, draft: { title: "成都市“十三五”科技创新规划", startText: "2016", entries: [{ name: "科技进步贡献率",
 * //      unit: "%", baselineText: "62", targetText: "≥67", … }, …] } }
 * draftFromText("会议通知") // → { ok: false, code: "no-indicators" }
 */
export function draftFromText(text: string): DraftOutcome {
  if (text.trim() === "") return { ok: false, code: "empty" };
  const extracted = extractPlan(text);
  const period = extracted.plan.period;
  const built = buildCatalog(extracted.indicators, {
    id: "draft",
    title: extracted.plan.title ?? "",
    region: null,
    period: period === null ? NO_PERIOD : { start: period[0], end: period[1] },
  });
  if (built.plan.indicators.length === 0) return { ok: false, code: "no-indicators" };
  const entries = built.plan.indicators.map((indicator, index): DraftEntry => ({
    key: `entry-${index}`,
    included: true,
    markedForMerge: false,
    name: indicator.name,
    unit: indicator.unit ?? "",
    baselineText: indicator.baseline === null ? "" : NUMBER_FORMAT.number(indicator.baseline.value),
    baselineYear: indicator.baseline?.year ?? null,
    targetText: targetText(indicator.target),
    comparator: indicator.target.comparator,
    targetYear: indicator.target.year,
    attribute: indicator.attribute,
    direction: indicator.direction,
    provenance: indicator.provenance,
  }));
  const conflicts = built.conflicts.map((conflict): DraftConflict => ({
    entryKey: entries[keptIndex(built.plan.indicators, conflict)]?.key ?? null,
    name: conflict.name,
    kept: conflict.kept,
    other: { ...conflict.other, provenance: provenanceAt(extracted.indicators, conflict.other) },
    choice: null,
  }));
  return {
    ok: true,
    draft: {
      lines: splitLines(text),
      title: extracted.plan.title ?? "",
      startText: period === null ? "" : String(period[0]),
      endText: period === null ? "" : String(period[1]),
      entries,
      conflicts,
      statements: extracted.indicators.length,
      skipped: built.skipped.length,
    },
  };
}

/**
 * A target as the text a person edits and `parseFigure` reads back: the table's own notation, whatever the
 * pane's language (`翻一番` reads back; “double the baseline” would not).
 *
 * @example targetText({ comparator: ">=", year: 2020, value: 67 }) // → "≥67"
 */
export function targetText(target: Target): string {
  return formatTarget(target, "zh-CN");
}

/**
 * The indicator a conflict's kept target belongs to: `buildCatalog` names the conflict after that indicator's
 * first statement and gives its target and line; a 新增 indicator's name gains the prefix.
 */
function keptIndex(indicators: readonly Indicator[], conflict: CatalogConflict): number {
  const { name, kept } = conflict;
  const target = targetKey(kept.target);
  return indicators.findIndex(
    (indicator) =>
      (indicator.name === name || indicator.name === `新增${name}`) &&
      targetKey(indicator.target) === target &&
      indicator.provenance.some((p) => p.line === kept.line),
  );
}

/**
 * The extracted statement a conflict's other side came from, for its source line in the preview: the one on its
 * line stating its target, since the line may state other indicators in the same unit.
 */
function provenanceAt(entries: readonly ExtractedIndicator[], other: CatalogConflict["other"]): Provenance {
  const onLine = entries.filter((entry) => entry.line === other.line && entry.unit === other.unit);
  const target = targetKey(other.target);
  const found = onLine.find((entry) => statedTargetKey(entry) === target) ?? onLine[0] ?? null;
  return { source: found?.source ?? "text", line: other.line, snippet: found?.snippet ?? "" };
}

/** Comparator, year and bounds: equal for a catalog's target and the statement it was read from. */
const targetKey = (target: Target): string =>
  JSON.stringify([
    target.comparator,
    target.year,
    ...(target.comparator === "x2" ? [] : target.comparator === "range" ? [target.low, target.high] : [target.value]),
  ]);

const statedTargetKey = (entry: ExtractedIndicator): string =>
  JSON.stringify([
    entry.comparator,
    entry.targetYear,
    ...(entry.comparator === "x2"
      ? []
      : entry.comparator === "range"
        ? [entry.targetLow, entry.targetHigh]
        : [entry.targetValue]),
  ]);
