import { mergeClasses } from "@fluentui/react-components";
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { fill } from "../../taskpane/strings";
import type { Simulator } from "../simulator";
import { columnIndex, columnLetters, parseAddress } from "../simulator/address";
import { clearCell, editCell, isProtectedCell, selectCell } from "./cell-actions";
import { editText } from "./cell-look";
import { CellEditor, type Editing } from "./CellEditor";
import { gridKeyIntent, moveCell, type Cell, type Hidden, type Move } from "./grid-keys";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, rowsInView, sheetLayout, type SheetLayout } from "./grid-layout";
import { useGridStyles } from "./grid-styles";
import { GridRow } from "./GridRow";
import type { WorkbenchNotice } from "./session";
import type { WorkbenchText } from "./strings";

export interface SheetGridProps {
  readonly sim: Simulator;
  /** Changes with every change of the workbook, so the grid redraws what the simulator now holds. */
  readonly version: number;
  /** The sheet shown: Excel's active sheet. */
  readonly sheet: string;
  readonly text: WorkbenchText;
  /** A person changed the workbook or the selection through the grid. */
  onChanged(): void;
  /** Excel refused what the person did (null: a refusal shown earlier no longer applies). */
  onNotice(notice: WorkbenchNotice | null): void;
}

/** Used until the grid has been measured (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT = 800;

const addressOf = (cell: Cell): string => `${columnLetters(cell.column)}${cell.row + 1}`;

function cellOf(address: string): Cell | null {
  const area = parseAddress(address)?.area;
  return area ? { row: area.top, column: area.left } : null;
}

/** Scrolls the least needed to bring `cell` out from under the headers and frozen panes into view. */
function revealCell(scroller: HTMLElement, layout: SheetLayout, cell: Cell): void {
  if (scroller.clientHeight === 0) return;
  const row = layout.rows.find((spec) => spec.index === cell.row);
  if (row !== undefined) {
    const stickyTop = HEADER_HEIGHT + layout.frozenHeight;
    const y = stickyTop + row.top;
    if (y < scroller.scrollTop + stickyTop) scroller.scrollTop = y - stickyTop;
    else if (y + row.height > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = y + row.height - scroller.clientHeight;
  }
  const position = layout.columns.findIndex((spec) => spec.index === cell.column);
  const column = layout.columns[position];
  if (column !== undefined && position >= layout.frozenColumns) {
    const stickyLeft = ROW_HEADER_WIDTH + layout.frozenWidth;
    const x = ROW_HEADER_WIDTH + column.left;
    if (x < scroller.scrollLeft + stickyLeft) scroller.scrollLeft = x - stickyLeft;
    else if (x + column.width > scroller.scrollLeft + scroller.clientWidth)
      scroller.scrollLeft = x + column.width - scroller.clientWidth;
  }
}

/**
 * The active sheet as an editable grid: cells as Excel shows them, the selection, frozen panes, locked cells
 * read-only on a protected sheet. Only the rows in view are drawn, so a sheet of thousands of rows stays quick.
 */
export function SheetGrid({ sim, version, sheet, text, onChanged, onNotice }: SheetGridProps) {
  const styles = useGridStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [focused, setFocused] = useState(false);
  const [editing, setEditing] = useState<(Editing & { readonly sheet: string }) | null>(null);
  const idPrefix = useId();
  const cellId = useCallback((address: string) => `${idPrefix}-${address}`, [idPrefix]);

  // `version` stands for the workbook's content, which the simulator holds outside React.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layout = useMemo(() => sheetLayout(sim.workbook, sheet), [sim, sheet, version]);
  const view = sim.workbook.sheet(sheet);
  const selection = view ? (parseAddress(view.selection)?.area ?? null) : null;
  const active: Cell | null = selection && { row: selection.top, column: selection.left };
  const activeAddress = active && addressOf(active);
  const hidden: Hidden = {
    rows: new Set((view?.hiddenRows ?? []).map((row) => row - 1)),
    columns: new Set((view?.hiddenColumns ?? []).map((letters) => columnIndex(letters) ?? -1)),
  };
  const notes = new Map((sim.workbook.notes(sheet) ?? []).map((note) => [note.address, note.content]));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    const measure = (): void => setViewport(element.clientHeight || FALLBACK_VIEWPORT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Follow the selection when it moves (the pane's "go to cell", the keyboard), not on every redraw, so a person
  // who scrolled away to read is not pulled back by the pane's next batch.
  const revealed = useRef<string | null>(null);
  const selectionKey = `${sheet}!${activeAddress ?? ""}`;
  useEffect(() => {
    const target = activeAddress === null ? null : cellOf(activeAddress);
    if (revealed.current === selectionKey || scroller.current === null || layout === null || target === null) return;
    revealed.current = selectionKey;
    revealCell(scroller.current, layout, target);
  }, [selectionKey, layout, activeAddress]);

  if (layout === null || view === undefined) return null;
  const protectedSheet = view.protection.protected;

  const select = (cell: Cell): void => {
    const notice = selectCell(sim, sheet, addressOf(cell));
    if (notice !== null) onNotice(notice);
    onChanged();
  };

  const startEditing = (address: string, seed: string | null): void => {
    if (isProtectedCell(sim, sheet, address)) {
      onNotice({ code: "protected-cell", sheet, address });
      return;
    }
    const value = seed ?? editText(sim.workbook.cell(sheet, address));
    setEditing({ sheet, address, value, mode: seed === null ? "edit" : "enter" });
  };

  const commit = (move: Move | null): void => {
    if (editing === null) return;
    const notice = editCell(sim, sheet, editing.address, editing.value);
    if (notice !== null) {
      // Excel's "Retry": the entry stays open with what was typed, so nothing typed is lost.
      onNotice(notice);
      return;
    }
    setEditing(null);
    onNotice(null);
    onChanged();
    const from = cellOf(editing.address);
    if (move !== null && from !== null) {
      select(moveCell(from, move, hidden));
      grid.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>): void => {
    // Keys typed into the cell editor are the editor's.
    if (event.target !== event.currentTarget || active === null || activeAddress === null) return;
    const intent = gridKeyIntent(event);
    if (intent === null) return;
    event.preventDefault();
    if (intent.kind === "move") select(moveCell(active, intent.move, hidden));
    else if (intent.kind === "edit") startEditing(activeAddress, intent.seed);
    else {
      const notice = clearCell(sim, sheet, activeAddress);
      onNotice(notice);
      if (notice === null) onChanged();
    }
  };

  const clickedAddress = (event: MouseEvent): string | null =>
    (event.target as Element).closest("td[data-address]")?.getAttribute("data-address") ?? null;

  const { start, end } = rowsInView(
    layout.rows,
    scrollTop,
    Math.max(0, viewport - HEADER_HEIGHT - layout.frozenHeight),
  );
  const shownRows = layout.rows.slice(start, end);
  const spacerTop = shownRows[0]?.top ?? 0;
  const last = shownRows[shownRows.length - 1];
  const spacerBottom = last === undefined ? layout.rowsHeight : layout.rowsHeight - last.top - last.height;
  const lastRowIndex = Math.max(layout.rows.at(-1)?.index ?? 0, layout.frozenRows.at(-1)?.index ?? 0);
  const lastColumnIndex = layout.columns.at(-1)?.index ?? 0;
  const totalWidth = ROW_HEADER_WIDTH + layout.columns.reduce((sum, column) => sum + column.width, 0);
  const editingHere = editing !== null && editing.sheet === sheet ? editing : null;
  const activeShown =
    active !== null &&
    (layout.frozenRows.some((row) => row.index === active.row) || shownRows.some((row) => row.index === active.row));

  const renderRow = (row: (typeof layout.rows)[number], frozen: boolean, lastFrozen: boolean) => (
    <GridRow
      key={row.index}
      row={row}
      frozen={frozen}
      lastFrozen={lastFrozen}
      layout={layout}
      cells={layout.columns.map((column) => sim.workbook.cell(sheet, `${column.letters}${row.index + 1}`))}
      selection={selection}
      focused={focused}
      protectedSheet={protectedSheet}
      notes={notes}
      cellId={cellId}
      editor={
        editingHere === null
          ? null
          : {
              address: editingHere.address,
              node: (
                <CellEditor
                  editing={editingHere}
                  label={fill(text.editCell, { address: editingHere.address })}
                  onChange={(value) => setEditing({ ...editingHere, value })}
                  onCommit={commit}
                  onCancel={() => {
                    setEditing(null);
                    grid.current?.focus();
                  }}
                />
              ),
            }
      }
    />
  );

  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" style={{ height: `${height}px` }}>
        <td className={styles.spacer} colSpan={layout.columns.length + 1} />
      </tr>
    );

  return (
    <div ref={scroller} className={styles.scroller} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <table
        ref={grid}
        role="grid"
        aria-label={fill(text.grid, { sheet })}
        aria-rowcount={lastRowIndex + 2}
        aria-colcount={lastColumnIndex + 2}
        aria-activedescendant={activeShown && activeAddress !== null ? cellId(activeAddress) : undefined}
        tabIndex={0}
        className={mergeClasses(styles.table, focused && !activeShown && styles.tableFocused)}
        style={{ width: `${totalWidth}px` }}
        onKeyDown={onKeyDown}
        // Only the table itself: while the cell editor has the keyboard, the editor shows where it is.
        onFocus={(event) => setFocused(event.target === event.currentTarget)}
        onBlur={() => setFocused(false)}
        onClick={(event) => {
          const address = clickedAddress(event);
          const cell = address === null ? null : cellOf(address);
          if (cell !== null && address !== activeAddress) select(cell);
        }}
        onDoubleClick={(event) => {
          const address = clickedAddress(event);
          if (address !== null) startEditing(address, null);
        }}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
          {layout.columns.map((column) => (
            <col key={column.index} style={{ width: `${column.width}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader" className={mergeClasses(styles.header, styles.corner)}>
              <span className={styles.hiddenLabel}>{text.corner}</span>
            </th>
            {layout.columns.map((column, position) => (
              <th
                key={column.index}
                role="columnheader"
                scope="col"
                aria-colindex={column.index + 2}
                className={mergeClasses(
                  styles.header,
                  styles.columnHeader,
                  selection !== null &&
                    column.index >= selection.left &&
                    column.index <= selection.right &&
                    styles.headerActive,
                  position < layout.frozenColumns && styles.frozenColumnHeader,
                  position === layout.frozenColumns - 1 && styles.frozenEdgeRight,
                )}
                style={position < layout.frozenColumns ? { left: `${ROW_HEADER_WIDTH + column.left}px` } : undefined}
              >
                {column.letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.frozenRows.map((row, i) => renderRow(row, true, i === layout.frozenRows.length - 1))}
          {spacer(spacerTop, "above")}
          {shownRows.map((row) => renderRow(row, false, false))}
          {spacer(spacerBottom, "below")}
        </tbody>
      </table>
    </div>
  );
}
