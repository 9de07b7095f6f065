import { useEffect, useRef, type KeyboardEvent } from "react";
import type { Move } from "./grid-keys";
import { useGridStyles } from "./grid-styles";

export interface Editing {
  readonly address: string;
  readonly value: string;
  /**
   * Excel's two modes: "enter" (started by typing) commits on an arrow key and moves; "edit" (F2, Enter,
   * double-click) keeps arrows for the caret.
   */
  readonly mode: "enter" | "edit";
}

export interface CellEditorProps {
  readonly editing: Editing;
  readonly label: string;
  onChange(value: string): void;
  /** Enter the value; then move the selection by `move`, or stay when null (the editor lost focus). */
  onCommit(move: Move | null): void;
  onCancel(): void;
}

const ARROWS: Readonly<Record<string, Move>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** The input that opens inside a cell while a person types into it. */
export function CellEditor({ editing, label, onChange, onCommit, onCancel }: CellEditorProps) {
  const styles = useGridStyles();
  const input = useRef<HTMLInputElement>(null);
  // Set once the editor has committed or cancelled, so the blur that follows does not commit a second time.
  const closed = useRef(false);

  useEffect(() => {
    const element = input.current;
    if (element === null) return;
    element.focus();
    // The caret goes to the end, as in Excel, whether the entry started by typing or by F2.
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const close = (action: () => void): void => {
    closed.current = true;
    action();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // Keys that finish a Chinese or Japanese input method's composition belong to the input method.
    if (event.nativeEvent.isComposing) return;
    const arrow = ARROWS[event.key];
    let move: Move | null | undefined;
    if (event.key === "Enter") move = event.shiftKey ? "up" : "down";
    else if (event.key === "Tab") move = event.shiftKey ? "left" : "right";
    else if (arrow !== undefined && editing.mode === "enter") move = arrow;
    if (event.key === "Escape") {
      event.preventDefault();
      close(onCancel);
    } else if (move !== undefined) {
      event.preventDefault();
      close(() => onCommit(move));
    }
  };

  return (
    <input
      ref={input}
      className={styles.editor}
      aria-label={label}
      value={editing.value}
      onChange={(event) => {
        // An entry Excel refused stays open for correction: its next commit counts again.
        closed.current = false;
        onChange(event.target.value);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (!closed.current) close(() => onCommit(null));
      }}
      spellCheck={false}
      autoComplete="off"
    />
  );
}
