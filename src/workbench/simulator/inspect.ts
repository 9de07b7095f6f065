/**
 * The workbook as tests and the workbench see it: plain read-only snapshots of what Excel would show, read
 * straight from the model (no load, no sync, no events). Unknown sheets and bad addresses give undefined.
 */
import {
  columnIndex,
  columnLetters,
  formatArea,
  isWholeColumns,
  isWholeRows,
  parseAddress,
  type Area,
} from "./address";
import type { CellValue } from "./cell-entry";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  cellKey,
  effectiveFormat,
  findSheet,
  keyColumn,
  keyRow,
  readCell,
  usedArea,
  type JsonValue,
  type ProtectionOptions,
  type SheetData,
  type Visibility,
  type WorkbookData,
} from "./model";
import { formatValue } from "./number-format";
import type { ValidationModel } from "./validation-rules";

export interface CellView {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly text: string;
  readonly numberFormat: string;
  readonly locked: boolean;
  /** null: no fill. */
  readonly fill: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly wrapText: boolean;
  readonly validation: ValidationModel | null;
}

export interface SheetView {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly visibility: Visibility;
  readonly protection: {
    readonly protected: boolean;
    readonly options: ProtectionOptions;
    readonly hasPassword: boolean;
  };
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Columns (letters) hidden, in order. */
  readonly hiddenColumns: readonly string[];
  /** Rows (1-based) hidden, in order. */
  readonly hiddenRows: readonly number[];
  /** `A1:D20`, or null on an empty sheet. */
  readonly usedRange: string | null;
  readonly merges: readonly string[];
  readonly selection: string;
}

export interface TableView {
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly headers: readonly CellValue[];
}

export interface NoteView {
  /** The cell, without the sheet: `B7`. */
  readonly address: string;
  readonly content: string;
  readonly authorName: string;
}

export interface ChartView {
  readonly name: string;
  readonly sheet: string;
  readonly chartType: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly title: string;
  readonly position: { readonly start: string; readonly end: string | null };
}

function sheetView(data: WorkbookData, sheet: SheetData): SheetView {
  const sorted = (set: ReadonlySet<number>): number[] => [...set].sort((a, b) => a - b);
  const used = usedArea(sheet, false);
  return {
    id: sheet.id,
    name: sheet.name,
    position: data.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    protection: {
      protected: sheet.protection.protected,
      options: { ...sheet.protection.options },
      hasPassword: sheet.protection.password !== null,
    },
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hiddenColumns: sorted(sheet.hiddenColumns).map(columnLetters),
    hiddenRows: sorted(sheet.hiddenRows).map((row) => row + 1),
    usedRange: used && formatArea(used),
    merges: sheet.merges.map(formatArea),
    selection: formatArea(sheet.selection),
  };
}

export class WorkbookView {
  constructor(private readonly data: () => WorkbookData) {}

  private located(sheetName: string, address: string): { sheet: SheetData; area: Area } | undefined {
    const sheet = findSheet(this.data(), sheetName);
    const parsed = parseAddress(address);
    return sheet && parsed ? { sheet, area: parsed.area } : undefined;
  }

  /** Every sheet's name, in tab order, hidden ones included. */
  get sheetNames(): string[] {
    return this.data().sheets.map((s) => s.name);
  }

  get activeSheet(): string {
    const data = this.data();
    return findSheet(data, data.activeSheetId)?.name ?? "";
  }

  /** The selection on the active sheet. */
  get selection(): { readonly sheet: string; readonly address: string } {
    const data = this.data();
    const sheet = findSheet(data, data.activeSheetId);
    return { sheet: sheet?.name ?? "", address: sheet ? formatArea(sheet.selection) : "" };
  }

  sheet(name: string): SheetView | undefined {
    const data = this.data();
    const sheet = findSheet(data, name);
    return sheet && sheetView(data, sheet);
  }

  /** The top-left cell of `address` on `sheet`. */
  cell(sheet: string, address: string): CellView | undefined {
    const located = this.located(sheet, address);
    if (!located) return undefined;
    const { top, left } = located.area;
    const { value, formula } = readCell(located.sheet, top, left);
    const format = effectiveFormat(located.sheet, top, left);
    return {
      value,
      formula,
      text: formatValue(value, format.numberFormat),
      numberFormat: format.numberFormat,
      locked: format.locked,
      fill: format.fill,
      fontColor: format.fontColor,
      bold: format.bold,
      italic: format.italic,
      wrapText: format.wrapText,
      validation: format.validation,
    };
  }

  /** Values of a bounded range, row by row (empty cells are ""). */
  values(sheet: string, address: string): CellValue[][] | undefined {
    return this.grid(sheet, address, (s, row, column) => readCell(s, row, column).value);
  }

  /** Formulas where cells have them, values elsewhere, as `Range.formulas` reads. */
  formulas(sheet: string, address: string): CellValue[][] | undefined {
    return this.grid(sheet, address, (s, row, column) => {
      const cell = readCell(s, row, column);
      return cell.formula ?? cell.value;
    });
  }

  private grid<V>(
    sheet: string,
    address: string,
    read: (s: SheetData, row: number, column: number) => V,
  ): V[][] | undefined {
    const located = this.located(sheet, address);
    if (!located) return undefined;
    const used = usedArea(located.sheet, false);
    const { area } = located;
    // Whole columns or rows are cut at the used range so a test never builds a million-row array.
    const bottom = isWholeColumns(area) ? Math.min(area.bottom, Math.max(area.top, used?.bottom ?? 0)) : area.bottom;
    const right = isWholeRows(area) ? Math.min(area.right, Math.max(area.left, used?.right ?? 0)) : area.right;
    const rows: V[][] = [];
    for (let row = area.top; row <= bottom; row++) {
      const line: V[] = [];
      for (let column = area.left; column <= right; column++) line.push(read(located.sheet, row, column));
      rows.push(line);
    }
    return rows;
  }

  /** Width in points of a column given by its letters. */
  columnWidth(sheet: string, column: string): number | undefined {
    const target = findSheet(this.data(), sheet);
    const index = columnIndex(column);
    return target && index !== null ? (target.columnWidths.get(index) ?? DEFAULT_COLUMN_WIDTH) : undefined;
  }

  /** Height in points of a 1-based row. */
  rowHeight(sheet: string, row: number): number | undefined {
    const target = findSheet(this.data(), sheet);
    return target ? (target.rowHeights.get(row - 1) ?? DEFAULT_ROW_HEIGHT) : undefined;
  }

  /** The notes of a sheet, row by row; undefined for an unknown sheet. */
  notes(sheet: string): NoteView[] | undefined {
    const target = findSheet(this.data(), sheet);
    if (!target) return undefined;
    return [...target.notes]
      .sort(([a], [b]) => a - b)
      .map(([key, note]) => {
        const row = keyRow(key);
        const column = keyColumn(key);
        return {
          address: formatArea({ top: row, left: column, bottom: row, right: column }),
          content: note.content,
          authorName: note.authorName,
        };
      });
  }

  /** The note on the top-left cell of `address`, or null; undefined for an unknown sheet or a bad address. */
  note(sheet: string, address: string): NoteView | null | undefined {
    const located = this.located(sheet, address);
    if (!located) return undefined;
    const { top, left } = located.area;
    const note = located.sheet.notes.get(cellKey(top, left));
    return note
      ? {
          address: formatArea({ top, left, bottom: top, right: left }),
          content: note.content,
          authorName: note.authorName,
        }
      : null;
  }

  get tables(): TableView[] {
    const data = this.data();
    return data.tables.map((table) => {
      const sheet = findSheet(data, table.sheetId);
      const headers: CellValue[] = [];
      for (let c = table.area.left; c <= table.area.right; c++) {
        headers.push(sheet ? readCell(sheet, table.area.top, c).value : "");
      }
      return { id: table.id, name: table.name, sheet: sheet?.name ?? "", address: formatArea(table.area), headers };
    });
  }

  get charts(): ChartView[] {
    const data = this.data();
    const name = (id: string): string => findSheet(data, id)?.name ?? "";
    return data.charts.map((chart) => ({
      name: chart.name,
      sheet: name(chart.sheetId),
      chartType: chart.chartType,
      source: `${name(chart.source.sheetId)}!${formatArea(chart.source.area)}`,
      seriesBy: chart.seriesBy,
      title: chart.title,
      position: {
        start: formatArea(chart.position.start),
        end: chart.position.end && formatArea(chart.position.end),
      },
    }));
  }

  get settings(): Record<string, JsonValue> {
    return Object.fromEntries(this.data().settings.map((s) => [s.key, structuredClone(s.value)]));
  }

  get customXmlParts(): { readonly id: string; readonly namespaceUri: string; readonly xml: string }[] {
    return this.data().customXmlParts.map((part) => ({ ...part }));
  }
}
