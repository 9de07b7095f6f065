import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Area } from "../simulator/address";
import type { CellView } from "../simulator";
import { cellAlignment, cellStyle, isEmptyCell } from "./cell-look";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, type RowSpec, type SheetLayout } from "./grid-layout";
import { LAYER, useGridStyles } from "./grid-styles";

export interface GridRowProps {
  readonly row: RowSpec;
  /** A frozen row stays at the top while the grid scrolls. */
  readonly frozen: boolean;
  /** The last frozen row draws the freeze line under it. */
  readonly lastFrozen: boolean;
  readonly layout: SheetLayout;
  /** The row's cells, one per drawn column. */
  readonly cells: readonly (CellView | undefined)[];
  readonly selection: Area | null;
  /** The grid has the keyboard: the active cell shows the focus ring. */
  readonly focused: boolean;
  readonly protectedSheet: boolean;
  readonly notes: ReadonlyMap<string, string>;
  /** The id of a cell, for `aria-activedescendant`. */
  cellId(address: string): string;
  /** The editor, when the person is typing into a cell of this row. */
  readonly editor: { readonly address: string; readonly node: ReactNode } | null;
}

const inArea = (area: Area | null, row: number, column: number): boolean =>
  area !== null && row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;

/** One row of the sheet: its number, then its cells as Excel shows them. */
export function GridRow({
  row,
  frozen,
  lastFrozen,
  layout,
  cells,
  selection,
  focused,
  protectedSheet,
  notes,
  cellId,
  editor,
}: GridRowProps) {
  const styles = useGridStyles();
  const rowNumber = row.index + 1;
  const top = frozen ? HEADER_HEIGHT + row.top : undefined;
  const rowSelected = selection !== null && row.index >= selection.top && row.index <= selection.bottom;
  return (
    <tr role="row" aria-rowindex={row.index + 2} style={{ height: `${row.height}px` }}>
      <th
        role="rowheader"
        scope="row"
        className={mergeClasses(
          styles.header,
          styles.rowHeader,
          frozen && styles.frozenRowHeader,
          rowSelected && styles.headerActive,
          lastFrozen && styles.frozenEdgeBottom,
        )}
        style={{ top, width: `${ROW_HEADER_WIDTH}px` }}
      >
        {rowNumber}
      </th>
      {layout.columns.map((column, position) => {
        const address = `${column.letters}${rowNumber}`;
        const cell = cells[position];
        const frozenColumn = position < layout.frozenColumns;
        const next = cells[position + 1];
        const alignment = cellAlignment(cell);
        // Text runs on over empty neighbours, as in Excel; numbers and wrapped text stay in their cell.
        const spill = alignment === "text" && !isEmptyCell(cell) && !cell?.wrapText && isEmptyCell(next);
        const selected = inArea(selection, row.index, column.index);
        const active = selection !== null && selection.top === row.index && selection.left === column.index;
        const sticky = frozen || frozenColumn;
        const layer = frozen && frozenColumn ? LAYER.frozenBoth : sticky ? LAYER.frozen : LAYER.cell;
        const note = notes.get(address);
        const editing = editor !== null && editor.address === address;
        return (
          <td
            key={column.index}
            id={cellId(address)}
            role="gridcell"
            data-address={address}
            aria-colindex={column.index + 2}
            aria-selected={selected}
            aria-readonly={protectedSheet && cell?.locked === true ? true : undefined}
            title={note}
            className={mergeClasses(
              styles.cell,
              sticky && styles.sticky,
              alignment === "number" && styles.number,
              alignment === "boolean" && styles.boolean,
              cell?.wrapText === true && styles.wrap,
              spill && styles.spill,
              selected && !active && styles.inRange,
              active && styles.active,
              active && focused && styles.activeFocused,
              note !== undefined && styles.note,
              position === layout.frozenColumns - 1 && styles.frozenEdgeRight,
              lastFrozen && styles.frozenEdgeBottom,
              editing && styles.editing,
            )}
            style={{
              ...cellStyle(cell),
              top,
              left: frozenColumn ? `${ROW_HEADER_WIDTH + column.left}px` : undefined,
              zIndex: spill || editing ? layer + 1 : sticky ? layer : undefined,
            }}
          >
            {editing ? editor.node : cell?.text}
          </td>
        );
      })}
    </tr>
  );
}
