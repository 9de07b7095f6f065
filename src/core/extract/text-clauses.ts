/** A clause of a paragraph: `[start, end)` up to (not including) the `，` `；` `。` that ends it. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  /** Index of the sentence (`。！？`) the clause belongs to; a list of targets shares its sentence. */
  readonly sentence: number;
}

const SENTENCE_ENDS = new Set([..."。！？!?"]);
const CLAUSE_ENDS = new Set([..."，,；;:："]);

const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";

/** `1,234`: a comma between a digit and exactly three digits groups thousands instead of ending a clause. */
function groupsThousands(text: string, at: number): boolean {
  return (
    isDigit(text.charAt(at - 1)) &&
    [1, 2, 3].every((k) => isDigit(text.charAt(at + k))) &&
    !isDigit(text.charAt(at + 4))
  );
}

/**
 * Splits a paragraph into clauses and numbers their sentences.
 *
 * @example clausesOf("到2025年，每万人发明专利拥有量达39件，全市技术合同成交总额超过1800亿元。")
 * // → [{ start: 0, end: 6, sentence: 0 }, { start: 7, end: 21, sentence: 0 }, { start: 22, end: 40, sentence: 0 }]
 */
export function clausesOf(text: string): readonly Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let sentence = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i);
    const endsSentence = SENTENCE_ENDS.has(ch);
    const endsClause = endsSentence || (CLAUSE_ENDS.has(ch) && !(ch === "," && groupsThousands(text, i)));
    if (!endsClause && i < text.length) continue;
    if (i > start) clauses.push({ start, end: i, sentence });
    if (endsSentence) sentence++;
    start = i + 1;
  }
  return clauses;
}
