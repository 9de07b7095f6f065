import type { Attribute, Comparator, Direction } from "../model";

/**
 * One place a plan states an indicator: a table row or a sentence of running text. The fields and their meaning
 * are the `extract` contract other tools read (DESIGN.md); `snippet` is ours, for the import preview.
 * Values stay in the unit written at that place (`2.96万亿元` → 2.96 with unit `万亿元`).
 */
export interface ExtractedIndicator {
  /** The indicator's name as the plan writes it at that place, unit parentheses removed: `科技进步贡献率`. */
  readonly name: string;
  /** `%`, `亿元`, `万亿元`, `件`, …; null when the plan gives none. */
  readonly unit: string | null;
  readonly baselineYear: number | null;
  readonly baselineValue: number | null;
  readonly targetYear: number | null;
  /** Bare table values and 达到/达/实现 → `>=`; 超过/突破 → `>`; a-b → `range`; 翻一番/倍增 → `x2`. */
  readonly comparator: Comparator;
  readonly targetValue: number | null;
  readonly targetLow: number | null;
  readonly targetHigh: number | null;
  readonly attribute: Attribute | null;
  readonly direction: Direction;
  readonly source: "table" | "text";
  /** 1-based physical line of the source text where the statement is (for a table row, its name cell). */
  readonly line: number;
  /** The table row's cells joined by ` | `, or the sentence or clause that states the target. */
  readonly snippet: string;
  /** 新增 (an increment over the period) rather than a stock: `新增20个国家级科技创新平台`. */
  readonly increment: boolean;
}

/** A past figure the plan reports with its year (`2015年，专利申请量达到77538件`): an actual, never a target. */
export interface ExtractedActual {
  readonly name: string;
  readonly unit: string | null;
  readonly year: number;
  readonly value: number;
  readonly source: "table" | "text";
  readonly line: number;
  readonly snippet: string;
}

export interface ExtractedPlan {
  readonly plan: { readonly title: string | null; readonly period: readonly [number, number] | null };
  readonly indicators: readonly ExtractedIndicator[];
  readonly actuals: readonly ExtractedActual[];
}

/** What the table and text extractors each return; `extractPlan` merges them in line order. */
export interface ExtractedPart {
  readonly indicators: readonly ExtractedIndicator[];
  readonly actuals: readonly ExtractedActual[];
}
