/**
 * Failed syncs and refused user actions. With `atomicFailures`, whatever a failed one did before failing is undone
 * exactly, and a workbook that went through failures behaves like one that never saw them. By default a failed
 * sync keeps what came before the failing operation, as Excel does: the same as sending each operation on its
 * own and stopping at the first failure. And a sync costs what it touches, not the size of the workbook.
 */
import fc from "fast-check";
import { createSimulator, type Simulator } from "../../src/workbench/simulator";

const SHEETS = ["Sheet1", "S2"] as const;
type SheetName = (typeof SHEETS)[number];

/** One queued operation of a batch, as data so that fast-check prints and shrinks it. */
type Step =
  | { readonly kind: "values"; readonly sheet: SheetName; readonly row: number; readonly value: string | number }
  | { readonly kind: "fill"; readonly sheet: SheetName; readonly row: number; readonly color: string | null }
  | { readonly kind: "columnBold"; readonly sheet: SheetName; readonly column: number }
  | { readonly kind: "rowHidden"; readonly sheet: SheetName; readonly row: number; readonly hidden: boolean }
  | { readonly kind: "columnWidth"; readonly sheet: SheetName; readonly column: number; readonly width: number }
  | { readonly kind: "clear"; readonly sheet: SheetName; readonly row: number }
  | { readonly kind: "note"; readonly sheet: SheetName; readonly row: number; readonly content: string }
  | { readonly kind: "deleteNote"; readonly sheet: SheetName; readonly row: number }
  | { readonly kind: "merge"; readonly sheet: SheetName; readonly row: number }
  | { readonly kind: "table"; readonly sheet: SheetName; readonly row: number }
  | { readonly kind: "protect" | "unprotect"; readonly sheet: SheetName }
  | { readonly kind: "addSheet" | "deleteSheet" | "renameSheet" | "activate" }
  | { readonly kind: "setting"; readonly key: string; readonly value: number }
  | { readonly kind: "missing" };

/** A person's action, its own transaction. */
type Action =
  | { readonly kind: "edit"; readonly sheet: SheetName; readonly row: number; readonly value: string }
  | { readonly kind: "paste"; readonly sheet: SheetName; readonly row: number; readonly values: number[] }
  | { readonly kind: "insertRows" | "deleteRows"; readonly sheet: SheetName; readonly row: number }
  | { readonly kind: "sortRows"; readonly sheet: SheetName };

type Item = { readonly batch: readonly Step[] } | { readonly user: Action };

const sheetArb = fc.constantFrom(...SHEETS);
const rowArb = fc.integer({ min: 1, max: 8 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("values" as const),
    sheet: sheetArb,
    row: rowArb,
    value: fc.oneof(fc.integer(), fc.constantFrom("38%", "1,234", "待统计", "=A1", "")),
  }),
  fc.record({
    kind: fc.constant("fill" as const),
    sheet: sheetArb,
    row: rowArb,
    color: fc.constantFrom("#FFC7CE", null),
  }),
  fc.record({ kind: fc.constant("columnBold" as const), sheet: sheetArb, column: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant("rowHidden" as const), sheet: sheetArb, row: rowArb, hidden: fc.boolean() }),
  fc.record({
    kind: fc.constant("columnWidth" as const),
    sheet: sheetArb,
    column: fc.integer({ min: 0, max: 3 }),
    width: fc.integer({ min: 0, max: 200 }),
  }),
  fc.record({ kind: fc.constant("clear" as const), sheet: sheetArb, row: rowArb }),
  fc.record({
    kind: fc.constant("note" as const),
    sheet: sheetArb,
    row: rowArb,
    content: fc.constantFrom("⚑ 错误", "备注"),
  }),
  fc.record({ kind: fc.constant("deleteNote" as const), sheet: sheetArb, row: rowArb }),
  fc.record({ kind: fc.constant("merge" as const), sheet: sheetArb, row: rowArb }),
  fc.record({ kind: fc.constant("table" as const), sheet: sheetArb, row: rowArb }),
  fc.record({ kind: fc.constantFrom("protect" as const, "unprotect" as const), sheet: sheetArb }),
  fc.record({
    kind: fc.constantFrom("addSheet" as const, "deleteSheet" as const, "renameSheet" as const, "activate" as const),
  }),
  fc.record({ kind: fc.constant("setting" as const), key: fc.constantFrom("a", "b"), value: fc.integer() }),
  fc.constant({ kind: "missing" as const }),
);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant("edit" as const), sheet: sheetArb, row: rowArb, value: fc.constantFrom("12.5", "x") }),
  fc.record({
    kind: fc.constant("paste" as const),
    sheet: sheetArb,
    row: rowArb,
    values: fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constantFrom("insertRows" as const, "deleteRows" as const), sheet: sheetArb, row: rowArb }),
  fc.record({ kind: fc.constant("sortRows" as const), sheet: sheetArb }),
);
const itemArb: fc.Arbitrary<Item> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ batch: fc.array(stepArb, { minLength: 1, maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ user: actionArb }) },
);

function queue(context: Excel.RequestContext, step: Step): void {
  const sheets = context.workbook.worksheets;
  if (!("sheet" in step)) {
    if (step.kind === "addSheet") sheets.add("S2");
    else if (step.kind === "deleteSheet") sheets.getItem("S2").delete();
    else if (step.kind === "renameSheet") sheets.getItem("S2").name = "S2 renamed";
    else if (step.kind === "activate") sheets.getItem("S2").activate();
    else if (step.kind === "setting") context.workbook.settings.add(step.key, step.value);
    else sheets.getItem("Missing").getRange("A1").values = [[1]];
    return;
  }
  const sheet = sheets.getItem(step.sheet);
  const columns = ["A", "B", "C", "D"];
  switch (step.kind) {
    case "values":
      sheet.getRange(`B${step.row}`).values = [[step.value]];
      break;
    case "fill":
      if (step.color === null) sheet.getRange(`A${step.row}:C${step.row}`).format.fill.clear();
      else sheet.getRange(`A${step.row}:C${step.row}`).format.fill.color = step.color;
      break;
    case "columnBold":
      sheet.getRange(`${columns[step.column] ?? "A"}:${columns[step.column] ?? "A"}`).format.font.bold = true;
      break;
    case "rowHidden":
      sheet.getRange(`${step.row}:${step.row}`).rowHidden = step.hidden;
      break;
    case "columnWidth":
      sheet.getRange(`${columns[step.column] ?? "A"}1`).format.columnWidth = step.width;
      break;
    case "clear":
      sheet.getRange(`A${step.row}:C${step.row + 1}`).clear();
      break;
    case "note":
      sheet.notes.add(`C${step.row}`, step.content);
      break;
    case "deleteNote":
      sheet.notes.getItem(`C${step.row}`).delete();
      break;
    case "merge":
      sheet.getRange(`A${step.row}:B${step.row}`).merge();
      break;
    case "table":
      sheet.tables.add(`A${step.row}:B${step.row + 1}`, true);
      break;
    case "protect":
      sheet.protection.protect({ allowFormatCells: true });
      break;
    case "unprotect":
      sheet.protection.unprotect();
      break;
  }
}

/** Applies an item; true when it took effect. */
async function apply(sim: Simulator, item: Item): Promise<boolean> {
  if ("user" in item) {
    const action = item.user;
    const result =
      action.kind === "edit"
        ? sim.user.edit(action.sheet, `B${action.row}`, action.value)
        : action.kind === "paste"
          ? sim.user.paste(action.sheet, `A${action.row}`, [action.values])
          : action.kind === "sortRows"
            ? sim.user.sortRows(action.sheet, 1, 8, "B")
            : sim.user[action.kind](action.sheet, action.row, 2);
    return result.ok;
  }
  try {
    await sim.run(async (context) => {
      for (const step of item.batch) queue(context, step);
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

describe("a failed sync or a refused action", () => {
  it("leaves the workbook exactly as it was, and later work behaves as if the failure never happened", async () => {
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(itemArb, { minLength: 1, maxLength: 10 }), async (items) => {
        const options = { requirementSets: { ExcelApi: "1.18" }, userName: "张三", atomicFailures: true } as const;
        const sim = createSimulator(options);
        // The same workbook, given only the items that took effect: it never saw a failure.
        const clean = createSimulator(options);
        for (const item of items) {
          const before = sim.serialize();
          if (await apply(sim, item)) {
            expect(await apply(clean, item)).toBe(true);
            expect(sim.serialize()).toBe(clean.serialize());
          } else {
            failures += 1;
            expect(sim.serialize()).toBe(before);
          }
        }
      }),
      { numRuns: 80 },
    );
    // The property is only worth something if failures happened, after changes that then had to be undone.
    expect(failures).toBeGreaterThan(50);
  });
});

describe("a failed sync, as in Excel", () => {
  it("keeps exactly the operations before the failing one", async () => {
    let partial = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(itemArb, { minLength: 1, maxLength: 10 }), async (items) => {
        const options = { requirementSets: { ExcelApi: "1.18" }, userName: "张三" } as const;
        const sim = createSimulator(options);
        // The same workbook, sent one step per sync and stopped at the first failure.
        const stepwise = createSimulator(options);
        for (const item of items) {
          const ok = await apply(sim, item);
          if ("user" in item) {
            await apply(stepwise, item);
          } else {
            let applied = 0;
            for (const step of item.batch) {
              if (!(await apply(stepwise, { batch: [step] }))) break;
              applied += 1;
            }
            if (!ok && applied > 0) partial += 1;
          }
          expect(sim.serialize()).toBe(stepwise.serialize());
        }
      }),
      { numRuns: 80 },
    );
    expect(partial).toBeGreaterThan(20);
  });
});
