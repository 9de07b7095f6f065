/** Which characters to leave as written; see {@link normalizeText}. */
export interface NormalizeOptions {
  /**
   * Full-width characters to keep unfolded. Running text passes `"，"`: there the full-width comma ends a clause,
   * while the folded `,` could be read as a thousands separator. Default: fold everything.
   */
  readonly keep?: string;
}

/** The full-width block U+FF01–U+FF5E mirrors ASCII U+0021–U+007E at this fixed distance. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Characters that pasted web and PDF text carries invisibly (BOM, zero-width joiners) and people never meant. */
const isInvisible = (code: number): boolean => (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;

/**
 * Space separators other than the ASCII space (Unicode category Zs): NBSP, ogham space, the en/em/thin/figure
 * spaces U+2000–U+200A, narrow NBSP, medium mathematical space and the ideographic space U+3000. Written out
 * rather than matched with `\p{Zs}` so a cell costs one pass over its characters; a property test holds the list
 * to the regular expression.
 */
const isOddSpace = (code: number): boolean =>
  code === 0x00a0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000;

/** What one character becomes: itself (null), another string, or nothing (""). */
function foldChar(code: number, keep: string): string | null {
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
    const ch = String.fromCharCode(code);
    return keep.includes(ch) ? null : String.fromCharCode(code - FULL_WIDTH_OFFSET);
  }
  if (isInvisible(code)) return "";
  if (isOddSpace(code)) return " ";
  return null;
}

/**
 * Folds what people type or paste into the plain form the parsers read: full-width ASCII (`１２．５`, `％`, `＞`,
 * `，`) to half-width, NBSP and ideographic space (U+3000) to a space, invisible characters away. Line breaks,
 * tabs, `。`, `、` and every other character stay, so line numbers and table cells survive.
 *
 * Not NFKC on purpose: NFKC also turns the footnote marker `①` into `1` (so `62①` would read 621) and `m²` into
 * `m2`; here only the characters people use interchangeably with ASCII are folded.
 *
 * @example normalizeText("１２．５％") // → "12.5%"
 * @example normalizeText("\u00a0≥６７\u3000") // → " ≥67 "
 * @example normalizeText("1，234。", { keep: "，" }) // → "1，234。"
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  const keep = options.keep ?? "";
  // Every cell of a sheet passes here, and most are already plain: one scan over the character codes, and the
  // same string handed back when nothing changes. Unchanged stretches are copied as slices, not character by
  // character. Everything folded lies in the BMP, so code units suffice (a surrogate is never folded).
  let out = "";
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const folded = foldChar(code, keep);
    if (folded === null) continue;
    out += text.slice(copiedUpTo, i) + folded;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
