import { populate, simulatorHost } from "../../src/excel";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { editCell, selectCell } from "../../src/workbench/page/cell-actions";
import { editText } from "../../src/workbench/page/cell-look";
import { gridKeyIntent, moveCell, type Hidden } from "../../src/workbench/page/grid-keys";
import {
  EXTRA_ROWS,
  MAX_DRAWN_ROWS,
  pointsToPixels,
  rowsInView,
  sheetLayout,
  type RowSpec,
} from "../../src/workbench/page/grid-layout";
import { createSimulator } from "../../src/workbench/simulator";

const key = (k: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  gridKeyIntent({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe("grid keys", () => {
  it.each([
    ["ArrowDown", { kind: "move", move: "down" }],
    ["ArrowLeft", { kind: "move", move: "left" }],
    ["Enter", { kind: "edit", seed: null }],
    ["F2", { kind: "edit", seed: null }],
    ["7", { kind: "edit", seed: "7" }],
    ["１", { kind: "edit", seed: "１" }],
    ["约", { kind: "edit", seed: "约" }],
    ["Backspace", { kind: "edit", seed: "" }],
    ["Delete", { kind: "clear" }],
    ["Tab", null],
    ["Escape", null],
    ["Process", null],
  ])("%s → %j", (k, intent) => {
    expect(key(k)).toEqual(intent);
  });

  it("leaves shortcuts to the browser but takes Ctrl+Home to A1", () => {
    expect(key("c", { ctrlKey: true })).toBeNull();
    expect(key("v", { metaKey: true })).toBeNull();
    expect(key("Home", { ctrlKey: true })).toEqual({ kind: "move", move: "sheetStart" });
  });

  const none: Hidden = { rows: new Set(), columns: new Set() };

  it("moves over hidden columns and rows and stops at the sheet's edge", () => {
    const hidden: Hidden = { rows: new Set([5, 6]), columns: new Set([17]) };
    expect(moveCell({ row: 4, column: 16 }, "right", hidden)).toEqual({ row: 4, column: 18 });
    expect(moveCell({ row: 4, column: 16 }, "down", hidden)).toEqual({ row: 7, column: 16 });
    expect(moveCell({ row: 7, column: 16 }, "up", hidden)).toEqual({ row: 4, column: 16 });
    expect(moveCell({ row: 0, column: 0 }, "up", none)).toEqual({ row: 0, column: 0 });
    expect(moveCell({ row: 0, column: 0 }, "left", none)).toEqual({ row: 0, column: 0 });
    expect(moveCell({ row: 3, column: 0 }, "pageUp", none)).toEqual({ row: 0, column: 0 });
    expect(moveCell({ row: 3, column: 4 }, "pageDown", none)).toEqual({ row: 13, column: 4 });
    expect(moveCell({ row: 9, column: 4 }, "sheetStart", { rows: new Set([0]), columns: new Set() })).toEqual({
      row: 1,
      column: 0,
    });
    expect(moveCell({ row: MAX_DRAWN_ROWS - 1, column: 0 }, "down", none).row).toBe(MAX_DRAWN_ROWS - 1);
  });
});

describe("sheet layout", () => {
  it("draws the populated sheet without its hidden id column, frozen as Excel freezes it", async () => {
    const sim = createSimulator();
    const plan = builtInPlan(DEFAULT_PLAN_ID);
    if (plan === null) throw new Error("default plan missing");
    await populate(simulatorHost(sim), plan, "zh-CN");
    const sheet = sim.workbook.sheetNames.find((name) => sim.workbook.sheet(name)?.protection.protected);
    if (sheet === undefined) throw new Error("no monitoring sheet");
    const view = sim.workbook.sheet(sheet);
    const layout = sheetLayout(sim.workbook, sheet);
    if (layout === null || view === undefined) throw new Error("no layout");
    const letters = layout.columns.map((column) => column.letters);
    for (const hidden of view.hiddenColumns) expect(letters).not.toContain(hidden);
    expect(layout.columns.length).toBeGreaterThan(0);
    expect(layout.frozenRows.map((row) => row.index)).toEqual([...Array(view.frozenRows).keys()]);
    expect(layout.frozenColumns).toBe(view.frozenColumns);
    expect(layout.columns[1]?.width).toBe(pointsToPixels(sim.workbook.columnWidth(sheet, "B") ?? 0));
    const usedBottom = Number(/(\d+)$/u.exec(view.usedRange ?? "")?.[1]);
    expect(layout.rows.at(-1)?.index).toBe(usedBottom - 1 + EXTRA_ROWS);
  });

  it("caps a sheet used a million rows down", () => {
    const sim = createSimulator();
    expect(sim.user.edit("Sheet1", "A1000000", "far").ok).toBe(true);
    const layout = sheetLayout(sim.workbook, "Sheet1");
    expect(layout?.rows).toHaveLength(MAX_DRAWN_ROWS);
    expect(layout?.truncated).toBe(true);
  });

  it("is null for a sheet the workbook lacks", () => {
    expect(sheetLayout(createSimulator().workbook, "Nope")).toBeNull();
  });

  it("windows 2,000 rows to those in view", () => {
    const rows: RowSpec[] = Array.from({ length: 2000 }, (_, index) => ({ index, height: 20, top: index * 20 }));
    expect(rowsInView(rows, 0, 400, 0)).toEqual({ start: 0, end: 21 });
    expect(rowsInView(rows, 10_000, 400, 5)).toEqual({ start: 495, end: 526 });
    expect(rowsInView(rows, 39_900, 400, 5)).toEqual({ start: 1990, end: 2000 });
  });
});

describe("edit text", () => {
  it("starts editing with what a person would type again", () => {
    const sim = createSimulator();
    sim.user.edit("Sheet1", "A1", "38%");
    sim.user.edit("Sheet1", "A2", "1,234");
    sim.user.edit("Sheet1", "A3", "=SUM(A1:A2)");
    sim.user.edit("Sheet1", "A4", "约120");
    expect(editText(sim.workbook.cell("Sheet1", "A1"))).toBe("38%");
    expect(editText(sim.workbook.cell("Sheet1", "A2"))).toBe("1234");
    expect(editText(sim.workbook.cell("Sheet1", "A3"))).toBe("=SUM(A1:A2)");
    expect(editText(sim.workbook.cell("Sheet1", "A4"))).toBe("约120");
    expect(editText(sim.workbook.cell("Sheet1", "A5"))).toBe("");
  });
});

describe("a person's actions", () => {
  it("are refused as Excel refuses them: a Stop validation alert keeps the cell as it was", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      range.dataValidation.errorAlert = { message: "请填正整数", showAlert: true, style: "Stop", title: "数值" };
      await context.sync();
    });
    expect(editCell(sim, "Sheet1", "A1", "0")).toEqual({
      code: "validation-rejected",
      address: "A1",
      value: "0",
      alert: "请填正整数",
    });
    expect(sim.workbook.cell("Sheet1", "A1")?.value).toBe("");
    expect(editCell(sim, "Sheet1", "A1", "3")).toBeNull();
    expect(sim.workbook.cell("Sheet1", "A1")?.value).toBe(3);
  });

  it("leave an empty cell alone when nothing was typed, so no change event fires", async () => {
    const sim = createSimulator();
    const changes: string[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (event) => {
        changes.push(event.address);
      });
      await context.sync();
    });
    expect(editCell(sim, "Sheet1", "B2", "")).toBeNull();
    expect(editCell(sim, "Sheet1", "B3", "x")).toBeNull();
    await sim.settle();
    expect(changes).toEqual(["B3"]);
  });

  it("select through the simulator, refusing a bad address with Excel's words", () => {
    const sim = createSimulator();
    expect(selectCell(sim, "Sheet1", "C3")).toBeNull();
    expect(sim.workbook.selection).toEqual({ sheet: "Sheet1", address: "C3" });
    expect(selectCell(sim, "Nope", "A1")?.code).toBe("rejected");
  });
});
