import { parseFigure } from "../figures";
import { normalizeText } from "../normalize";

/*
 * Plan text arrives with one paragraph per line (web pages) or with paragraphs broken across lines and blank lines
 * (PDF copies: `…攀西试验区铁、钒、` / `` / `钛利用率大幅提高；…`). Table cells, headings and tables of contents sit
 * between them. This module turns physical lines into running-text paragraphs and the breaks between them.
 */

/** A paragraph of running text, its lines joined; `lines` maps offsets in `text` back to 1-based physical lines. */
export interface Paragraph {
  readonly kind: "paragraph";
  readonly text: string;
  readonly lines: readonly { readonly offset: number; readonly line: number }[];
}

/**
 * A heading, a table row or cell, or a table-of-contents line. A year stated before it no longer governs the
 * text after it, except after a heading about the plan's goals (`2、具体目标`), which opens the targets the year
 * announced, or the plan's targets when no year did.
 */
export interface Break {
  readonly kind: "break";
  readonly goal: boolean;
}

export type Block = Paragraph | Break;

/** A heading is short and does not end a sentence; longer lines are text even without a full stop (web copies cut). */
const MAX_HEADING_LENGTH = 40;
/** A table cell is never longer than this; longer lines are not worth parsing as one figure. */
const MAX_CELL_LENGTH = 20;
/** A line ending in one of these ends its paragraph; any other text line may continue on the next one. */
const TERMINAL = new Set([..."。！？!?；;：:—…"]);
const CLAUSE_COMMA = new Set([..."，,、"]);
/** Lines that start a paragraph of their own even when the previous one seems unfinished. */
const NEW_PARAGRAPH =
  /^(?:——|[·•]|专栏|第[一二三四五六七八九十百零〇\d]+[章节篇条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[、.．](?!\d))/u;
/** Dot leaders of a table of contents: `一、发展基础……(5)`, `(一) 发展基础.....	1`. */
const DOT_LEADER = /…{2}|\.{4}|·{4}/u;
const GOAL_HEADING = /目标|指标/u;
/** Headings about goals already met or far off: `“十二五”目标完成情况`, `2035年远景目标`. */
const NOT_GOAL_HEADING = /完成|回顾|情况|进展|成效|成就|远景/u;

type LineKind = "blank" | "table" | "heading" | "text";

function isBareFigure(text: string): boolean {
  if (text.length > MAX_CELL_LENGTH) return false;
  const figure = parseFigure(text, "cell");
  return figure.ok && figure.value.kind === "quantity";
}

function lineKind(line: string): LineKind {
  const text = line.trim();
  if (text === "") return "blank";
  // A TAB between two cells makes a grid row; a TAB only in front is how some copies indent a paragraph.
  if (/\S\t+\S/u.test(text) || DOT_LEADER.test(text) || isBareFigure(text)) return "table";
  const last = text.charAt(text.length - 1);
  if (text.length <= MAX_HEADING_LENGTH && !TERMINAL.has(last) && !CLAUSE_COMMA.has(last)) return "heading";
  return "text";
}

/**
 * Splits physical lines into paragraphs of running text and the breaks between them. Lines are width-folded
 * (`normalizeText`, keeping `，` so that it still ends a clause). A text line that does not end its sentence
 * continues on the next text line, across blank lines, unless that line opens a paragraph (`——`, `一、`, `1.`).
 *
 * @example
 * paragraphBlocks(["三、发展目标", "到2020年，", "", "全市科技进步贡献率达67%。"])
 * // → [{ kind: "break", goal: true },
 * //    { kind: "paragraph", text: "到2020年，全市科技进步贡献率达67%。", lines: [{ offset: 0, line: 2 }, { offset: 7, line: 4 }] }]
 */
export function paragraphBlocks(lines: readonly string[]): readonly Block[] {
  const blocks: Block[] = [];
  let text = "";
  let starts: { readonly offset: number; readonly line: number }[] = [];
  const close = (): void => {
    if (text !== "") blocks.push({ kind: "paragraph", text, lines: starts });
    text = "";
    starts = [];
  };
  lines.forEach((raw, index) => {
    const line = normalizeText(raw, { keep: "，" });
    const kind = lineKind(line);
    if (kind === "blank") return;
    if (kind !== "text") {
      close();
      const goal = kind === "heading" && GOAL_HEADING.test(line) && !NOT_GOAL_HEADING.test(line);
      blocks.push({ kind: "break", goal });
      return;
    }
    const trimmed = line.trim();
    const open = text !== "" && !TERMINAL.has(text.charAt(text.length - 1));
    if (!open || NEW_PARAGRAPH.test(trimmed)) close();
    starts.push({ offset: text.length, line: index + 1 });
    text += trimmed;
  });
  close();
  return blocks;
}

/** The 1-based physical line on which the character at `offset` of a paragraph stands. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  // Binary search: a pasted document without full stops can make one paragraph of thousands of lines.
  let low = 0;
  let high = paragraph.lines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((paragraph.lines[middle]?.offset ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return paragraph.lines[low]?.line ?? 1;
}
