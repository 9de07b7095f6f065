/** Which characters to leave as written; see {@link normalizeText}. */
export interface NormalizeOptions {
  /**
   * Full-width characters to keep unfolded. Running text passes `"，"`: there the full-width comma ends a clause,
   * while the folded `,` could be read as a thousands separator. Default: fold everything.
   */
  readonly keep?: string;
}

const FULL_WIDTH = /[\uff01-\uff5e]/gu;
/** The full-width block U+FF01–U+FF5E mirrors ASCII U+0021–U+007E at this fixed distance. */
const FULL_WIDTH_OFFSET = 0xfee0;
/** Characters that pasted web and PDF text carries invisibly (BOM, zero-width joiners) and people never meant. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;
/** Space separators other than the ASCII space: NBSP, ideographic space, thin and figure spaces. */
const ODD_SPACE = /\p{Zs}/gu;

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
  return text
    .replace(INVISIBLE, "")
    .replace(FULL_WIDTH, (ch) => (keep.includes(ch) ? ch : String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET)))
    .replace(ODD_SPACE, " ");
}
