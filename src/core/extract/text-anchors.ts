/*
 * Years that govern the figures after them. Plans write `到2020年，…`, `力争到 2025 年，…`, `2015年，…` and
 * `“十二五”期间，…`; a figure binds to the nearest such anchor before it. `由2010年的1.1件` binds one figure to its
 * year without governing the rest. Years in names, dates and spans (`“2035年远景目标`, `2016年4月14日`,
 * `2015—2020年`) are neither.
 */

/** `到`/`至` announce a target year, `截至` a reported one; a bare year is judged against the plan period. */
export type AnchorIntent = "target" | "past" | "bare";

export interface Anchor {
  readonly kind: "anchor";
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly intent: AnchorIntent;
}

/** `2010年的` right before a figure: that figure's year, for a baseline or a past value. */
export interface InlineYear {
  readonly kind: "inline-year";
  readonly start: number;
  readonly end: number;
  readonly year: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Words before the year, nearest first, with what they say; longer ones extend the anchor to the left. */
const BEFORE_YEAR: readonly { readonly text: string; readonly intent: AnchorIntent }[] = [
  { text: "截止到", intent: "past" },
  { text: "截至", intent: "past" },
  { text: "截止", intent: "past" },
  { text: "力争到", intent: "target" },
  { text: "争取到", intent: "target" },
  { text: "预计到", intent: "target" },
  { text: "计划到", intent: "target" },
  { text: "力争在", intent: "target" },
  { text: "到", intent: "target" },
  { text: "至", intent: "target" },
];
/** After `年`: the rest of the anchor (`到2020年底`). */
const AFTER_YEAR: readonly string[] = ["以前", "之前", "年底", "年末", "底", "末", "前"];
/** After `年`, words that make the year part of a name or a span of history, not an anchor. */
const NOT_AN_ANCHOR_AFTER: readonly string[] = ["远景", "代", "以来", "版"];
/** Before the year: a comparison base (`比2015年增长`) or the end of a span (`2015—2020年`). */
const NOT_AN_ANCHOR_BEFORE = "比较与同“《-~—–−/.";
/** After `十三五`: the period itself, whose last year the anchor takes (`“十二五”期间` → 2015). */
const PLAN_PERIOD_WORDS: readonly string[] = ["期间", "时期", "末", "以来"];
const ORDINAL_DIGITS = "一二三四五";

const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";
const isSpace = (ch: string): boolean => ch === " " || ch === "\t";

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (isSpace(text.charAt(i))) i++;
  return i;
}

function skipSpacesBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(text.charAt(i - 1))) i--;
  return i;
}

/** The last year of the n-th five-year plan; the 3rd began in 1966 and they have followed each other since. */
const lastYearOfPlan = (ordinal: number): number => 1966 + 5 * (ordinal - 3) + 4;

function yearAt(text: string, start: number, enclosed: Uint8Array): Anchor | InlineYear | null {
  if (enclosed[start] === 1) return null;
  let end = start;
  while (isDigit(text.charAt(end))) end++;
  const year = Number(text.slice(start, end));
  if (end - start !== 4 || year < MIN_YEAR || year > MAX_YEAR) return null;
  const yearChar = skipSpaces(text, end);
  if (text.charAt(yearChar) !== "年") return null;
  const after = skipSpaces(text, yearChar + 1);
  const next = text.charAt(after);
  const beforeEnd = skipSpacesBack(text, start);
  const previous = text.charAt(beforeEnd - 1);
  if (isDigit(next) || NOT_AN_ANCHOR_AFTER.some((word) => text.startsWith(word, after))) return null;
  if (previous !== "" && NOT_AN_ANCHOR_BEFORE.includes(previous)) return null;
  // `2015至2020年`: 至 joins a span here, it does not announce a target.
  if ((previous === "至" || previous === "到") && isDigit(text.charAt(skipSpacesBack(text, beforeEnd - 1) - 1)))
    return null;
  if (next === "的") return { kind: "inline-year", start, end: after + 1, year };
  if (next === "(" || next === "（") return null;
  const word = BEFORE_YEAR.find(
    (candidate) =>
      beforeEnd >= candidate.text.length && text.startsWith(candidate.text, beforeEnd - candidate.text.length),
  );
  const tail = AFTER_YEAR.find((candidate) => text.startsWith(candidate, after));
  return {
    kind: "anchor",
    start: word === undefined ? start : beforeEnd - word.text.length,
    end: tail === undefined ? yearChar + 1 : after + tail.length,
    year,
    intent: word?.intent ?? "bare",
  };
}

/** `“十二五”期间`, `十三五时期`, `“十二五”末`: an anchor on the plan period's last year. */
function planPeriodAt(text: string, start: number): Anchor | null {
  const digit = ORDINAL_DIGITS.indexOf(text.charAt(start + 1));
  if (text.charAt(start) !== "十" || digit < 0 || text.charAt(start + 2) !== "五") return null;
  if (text.charAt(start - 1) === "第") return null;
  let after = start + 3;
  if (text.charAt(after) === "”" || text.charAt(after) === '"') after++;
  const word = PLAN_PERIOD_WORDS.find((candidate) => text.startsWith(candidate, after));
  if (word === undefined) return null;
  const quoted = text.charAt(start - 1) === "“" || text.charAt(start - 1) === '"';
  return {
    kind: "anchor",
    start: quoted ? start - 1 : start,
    end: after + word.length,
    year: lastYearOfPlan(11 + digit),
    intent: "bare",
  };
}

/**
 * Every year anchor and inline year of a paragraph, in order. `enclosed` marks quotes, titles and brackets
 * (see `enclosures`); years there are names or asides. Five-year-plan anchors are usually quoted, so they are read
 * wherever they stand.
 *
 * @example yearsIn("到 2025 年，力争高新技术企业数达 16000 家", marks)
 * // → [{ kind: "anchor", start: 0, end: 8, year: 2025, intent: "target" }]
 * @example yearsIn("由2010年的1.1件提高到2015年的4.3件", marks)
 * // → [{ kind: "inline-year", year: 2010, … }, { kind: "inline-year", year: 2015, … }]
 */
export function yearsIn(text: string, enclosed: Uint8Array): readonly (Anchor | InlineYear)[] {
  const found: (Anchor | InlineYear)[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (isDigit(ch) && !isDigit(text.charAt(i - 1))) {
      const year = yearAt(text, i, enclosed);
      if (year !== null) {
        found.push(year);
        i = year.end - 1;
      }
    } else if (ch === "十") {
      const period = planPeriodAt(text, i);
      if (period !== null) {
        found.push(period);
        i = period.end - 1;
      }
    }
  }
  return found;
}
