/**
 * Scores extracted entries against hand labels (tests/fixtures/labels): an entry counts as found when it states
 * the same target at the same place. Names are matched loosely because a label names the phrase as a person
 * would cut it and the extractor may cut a few characters differently; the figure, year and line are exact.
 */
import type { ExtractedIndicator } from "../../src/core/extract/types";
import { normaliseIndicatorName } from "../../src/core/indicator-id";

export type Label = Omit<ExtractedIndicator, "snippet"> & { readonly quote: string };

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly matched: number;
  readonly extracted: number;
  readonly labelled: number;
  readonly missed: readonly Label[];
  readonly spurious: readonly ExtractedIndicator[];
}

const SHARED_RUN = 4;

function namesMatch(a: string, b: string): boolean {
  const [x, y] = [normaliseIndicatorName(a), normaliseIndicatorName(b)];
  if (x.includes(y) || y.includes(x)) return true;
  for (let i = 0; i + SHARED_RUN <= x.length; i++) if (y.includes(x.slice(i, i + SHARED_RUN))) return true;
  return false;
}

const same = (a: number | null, b: number | null): boolean =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

export function samePlace(entry: ExtractedIndicator, label: Label): boolean {
  return (
    entry.source === label.source &&
    entry.line === label.line &&
    entry.targetYear === label.targetYear &&
    entry.comparator === label.comparator &&
    same(entry.targetValue, label.targetValue) &&
    same(entry.targetLow, label.targetLow) &&
    same(entry.targetHigh, label.targetHigh) &&
    namesMatch(entry.name, label.name)
  );
}

/** One-to-one: each label is claimed by at most one entry, in reading order. */
export function score(entries: readonly ExtractedIndicator[], labels: readonly Label[]): Score {
  const unclaimed = new Set(labels);
  const spurious: ExtractedIndicator[] = [];
  for (const entry of entries) {
    const label = [...unclaimed].find((candidate) => samePlace(entry, candidate));
    if (label === undefined) spurious.push(entry);
    else unclaimed.delete(label);
  }
  const matched = entries.length - spurious.length;
  return {
    precision: entries.length === 0 ? 1 : matched / entries.length,
    recall: labels.length === 0 ? 1 : matched / labels.length,
    matched,
    extracted: entries.length,
    labelled: labels.length,
    missed: [...unclaimed],
    spurious,
  };
}
