/** Worksheets: names, lookup, items, visibility, position, delete/activate, freeze panes, protection. */
import { createSimulator, type Simulator } from "../../src/workbench/simulator";

async function batch(sim: Simulator, body: (context: Excel.RequestContext) => void): Promise<void> {
  await sim.run(async (context) => {
    body(context);
    await context.sync();
  });
}

describe("adding and naming sheets", () => {
  it.each<readonly [string, string | null]>([
    ["2021年监测", null],
    ["x".repeat(31), null],
    ["x".repeat(32), "InvalidArgument"],
    ...["[", "]", ":", "*", "?", "/", "\\"].map((ch) => [`a${ch}b`, "InvalidArgument"] as const),
    ["'quoted", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["", "InvalidArgument"],
    ["SHEET1", "ItemAlreadyExists"],
  ])("add(%p) → %s", async (name, code) => {
    const sim = createSimulator();
    const outcome = batch(sim, (context) => context.workbook.worksheets.add(name));
    if (code === null) {
      await outcome;
      expect(sim.workbook.sheetNames).toEqual(["Sheet1", name]);
    } else {
      await expect(outcome).rejects.toMatchObject({ code });
      expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
    }
  });

  it("names an unnamed sheet with the next free SheetN and does not activate it", async () => {
    const sim = createSimulator();
    const name = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.add().load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Sheet2");
    expect(sim.workbook.activeSheet).toBe("Sheet1");
  });

  it("renames a sheet; a name another sheet has is refused", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      context.workbook.worksheets.add("Data");
      context.workbook.worksheets.getItem("Sheet1").name = "监测";
    });
    expect(sim.workbook.sheetNames).toEqual(["监测", "Data"]);
    await expect(
      batch(sim, (context) => {
        context.workbook.worksheets.getItem("Data").name = "监测";
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

describe("finding sheets", () => {
  it("fails getItem of a missing sheet at sync with ItemNotFound", async () => {
    const sim = createSimulator();
    await expect(batch(sim, (context) => context.workbook.worksheets.getItem("Missing"))).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
  });

  it("finds a sheet by name (any case) or by id", async () => {
    const sim = createSimulator();
    const names = await sim.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("sheet1").load("id, name");
      await context.sync();
      const byId = context.workbook.worksheets.getItem(byName.id).load("name");
      await context.sync();
      return [byName.name, byId.name];
    });
    expect(names).toEqual(["Sheet1", "Sheet1"]);
  });

  it("lists items only after load('items/name') and a sync", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Data");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name, items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["Sheet1", "Visible"],
        ["Data", "Visible"],
      ]);
      expect(() => sheets.items[0]?.position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("keeps a proxy on its sheet after a rename", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.name = "Renamed";
      await context.sync();
      sheet.getRange("A1").values = [["still here"]];
      await context.sync();
    });
    expect(sim.workbook.cell("Renamed", "A1")?.value).toBe("still here");
  });
});

describe("visibility, position, delete, activate", () => {
  it.each(["Hidden", "VeryHidden"] as const)("hides a sheet as %s; the active sheet moves on", async (visibility) => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      context.workbook.worksheets.add("Data");
      context.workbook.worksheets.getItem("Sheet1").visibility = visibility;
    });
    expect(sim.workbook.sheet("Sheet1")?.visibility).toBe(visibility);
    expect(sim.workbook.activeSheet).toBe("Data");
  });

  it("refuses to hide or delete the last visible sheet", async () => {
    const sim = createSimulator();
    await expect(
      batch(sim, (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(batch(sim, (context) => context.workbook.worksheets.getItem("Sheet1").delete())).rejects.toMatchObject(
      {
        code: "InvalidOperation",
      },
    );
  });

  it("refuses a visibility that is not one", async () => {
    const sim = createSimulator();
    await expect(
      batch(sim, (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Invisible" as Excel.SheetVisibility;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("moves a sheet with position; out of range is refused", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      context.workbook.worksheets.add("B");
      context.workbook.worksheets.add("C");
      context.workbook.worksheets.getItem("C").position = 0;
    });
    expect(sim.workbook.sheetNames).toEqual(["C", "Sheet1", "B"]);
    await expect(
      batch(sim, (context) => {
        context.workbook.worksheets.getItem("C").position = 3;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("deletes a sheet with its tables", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      const data = context.workbook.worksheets.add("Data");
      data.tables.add("A1:B2", true);
      data.delete();
    });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
    expect(sim.workbook.tables).toEqual([]);
  });

  it("activates a visible sheet and reads it back; a hidden one is refused", async () => {
    const sim = createSimulator();
    const active = await sim.run(async (context) => {
      context.workbook.worksheets.add("Data").activate();
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
    expect(active).toBe("Data");
    await expect(
      batch(sim, (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.visibility = "Hidden";
        sheet.activate();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("freeze panes", () => {
  it.each<[string, (panes: Excel.WorksheetFreezePanes) => void, number, number, string | null]>([
    ["freezeRows(2)", (p) => p.freezeRows(2), 2, 0, "Sheet1!1:2"],
    ["freezeColumns(1)", (p) => p.freezeColumns(1), 0, 1, "Sheet1!A:A"],
    ["freezeAt(B3)", (p) => p.freezeAt("A1:B3"), 3, 2, "Sheet1!A1:B3"],
    ["freezeRows then freezeColumns (the last wins)", (p) => (p.freezeRows(2), p.freezeColumns(1)), 0, 1, "Sheet1!A:A"],
    ["unfreeze", (p) => (p.freezeRows(2), p.unfreeze()), 0, 0, null],
  ])("%s", async (_name, act, rows, columns, location) => {
    const sim = createSimulator();
    const read = await sim.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      act(panes);
      const frozen = panes.getLocationOrNullObject().load("address");
      await context.sync();
      return frozen.isNullObject ? null : frozen.address;
    });
    expect(read).toBe(location);
    expect(sim.workbook.sheet("Sheet1")).toMatchObject({ frozenRows: rows, frozenColumns: columns });
  });

  it("refuses a negative count", async () => {
    const sim = createSimulator();
    await expect(
      batch(sim, (context) => context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(-1)),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("protection", () => {
  async function protectedSheet(options?: Excel.WorksheetProtectionOptions): Promise<Simulator> {
    const sim = createSimulator();
    await batch(sim, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D2:D10").format.protection.locked = false;
      sheet.protection.protect(options);
    });
    return sim;
  }

  it("locks every cell by default: writing a locked cell fails with AccessDenied, an unlocked one passes", async () => {
    const sim = await protectedSheet();
    await expect(
      batch(sim, (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await batch(sim, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D2:D3").values = [[1], [2]];
    });
    expect(sim.workbook.values("Sheet1", "D2:D3")).toEqual([[1], [2]]);
  });

  it("refuses a write that touches one locked cell among unlocked ones", async () => {
    const sim = await protectedSheet();
    await expect(
      batch(sim, (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("D10:D11").values = [[1], [2]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(sim.workbook.cell("Sheet1", "D10")?.value).toBe("");
  });

  it.each<[string, (sheet: Excel.Worksheet) => void]>([
    ["a fill", (s) => (s.getRange("D2").format.fill.color = "red")],
    ["a number format", (s) => (s.getRange("D2").numberFormat = [["0.00"]])],
    ["a column width", (s) => (s.getRange("D:D").format.columnWidth = 80)],
    ["hiding a row", (s) => (s.getRange("3:3").rowHidden = true)],
    ["unlocking cells", (s) => (s.getRange("E2").format.protection.locked = false)],
    [
      "data validation",
      (s) => (s.getRange("D2").dataValidation.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } }),
    ],
    ["a table", (s) => s.tables.add("F1:G3", true)],
  ])("refuses %s on a protected sheet, and allows it once unprotected", async (_name, act) => {
    const sim = await protectedSheet();
    await expect(batch(sim, (context) => act(context.workbook.worksheets.getItem("Sheet1")))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await batch(sim, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.unprotect();
      act(sheet);
    });
  });

  it("lets the options permit formatting", async () => {
    const sim = await protectedSheet({ allowFormatCells: true, allowFormatColumns: true });
    await batch(sim, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.fill.color = "red";
      sheet.getRange("A:A").format.columnWidth = 80;
    });
    expect(sim.workbook.cell("Sheet1", "A1")?.fill).toBe("#FF0000");
    await expect(
      batch(sim, (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("3:3").format.rowHeight = 30;
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("reads protected and options after load; protecting twice fails", async () => {
    const sim = await protectedSheet({ allowSort: true });
    const read = await sim.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection.load("protected, options");
      await context.sync();
      return [protection.protected, protection.options.allowSort, protection.options.allowFormatCells];
    });
    expect(read).toEqual([true, true, false]);
    await expect(
      batch(sim, (context) => context.workbook.worksheets.getItem("Sheet1").protection.protect()),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("needs the password to unprotect a sheet protected with one", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => context.workbook.worksheets.getItem("Sheet1").protection.protect({}, "s3cret"));
    await expect(
      batch(sim, (context) => context.workbook.worksheets.getItem("Sheet1").protection.unprotect("wrong")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.workbook.sheet("Sheet1")?.protection).toMatchObject({ protected: true, hasPassword: true });
    await batch(sim, (context) => context.workbook.worksheets.getItem("Sheet1").protection.unprotect("s3cret"));
    expect(sim.workbook.sheet("Sheet1")?.protection.protected).toBe(false);
  });

  it("refuses an unknown protection option", async () => {
    const sim = createSimulator();
    await expect(
      batch(sim, (context) =>
        context.workbook.worksheets
          .getItem("Sheet1")
          .protection.protect({ allowEverything: true } as Excel.WorksheetProtectionOptions),
      ),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
