/**
 * A progress bar for batches, redrawn in place on a terminal's stderr: `[██████░░░░░░]  12/200  锦江区.xlsx`.
 * Only a terminal gets it; a log file or a pipe would keep every redraw, so there the bar is silent.
 */

/** A terminal to draw on: raw writes (no newline added) and its width in columns. */
export interface Terminal {
  readonly write: (text: string) => void;
  readonly columns: number;
}

export interface Progress {
  /** The item about to be worked on, as the `done`-th of the total (0-based count of those finished). */
  readonly show: (done: number, item: string) => void;
  /** A line of its own (an error about a file): above the bar, which is redrawn below it, or as a plain line. */
  readonly log: (line: string) => void;
  /** Clears the bar for good. */
  readonly finish: () => void;
}

const CLEAR_LINE = "\r\u001b[K";
const BAR_WIDTH = 24;

/** Control characters in a file name could move the cursor or recolour the terminal: show them as `?`. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/gu;

export function printable(text: string): string {
  return text.replace(CONTROLS, "?");
}

/** Display width in columns: CJK and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** The end of a text that fits `width` columns, with `…` where the start was cut (file names differ at the end). */
function fitEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width < 2) return "";
  const chars = [...text];
  let kept = "";
  let used = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const char = chars[i] ?? "";
    const w = displayWidth(char);
    if (used + w > width) break;
    kept = char + kept;
    used += w;
  }
  return `…${kept}`;
}

/**
 * @param terminal null when stderr is not a terminal, or progress was asked to be quiet: then nothing is drawn.
 * @param line where lines go when there is no bar (stderr, a newline added)
 * @example const bar = progressBar(terminal, 200, io.stderr); bar.show(0, "锦江区.xlsx"); …; bar.finish();
 */
export function progressBar(terminal: Terminal | null, total: number, line: (text: string) => void): Progress {
  if (terminal === null) return { show: () => undefined, log: line, finish: () => undefined };
  // A pseudo-terminal without a size (under `script`, some CI runners) reports 0 columns.
  const columns = terminal.columns > 0 ? terminal.columns : 80;
  let current = "";
  const draw = (): void => terminal.write(`${CLEAR_LINE}${current}`);
  return {
    show(done, item) {
      const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
      const count = `${String(done).padStart(String(total).length)}/${total}`;
      const head = `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${count}  `;
      // One column spare: writing into the last column makes some terminals wrap, and the bar would scroll.
      const room = Math.max(0, columns - 1 - displayWidth(head));
      current = head + fitEnd(printable(item), room);
      draw();
    },
    log(text) {
      terminal.write(`${CLEAR_LINE}${text}\n`);
      draw();
    },
    finish() {
      terminal.write(CLEAR_LINE);
      current = "";
    },
  };
}
