/*
 * Numbers inside quotes and titles are names (`“中国制造2025”`, `《行动计划(2015—2020年)》`), and numbers in
 * brackets are asides (`是2010年（31261件）的2.5倍`): neither states a target. Copies lose characters, so an
 * opening mark counts only when its closing mark follows soon, before the clause or sentence ends.
 */

interface Pair {
  readonly open: string;
  readonly close: string;
  /** No real quotation, title or aside in a plan is longer; a lost closing mark must not swallow the paragraph. */
  readonly reach: number;
  readonly stops: string;
}

const PAIRS: readonly Pair[] = [
  { open: "“", close: "”", reach: 20, stops: "。，,；;" },
  { open: "《", close: "》", reach: 60, stops: "。；;" },
  { open: "(", close: ")", reach: 30, stops: "。" },
  { open: "（", close: "）", reach: 30, stops: "。" },
];

const RELEVANT: ReadonlySet<string> = new Set(PAIRS.flatMap((pair) => [pair.open, pair.close, ...pair.stops]));

/**
 * Which UTF-16 units of `text` stand inside quotes, a title or brackets (1) or in the open text (0).
 *
 * @example enclosures("对接“中国制造2025”战略")[7] // → 1 (the 2 of 2025)
 * @example enclosures("《纲要》在“2035年远景目标")[6] // → 0 (the “ never closes)
 */
export function enclosures(text: string): Uint8Array {
  // Only the marks themselves matter; collecting them first makes a long paragraph one quick pass.
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (RELEVANT.has(text.charAt(i))) marks.push(i);
  // Spans are added to a difference array and summed once, so nested and repeated marks cost linear time.
  const depth = new Int32Array(text.length + 1);
  let spans = 0;
  for (const pair of PAIRS) {
    // Walking backwards, the nearest closing mark and the nearest stop after each position are known.
    let close = -1;
    let stop = -1;
    for (let m = marks.length - 1; m >= 0; m--) {
      const i = marks[m] ?? 0;
      const ch = text.charAt(i);
      if (ch === pair.close) close = i;
      else if (pair.stops.includes(ch)) stop = i;
      else if (ch === pair.open && close > i && close - i <= pair.reach && (stop < 0 || close < stop)) {
        depth[i] = (depth[i] ?? 0) + 1;
        depth[close + 1] = (depth[close + 1] ?? 0) - 1;
        spans++;
      }
    }
  }
  const enclosed = new Uint8Array(text.length);
  if (spans === 0) return enclosed;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    open += depth[i] ?? 0;
    if (open > 0) enclosed[i] = 1;
  }
  return enclosed;
}
