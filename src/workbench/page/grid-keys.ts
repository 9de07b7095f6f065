/**
 * The grid's keyboard, as Excel's: arrows move, Enter or F2 edits the cell, typing replaces it, Delete empties it.
 * Pure functions from a key to an intent, and from a cell and a move to the next cell.
 */
import { MAX_DRAWN_COLUMNS, MAX_DRAWN_ROWS } from "./grid-layout";

export type Move = "up" | "down" | "left" | "right" | "rowStart" | "sheetStart" | "pageUp" | "pageDown";

export type KeyIntent =
  | { readonly kind: "move"; readonly move: Move }
  /** `seed` replaces the cell's content (typing); null keeps it for editing (F2, Enter). */
  | { readonly kind: "edit"; readonly seed: string | null }
  | { readonly kind: "clear" };

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

const MOVES: Readonly<Record<string, Move>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
  Home: "rowStart",
  PageUp: "pageUp",
  PageDown: "pageDown",
};

/**
 * What a key pressed on the grid (not in the cell editor) asks for; null leaves the key to the browser, so Tab
 * still leaves the grid and shortcuts keep working.
 *
 * @example
 * gridKeyIntent({ key: "7", ctrlKey: false, metaKey: false, altKey: false }) // → { kind: "edit", seed: "7" }
 */
export function gridKeyIntent(event: KeyLike): KeyIntent | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && event.key === "Home") return { kind: "move", move: "sheetStart" };
  if (command || event.altKey) return null;
  const move = MOVES[event.key];
  if (move !== undefined) return { kind: "move", move };
  if (event.key === "Enter" || event.key === "F2") return { kind: "edit", seed: null };
  if (event.key === "Delete") return { kind: "clear" };
  if (event.key === "Backspace") return { kind: "edit", seed: "" };
  // One printable character (a letter, digit, CJK character, full-width digit...): typing starts a new entry.
  if ([...event.key].length === 1) return { kind: "edit", seed: event.key };
  return null;
}

export interface Cell {
  /** 0-based. */
  readonly row: number;
  readonly column: number;
}

export interface Hidden {
  readonly rows: ReadonlySet<number>;
  readonly columns: ReadonlySet<number>;
}

export const PAGE_ROWS = 10;

/** The next index from `from` in steps of `step`, skipping hidden ones, kept inside `[0, last]`. */
function stepOver(from: number, step: number, hidden: ReadonlySet<number>, last: number): number {
  let at = from;
  for (let remaining = Math.abs(step); remaining > 0; remaining--) {
    let next = at + Math.sign(step);
    while (next >= 0 && next <= last && hidden.has(next)) next += Math.sign(step);
    if (next < 0 || next > last) break;
    at = next;
  }
  return at;
}

/**
 * The cell a move lands on, skipping hidden rows and columns as Excel does.
 *
 * @example
 * moveCell({ row: 4, column: 16 }, "right", { rows: new Set(), columns: new Set([17]) }) // → { row: 4, column: 18 }
 */
export function moveCell(cell: Cell, move: Move, hidden: Hidden): Cell {
  const lastRow = MAX_DRAWN_ROWS - 1;
  const lastColumn = MAX_DRAWN_COLUMNS - 1;
  const firstVisible = (set: ReadonlySet<number>, last: number): number => stepOver(-1, 1, set, last);
  switch (move) {
    case "up":
      return { ...cell, row: stepOver(cell.row, -1, hidden.rows, lastRow) };
    case "down":
      return { ...cell, row: stepOver(cell.row, 1, hidden.rows, lastRow) };
    case "left":
      return { ...cell, column: stepOver(cell.column, -1, hidden.columns, lastColumn) };
    case "right":
      return { ...cell, column: stepOver(cell.column, 1, hidden.columns, lastColumn) };
    case "pageUp":
      return { ...cell, row: stepOver(cell.row, -PAGE_ROWS, hidden.rows, lastRow) };
    case "pageDown":
      return { ...cell, row: stepOver(cell.row, PAGE_ROWS, hidden.rows, lastRow) };
    case "rowStart":
      return { ...cell, column: firstVisible(hidden.columns, lastColumn) };
    case "sheetStart":
      return { row: firstVisible(hidden.rows, lastRow), column: firstVisible(hidden.columns, lastColumn) };
  }
}
