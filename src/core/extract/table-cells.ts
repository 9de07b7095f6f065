import { normalizeText } from "../normalize";

/**
 * One cell of plan text as a table holds it. Plans reach us in two shapes: TAB-separated grid rows (several cells
 * on a line) and tables pasted from web pages or PDFs with one cell per line, blank lines in between.
 */
export interface TableCell {
  /** Folded for reading (full-width → half-width, NBSP → space) and trimmed. */
  readonly text: string;
  /** As the plan writes it, trimmed: what names and snippets show. */
  readonly raw: string;
  /** 1-based physical line. */
  readonly line: number;
  /** Position on its line, and how many cells the line holds (more than one for a grid row). */
  readonly column: number;
  readonly width: number;
}

/**
 * The non-blank cells of the text in reading order: each line split at TABs, indentation and trailing TABs
 * dropped, whitespace-only lines skipped. An empty cell between two TABs stays, so grid columns keep their place.
 *
 * @example tableCells(["\t指标", "", "序号\t指标名称"]).map((cell) => [cell.line, cell.text, cell.width])
 * // → [[1, "指标", 1], [3, "序号", 2], [3, "指标名称", 2]]
 */
export function tableCells(lines: readonly string[]): readonly TableCell[] {
  const cells: TableCell[] = [];
  lines.forEach((line, index) => {
    const parts = line.split("\t").map((part) => ({ raw: part.trim(), text: normalizeText(part).trim() }));
    let first = 0;
    let last = parts.length - 1;
    while (first <= last && parts[first]?.text === "") first++;
    while (last >= first && parts[last]?.text === "") last--;
    const width = last - first + 1;
    parts.slice(first, last + 1).forEach(({ raw, text }, column) => {
      cells.push({ text, raw, line: index + 1, column, width });
    });
  });
  return cells;
}

/** Without its spaces: headers are split and padded at random (`2020 年值`, `2025 年目标`). */
export const compact = (text: string): string => text.replace(/\s+/gu, "");
