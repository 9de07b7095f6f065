import { normalizeText } from "../normalize";

/** Footnote markers as parseFigure reads them after a figure (`7.5*`, `62①`). */
const MARKERS = new Set([..."*※†‡", ...Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x2460 + i))]);
/** A note under a table starts with one of these words, or with the marker it explains. */
const NOTE_START = /^(注|备注|说明)/u;
const YEAR = /((?:19|20)\d{2})\s*年/gu;
/** How far below a table its notes may stand. */
const MAX_NOTE_LINES = 8;

/**
 * What the notes under a table say about its footnote markers: a clause that names one marker and exactly one
 * year (`注：带*号数据为2014年数据`) means the marked figures are that year's, not the column's. `lastLine` is the
 * table's last 1-based line; the notes are looked for in the few lines below it.
 *
 * @example footnoteYears(["…", "", "注：带*号数据为2014年数据"], 1) // → Map { "*" => 2014 }
 */
export function footnoteYears(lines: readonly string[], lastLine: number): ReadonlyMap<string, number> {
  const years = new Map<string, number>();
  for (const line of lines.slice(lastLine, lastLine + MAX_NOTE_LINES)) {
    const text = normalizeText(line).trim();
    if (!NOTE_START.test(text) && !MARKERS.has(text.charAt(0))) continue;
    for (const clause of text.split(/[；;。]/u)) {
      const stated = new Set(Array.from(clause.matchAll(YEAR), (match) => Number(match[1])));
      const [year] = stated;
      if (stated.size !== 1 || year === undefined) continue;
      for (const ch of clause) if (MARKERS.has(ch) && !years.has(ch)) years.set(ch, year);
    }
  }
  return years;
}

/** The year a footnote marker gives a figure, if the notes say: `*` and `**` both look up `*`. */
export function footnoteYear(notes: ReadonlyMap<string, number>, footnote: string | null): number | null {
  if (footnote === null) return null;
  return notes.get(footnote) ?? notes.get(footnote.charAt(0)) ?? null;
}
