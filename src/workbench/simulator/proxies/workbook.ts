/** The simulated `Excel.Workbook`: the root every other proxy hangs from. */
import { findSheet } from "../model";
import { simError } from "../errors";
import type { SimContext } from "../context";
import { ClientObject, type Loadable, type Scalars } from "./client-object";
import { CustomXmlPartCollectionProxy } from "./custom-xml";
import { NoteCollectionProxy } from "./notes";
import { RangeProxy } from "./range";
import { SettingCollectionProxy } from "./settings";
import { TableCollectionProxy } from "./tables";
import { WORKBOOK, type WorkbookTarget } from "./targets";
import { WorksheetCollectionProxy } from "./worksheets";

export class WorkbookProxy extends ClientObject<WorkbookTarget> {
  protected readonly className = "Workbook";
  protected readonly since = "1.1";
  protected readonly scalars: Scalars<WorkbookTarget> = {};
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  readonly settings: SettingCollectionProxy;
  /** Every sheet's cell notes (ExcelApi 1.18). */
  readonly notes: NoteCollectionProxy;

  constructor(context: SimContext) {
    super(context, "workbook", () => WORKBOOK);
    this.worksheets = new WorksheetCollectionProxy(context, "workbook.worksheets", WORKBOOK);
    this.tables = new TableCollectionProxy(context, "workbook.tables", () => ({ sheetId: null }));
    this.customXmlParts = new CustomXmlPartCollectionProxy(context, "workbook.customXmlParts", WORKBOOK);
    this.settings = new SettingCollectionProxy(context, "workbook.settings", WORKBOOK);
    this.notes = new NoteCollectionProxy(context, "workbook.notes", () => ({ sheetId: null }));
  }

  protected override get navigations(): Readonly<Record<string, Loadable>> {
    return {
      worksheets: this.worksheets,
      tables: this.tables,
      customXmlParts: this.customXmlParts,
      settings: this.settings,
      notes: this.notes,
    };
  }

  private selection(action: string, single: boolean): RangeProxy {
    const child = new RangeProxy(this.context, this.childPath(action), (tx) => {
      const sheet = findSheet(tx.draft, tx.draft.activeSheetId);
      if (!sheet) throw simError("GeneralException", `Workbook.${action}`, "no active worksheet");
      const { top, left } = sheet.selection;
      return { sheetId: sheet.id, area: single ? { top, left, bottom: top, right: left } : sheet.selection };
    });
    return this.adopt(child, action, [], single ? "1.7" : "1.1");
  }

  /** The selection on the active sheet. */
  getSelectedRange(): RangeProxy {
    return this.selection("getSelectedRange", false);
  }

  getActiveCell(): RangeProxy {
    return this.selection("getActiveCell", true);
  }
}
