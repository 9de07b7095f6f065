import type { Comparator } from "./model";

/**
 * A figure as a person or a plan writes it, after parsing: `≥67`, `2.96万亿元左右`, `3-5个`, `翻一番`, `7.5*`.
 * Values stay in the unit written at that place (`2.96万亿元` → value 2.96, unit `万亿元`); `units.ts` converts.
 */
export interface Quantity {
  readonly kind: "quantity";
  /** `=` for a bare number; `>=` for ≥/以上/不低于/达到; `>` for 超过/突破/余; `<=` for 不超过/控制在…以内; `range`; `x2`. */
  readonly comparator: Comparator;
  /** The single value; null for `range` and `x2`. */
  readonly value: number | null;
  /** Bounds of a `range`; null otherwise. */
  readonly low: number | null;
  readonly high: number | null;
  /** Unit text written with the number, magnitude included: `万亿元`, `%`, `个百分点`, `万`, `件`; null if none. */
  readonly unit: string | null;
  /** 左右 / 约 / 余: the plan or the person gave an approximate figure. */
  readonly approximate: boolean;
  /** A trailing footnote marker such as `*` (`7.5*`): the figure refers to a note elsewhere. */
  readonly footnote: string | null;
}

/** A cell or text that says "no figure" on purpose (`——`, `/`, `无`, `N/A`), or is blank. Never zero. */
export interface Missing {
  readonly kind: "missing";
  /** The marker as written, trimmed; `""` for a blank cell. */
  readonly marker: string;
}

export type Figure = Quantity | Missing;

/** Closed list of reasons a text is not a figure. */
export type FigureFailureCode =
  /** No digits or numerals at all: `待统计`, `see note`. */
  | "not-a-number"
  /** Digits present but not one well-formed number: `1.2.3`, `12,34`, `5--`. */
  | "malformed-number"
  /** More than one figure where one was expected: `12 15`. */
  | "several-numbers"
  /** A range whose low bound is above its high bound: `5-3`. */
  | "inverted-range";

export interface FigureFailure {
  readonly code: FigureFailureCode;
  /** The input as given, so a message can quote it. */
  readonly input: string;
}

export type FigureResult =
  { readonly ok: true; readonly value: Figure } | { readonly ok: false; readonly issues: readonly FigureFailure[] };

/**
 * `cell`: a spreadsheet cell or table cell, where `。` may be a decimal point and `，` a thousands separator.
 * `text`: running plan text, where `。` and `，` end a clause.
 */
export type FigureContext = "cell" | "text";
