import type { Provenance } from "../../core/model";

/** Characters of context either side of a statement on a long line (a whole paragraph is often one line). */
const CONTEXT = 60;

/** Where a sentence or clause of running Chinese (or English) text ends. */
const SENTENCE_END = /[。！？；!?;]/u;

/**
 * What the preview shows as an indicator's source: a table row's cells (one cell per line in some copies, so the
 * line alone may be just the name), or the sentence of the document that states the target, cut to a window
 * around it when the line is a long paragraph. Plain text: the caller renders it as React text.
 *
 * @example sourceText(["…", "到2020年，专利申请量达到8万件。到2025年……"], { source: "text", line: 2, snippet: "专利申请量达到8万件" })
 * // → "到2020年，专利申请量达到8万件。"
 */
export function sourceText(lines: readonly string[], provenance: Provenance): string {
  const line = (lines[provenance.line - 1] ?? "").trim();
  if (provenance.source === "table") return provenance.snippet.trim() || line;
  const at = provenance.snippet === "" ? -1 : line.indexOf(provenance.snippet);
  if (at < 0) return clip(line, 0, line.length);
  const end = at + provenance.snippet.length;
  return clip(line, sentenceStart(line, at), sentenceEnd(line, end));
}

function sentenceStart(line: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - CONTEXT); i--) if (SENTENCE_END.test(line[i] ?? "")) return i + 1;
  return Math.max(0, at - CONTEXT);
}

function sentenceEnd(line: string, end: number): number {
  for (let i = end; i < Math.min(line.length, end + CONTEXT); i++) if (SENTENCE_END.test(line[i] ?? "")) return i + 1;
  return Math.min(line.length, end + CONTEXT);
}

function clip(line: string, from: number, to: number): string {
  const limit = Math.min(to, from + 4 * CONTEXT);
  return `${from > 0 ? "…" : ""}${line.slice(from, limit).trim()}${limit < line.length ? "…" : ""}`;
}
