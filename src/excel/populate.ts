/**
 * User action: write (or rewrite) the monitoring sheet of a plan from the core's `TemplateModel`.
 *
 * The existing sheet is read first and handed to the core's `composeSheet`, which carries every figure and
 * explanation over (see core/workbook/template-sheet.ts); this file reads, finds the sheet, and sends the writes.
 */
import { LOCALES, type Locale } from "../core/messages";
import { templateLayout } from "../core/layout";
import type { Plan } from "../core/model";
import type { ExcelHost } from "./excel-host";
import { readLayout } from "../core/workbook/sheet-reading";
import { STATE_SHEET, STATE_VERSION, type WorkbookState } from "../core/workbook/state";
import { composeSheet, sheetWrites, stateWrites } from "../core/workbook/template-sheet";
import { applyWrites } from "./write-ops";
import {
  findMonitor,
  queueSheetList,
  queueSheetRead,
  queueStateReadOrNull,
  sameName,
  type SheetInfo,
  type SheetSnapshot,
} from "./workbook-read";

export interface PopulateResult {
  readonly sheetName: string;
  /** Rows written for the plan's indicators. */
  readonly indicators: number;
  /** Rows kept from before for indicators the plan no longer has (or duplicated rows), at the end. */
  readonly keptRows: number;
  /** Years kept from before that the new layout lacks. */
  readonly extraYears: readonly number[];
}

/** `name`, or `name (2)`, `name (3)`… whichever no sheet has. */
function freeName(name: string, sheets: readonly SheetInfo[]): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    if (!sheets.some((sheet) => sameName(sheet.name, candidate))) return candidate;
  }
}

/** The template sheet names in every language: a workbook made in one language is found in the other. */
function templateSheetNames(plan: Plan): readonly string[] {
  return LOCALES.map((locale) => templateLayout({ ...plan, indicators: [] }, locale).sheetName);
}

/**
 * Syncs: the sheet list; the state and the existing sheet; then either the sheet again (the state names a
 * renamed one) or the new sheet (there is none); then the writes. At most 4, plus one per further 4 MB of
 * writes, which takes tens of thousands of indicators.
 *
 * @example
 * await populate(host, chengdu13th, "zh-CN")
 * // → { sheetName: "指标监测", indicators: 11, keptRows: 0, extraYears: [] }
 */
export async function populate(host: ExcelHost, plan: Plan, locale: Locale): Promise<PopulateResult> {
  const model = templateLayout(plan, locale);
  return host.run(async (context) => {
    const list = queueSheetList(context);
    await context.sync();
    const sheets = list();
    const stateSheet = sheets.find((sheet) => sameName(sheet.name, STATE_SHEET));
    const names = [model.sheetName, ...templateSheetNames(plan)];
    const guess = names.map((name) => sheets.find((sheet) => sameName(sheet.name, name))).find((s) => s !== undefined);

    const stateRead = stateSheet === undefined ? null : queueStateReadOrNull(context);
    let target: SheetInfo | null = guess ?? null;
    let snapshot: (() => SheetSnapshot) | null =
      target === null ? null : queueSheetRead(context, target.name, { notes: false, formats: true });
    if (stateRead !== null || snapshot !== null) await context.sync();
    const read = stateRead === null ? null : stateRead();
    const previous = read?.state === null || read === null ? null : { state: read.state, rows: read.rows };
    const remembered = previous === null ? null : findMonitor(previous.state, sheets);
    if (remembered !== null && remembered.id !== target?.id) {
      target = remembered;
      snapshot = queueSheetRead(context, target.name, { notes: false, formats: true });
      await context.sync();
    }

    let before = snapshot === null ? null : snapshot();
    const reading = before === null ? null : readLayout(before.grid);
    if (before !== null && reading === null && before.extent !== null) {
      // A sheet with content but no monitoring header (someone's own sheet of that name, or ours with its header
      // row deleted) is never written over: the template goes to a new sheet and that one stays as it is.
      target = null;
      before = null;
    }
    if (target === null) {
      // Added on its own so the state can name it by id, which Excel gives only once the sheet exists.
      const added = context.workbook.worksheets.add(freeName(model.sheetName, sheets));
      added.load("id,name");
      await context.sync();
      target = { id: added.id, name: added.name };
    }
    const sheetName = target.name;
    const composed = composeSheet(
      model,
      reading,
      previous?.state ?? { explanations: [], decisions: [] },
      locale,
      before?.formats ?? null,
    );
    const state: WorkbookState = {
      version: STATE_VERSION,
      plan,
      sheetId: target.id,
      sheetName,
      locale,
      explanations: previous?.state.explanations ?? [],
      decisions: previous?.state.decisions ?? [],
      userName: previous?.state.userName ?? null,
    };
    await applyWrites(context, [
      ...sheetWrites(
        sheetName,
        composed,
        { extent: before?.extent ?? null, protected: before?.protected ?? false },
        locale,
      ),
      ...stateWrites(state, { exists: stateSheet !== undefined, rows: read?.rows ?? 0 }),
      // People asked for this sheet: show it, as Excel shows a sheet it has just made.
      { kind: "activate", sheet: sheetName },
    ]);
    return {
      sheetName,
      indicators: composed.planRows,
      keptRows: composed.rows.length - composed.planRows,
      extraYears: composed.extraYears,
    };
  });
}
