/** Physical lines, so line numbers match what an editor shows: CRLF, CR and LF all end a line; a BOM is dropped. */
export function splitLines(text: string): readonly string[] {
  return text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u);
}
