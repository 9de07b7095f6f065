/** `Excel.RangeFormat` and its parts: fill, font, protection. Mixed values across the range read as null. */
import { MAX_ROWS, areaRows, isWholeColumns, type Area } from "../address";
import { normalizeColor } from "../colors";
import { simError } from "../errors";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  formatsIn,
  updateFormats,
  type CellFormat,
  type FormatPatch,
  type SheetData,
} from "../model";
import { assertPermitted, type Permission } from "../protection";
import { autofitColumns, autofitRows, uniform } from "../range-ops";
import type { Transaction } from "../transaction";
import { ClientObject, type Loadable, type Scalars } from "./client-object";
import type { RangeTarget } from "./targets";

/** Excel's limits: 255 characters of width (about 1,793 points) and 409 points of height. */
const MAX_COLUMN_WIDTH = 1793.25;
const MAX_ROW_HEIGHT = 409.5;

type Resolver = (tx: Transaction) => RangeTarget | null;

/** Shared by the format parts: one resolver (the parent range's) and per-cell uniform reads. */
abstract class FormatPart extends ClientObject<RangeTarget> {
  protected sheetOf(tx: Transaction, target: RangeTarget, property: string): SheetData {
    return tx.sheet(target.sheetId, `${this.className}.${property}`);
  }

  /** The property's value over the whole range, or null when cells differ. */
  protected uniformFormat<V>(pick: (format: CellFormat) => V) {
    return (tx: Transaction, target: RangeTarget): V | null =>
      uniform(formatsIn(this.sheetOf(tx, target, "load"), target.area).map(pick));
  }

  /** Queues a cell-format change that needs `permission` on a protected sheet (null: never allowed there). */
  protected setFormat(
    property: string,
    value: unknown,
    permission: Permission | null,
    patch: (value: unknown, location: string) => FormatPatch,
  ): void {
    this.write(property, value, this.since, (tx, t) => {
      const location = `${this.className}.${property}`;
      const sheet = this.sheetOf(tx, t, property);
      const change = patch(value, location);
      assertPermitted(sheet, permission, location);
      updateFormats(sheet, t.area, () => change);
    });
  }
}

const booleanPatch =
  (key: "bold" | "italic" | "wrapText" | "locked") =>
  (value: unknown, location: string): FormatPatch => {
    if (typeof value !== "boolean") throw simError("InvalidArgument", location, "expected true or false");
    return { [key]: value };
  };

const colorPatch =
  (key: "fill" | "fontColor") =>
  (value: unknown, location: string): FormatPatch => {
    const color = normalizeColor(value);
    if (color === null)
      throw simError("InvalidArgument", location, `"${String(value)}" is not #RRGGBB or a colour name`);
    return { [key]: color };
  };

export class RangeFillProxy extends FormatPart {
  protected readonly className = "RangeFill";
  protected readonly since = "1.1";
  protected readonly scalars: Scalars<RangeTarget> = {
    // A cell without fill reads as white, as Excel reports it.
    color: this.uniformFormat((f) => f.fill ?? "#FFFFFF"),
  };

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setFormat("color", value, "allowFormatCells", colorPatch("fill"));
  }

  clear(): void {
    this.enqueue("clear", [], "1.1", (tx, t) => {
      const sheet = this.sheetOf(tx, t, "clear");
      assertPermitted(sheet, "allowFormatCells", "RangeFill.clear");
      updateFormats(sheet, t.area, () => ({ fill: null }));
    });
  }
}

export class RangeFontProxy extends FormatPart {
  protected readonly className = "RangeFont";
  protected readonly since = "1.1";
  protected readonly scalars: Scalars<RangeTarget> = {
    bold: this.uniformFormat((f) => f.bold),
    italic: this.uniformFormat((f) => f.italic),
    color: this.uniformFormat((f) => f.fontColor),
    name: () => "Calibri",
    size: () => 11,
  };

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.setFormat("bold", value, "allowFormatCells", booleanPatch("bold"));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.setFormat("italic", value, "allowFormatCells", booleanPatch("italic"));
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setFormat("color", value, "allowFormatCells", colorPatch("fontColor"));
  }
  get name(): string {
    return this.read("name");
  }
  get size(): number {
    return this.read("size");
  }
}

export class FormatProtectionProxy extends FormatPart {
  protected readonly className = "FormatProtection";
  protected readonly since = "1.2";
  protected readonly scalars: Scalars<RangeTarget> = {
    locked: this.uniformFormat((f) => f.locked),
    formulaHidden: () => false,
  };

  get locked(): boolean {
    return this.read("locked");
  }
  /** Locking or unlocking cells is refused on a protected sheet whatever its options. */
  set locked(value: boolean) {
    this.setFormat("locked", value, null, booleanPatch("locked"));
  }
  get formulaHidden(): boolean {
    return this.read("formulaHidden");
  }
}

function columnWidths(sheet: SheetData, area: Area): number[] {
  const widths: number[] = [];
  for (let c = area.left; c <= area.right; c++) widths.push(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
  return widths;
}

/** Row heights in the area; whole columns are read through the rows that have a height of their own. */
function rowHeights(sheet: SheetData, area: Area): number[] {
  if (isWholeColumns(area)) {
    const custom = [...sheet.rowHeights.values()];
    return custom.length < MAX_ROWS ? [...custom, DEFAULT_ROW_HEIGHT] : custom;
  }
  const heights: number[] = [];
  for (let r = area.top; r < area.top + areaRows(area); r++)
    heights.push(sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
  return heights;
}

function requireSize(value: unknown, max: number, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > max) {
    throw simError("InvalidArgument", location, `expected a number of points from 0 to ${max}`);
  }
  return value;
}

export class RangeFormatProxy extends FormatPart {
  protected readonly className = "RangeFormat";
  protected readonly since = "1.1";
  private fillProxy: RangeFillProxy | undefined;
  private fontProxy: RangeFontProxy | undefined;
  private protectionProxy: FormatProtectionProxy | undefined;

  protected readonly scalars: Scalars<RangeTarget> = {
    columnWidth: (tx, t) => uniform(columnWidths(this.sheetOf(tx, t, "columnWidth"), t.area)),
    rowHeight: (tx, t) => uniform(rowHeights(this.sheetOf(tx, t, "rowHeight"), t.area)),
    wrapText: this.uniformFormat((f) => f.wrapText),
  };

  protected override get navigations(): Readonly<Record<string, Loadable>> {
    return { fill: this.fill, font: this.font, protection: this.protection };
  }

  private get parentResolver(): Resolver {
    return (tx) => this.resolveIn(tx);
  }

  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(this.context, `${this.path}.fill`, this.parentResolver);
    return this.fillProxy;
  }
  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(this.context, `${this.path}.font`, this.parentResolver);
    return this.fontProxy;
  }
  get protection(): FormatProtectionProxy {
    this.protectionProxy ??= new FormatProtectionProxy(this.context, `${this.path}.protection`, this.parentResolver);
    return this.protectionProxy;
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.setFormat("wrapText", value, "allowFormatCells", booleanPatch("wrapText"));
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(value: number) {
    this.write("columnWidth", value, "1.2", (tx, t) => {
      const sheet = this.sheetOf(tx, t, "columnWidth");
      const width = requireSize(value, MAX_COLUMN_WIDTH, "RangeFormat.columnWidth");
      assertPermitted(sheet, "allowFormatColumns", "RangeFormat.columnWidth");
      for (let c = t.area.left; c <= t.area.right; c++) sheet.columnWidths.set(c, width);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(value: number) {
    this.write("rowHeight", value, "1.2", (tx, t) => {
      const sheet = this.sheetOf(tx, t, "rowHeight");
      const height = requireSize(value, MAX_ROW_HEIGHT, "RangeFormat.rowHeight");
      assertPermitted(sheet, "allowFormatRows", "RangeFormat.rowHeight");
      for (let r = t.area.top; r <= t.area.bottom; r++) sheet.rowHeights.set(r, height);
    });
  }

  autofitColumns(): void {
    this.enqueue("autofitColumns", [], "1.2", (tx, t) => {
      const sheet = this.sheetOf(tx, t, "autofitColumns");
      assertPermitted(sheet, "allowFormatColumns", "RangeFormat.autofitColumns");
      autofitColumns(sheet, t.area);
    });
  }

  autofitRows(): void {
    this.enqueue("autofitRows", [], "1.2", (tx, t) => {
      const sheet = this.sheetOf(tx, t, "autofitRows");
      assertPermitted(sheet, "allowFormatRows", "RangeFormat.autofitRows");
      autofitRows(sheet, t.area, DEFAULT_ROW_HEIGHT);
    });
  }
}
