/** What `check` and `summary` share as commands over a batch of workbooks. */
import type { Locale } from "../core/messages";
import type { Terminal } from "./progress";

export interface BatchOptions {
  readonly locale: Locale;
  readonly quiet: boolean;
  /** --year: the year to assess at; each file's latest entered year when absent. */
  readonly year?: number | undefined;
}

export interface BatchIo {
  /** A line to stderr. */
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Uint8Array;
  /** stderr when it is a terminal, for the progress bar; null otherwise. */
  readonly terminal: Terminal | null;
}
