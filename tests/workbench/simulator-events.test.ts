/** Events and the simulated person: what fires when, with which details, and what Excel refuses. */
import { createSimulator, type Simulator } from "../../src/workbench/simulator";

type ChangedArgs = Excel.WorksheetChangedEventArgs;

/** Registers an onChanged handler on Sheet1 and collects what it receives. */
async function listen(
  sim: Simulator,
  sheet = "Sheet1",
): Promise<{ events: ChangedArgs[]; result: OfficeExtension.EventHandlerResult<ChangedArgs> }> {
  const events: ChangedArgs[] = [];
  const result = await sim.run(async (context) => {
    const registration = context.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
      events.push(args);
    });
    await context.sync();
    return registration;
  });
  return { events, result };
}

async function write(sim: Simulator, address: string, values: unknown[][]): Promise<void> {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange(address).values = values;
    await context.sync();
  });
}

describe("onChanged", () => {
  it("fires for a person's edit with before/after details", async () => {
    const sim = createSimulator();
    await write(sim, "B2", [[10]]);
    const { events } = await listen(sim);
    expect(sim.user.edit("Sheet1", "B2", "12.5")).toEqual({ ok: true });
    await sim.settle();
    const sheetId = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load("id");
      await context.sync();
      return sheet.id;
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "WorksheetChanged",
      address: "B2",
      changeType: "RangeEdited",
      source: "Local",
      triggerSource: "Unknown",
      worksheetId: sheetId,
      details: { valueBefore: 10, valueAfter: 12.5, valueTypeBefore: "Double", valueTypeAfter: "Double" },
    });
  });

  it("fires without details for a multi-cell paste", async () => {
    const sim = createSimulator();
    const { events } = await listen(sim);
    sim.user.paste("Sheet1", "C3", [
      [1, 2],
      [3, 4],
    ]);
    await sim.settle();
    expect(events).toHaveLength(1);
    expect(events[0]?.address).toBe("C3:D4");
    expect(events[0]?.details).toBeUndefined();
  });

  it("fires for the add-in's own writes too, marked ThisLocalAddin", async () => {
    const sim = createSimulator();
    const { events } = await listen(sim);
    await write(sim, "A1:B1", [[1, 2]]);
    await sim.settle();
    expect(events.map((e) => [e.address, e.triggerSource, e.details])).toEqual([
      ["A1:B1", "ThisLocalAddin", undefined],
    ]);
  });

  it("delivers the add-in's own events after its run has finished, so a busy flag does not silence them", async () => {
    const sim = createSimulator();
    let writing = false;
    const seenWhileWriting: boolean[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async () => {
        seenWhileWriting.push(writing);
      });
      await context.sync();
    });
    writing = true;
    try {
      await write(sim, "A1", [[1]]);
    } finally {
      writing = false;
    }
    await sim.settle();
    expect(seenWhileWriting).toEqual([false]);
  });

  it("is silent while context.runtime.enableEvents is false, and hears again after", async () => {
    const sim = createSimulator();
    const { events } = await listen(sim);
    await sim.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["quiet"]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await sim.settle();
    expect(events).toEqual([]);
    sim.user.edit("Sheet1", "A2", "heard");
    await sim.settle();
    expect(events.map((e) => e.address)).toEqual(["A2"]);
  });

  it("registers only at the next sync", async () => {
    const sim = createSimulator();
    const events: ChangedArgs[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
        events.push(args);
      });
      sim.user.edit("Sheet1", "A1", "before the sync");
      await sim.settle();
      await context.sync();
    });
    sim.user.edit("Sheet1", "A1", "after the sync");
    await sim.settle();
    expect(events.map((e) => e.details.valueAfter)).toEqual(["after the sync"]);
  });

  it("removes a handler only through a sync of its own context", async () => {
    const sim = createSimulator();
    const { events, result } = await listen(sim);
    expect(() => result.remove()).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
    await sim.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    sim.user.edit("Sheet1", "A1", "x");
    await sim.settle();
    expect(events).toEqual([]);
  });

  it("lets a handler read the changed range through args.getRange(context)", async () => {
    const sim = createSimulator();
    const seen: unknown[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
        await sim.run(async (ctx) => {
          const range = args.getRange(ctx).load("values, address");
          await ctx.sync();
          seen.push([range.address, range.values]);
        });
      });
      await context.sync();
    });
    sim.user.edit("Sheet1", "C2", "1,234");
    await sim.settle();
    expect(seen).toEqual([["Sheet1!C2", [[1234]]]]);
  });

  it("hears every sheet through worksheets.onChanged, and marks a co-author's edit Remote", async () => {
    const sim = createSimulator();
    const seen: string[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.add("Data");
      context.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(`${args.address}:${args.source}`);
      });
      await context.sync();
    });
    sim.user.edit("Sheet1", "A1", "1");
    sim.user.edit("Data", "B2", "2", { source: "Remote" });
    await sim.settle();
    expect(seen).toEqual(["A1:Local", "B2:Remote"]);
  });

  it("leaves triggerSource out on hosts before ExcelApi 1.14", async () => {
    const sim = createSimulator({ requirementSets: { ExcelApi: "1.13" } });
    const { events } = await listen(sim);
    sim.user.edit("Sheet1", "A1", "1");
    await sim.settle();
    expect(events[0]).not.toHaveProperty("triggerSource");
  });

  it("surfaces a handler's error from settle()", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async () => {
        throw new Error("handler bug");
      });
      await context.sync();
    });
    sim.user.edit("Sheet1", "A1", "1");
    await expect(sim.settle()).rejects.toThrow("handler bug");
    await expect(sim.settle()).resolves.toBeUndefined();
  });
});

describe("onSelectionChanged", () => {
  it("fires when a person selects cells", async () => {
    const sim = createSimulator();
    const seen: string[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(async (args) => {
        seen.push(args.address);
      });
      await context.sync();
    });
    expect(sim.user.select("Sheet1", "D4:E5")).toEqual({ ok: true });
    await sim.settle();
    expect(seen).toEqual(["D4:E5"]);
    expect(sim.workbook.selection).toEqual({ sheet: "Sheet1", address: "D4:E5" });
  });
});

describe("a person's actions", () => {
  it("cannot type into a locked cell of a protected sheet; no event fires", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
    });
    const { events } = await listen(sim);
    expect(sim.user.edit("Sheet1", "A1", "x")).toMatchObject({ ok: false, code: "AccessDenied" });
    expect(sim.user.edit("Sheet1", "B2", "x")).toEqual({ ok: true });
    await sim.settle();
    expect(events.map((e) => e.address)).toEqual(["B2"]);
  });

  it.each([
    ["Stop", "-1", false],
    ["Stop", "5", true],
    ["Warning", "-1", true],
    ["Information", "-1", true],
  ] as const)("with a %s alert, typing %s into a non-negative cell is accepted: %s", async (style, typed, accepted) => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("B2").dataValidation;
      validation.rule = { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } };
      validation.errorAlert = { title: "", message: "必须是非负数", showAlert: true, style };
      await context.sync();
    });
    const result = sim.user.edit("Sheet1", "B2", typed);
    expect(result.ok).toBe(accepted);
    if (!result.ok) expect(result).toMatchObject({ code: "ValidationRejected", message: "必须是非负数" });
    expect(sim.workbook.cell("Sheet1", "B2")?.value).toBe(accepted ? Number(typed) : "");
  });

  it("checks a list rule against its source range, and lets a paste bypass validation", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const lists = context.workbook.worksheets.add("Lists");
      lists.getRange("A1:A2").values = [["预期性"], ["约束性"]];
      context.workbook.worksheets.getItem("Sheet1").getRange("C1:C9").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Lists!$A$1:$A$2" },
      };
      await context.sync();
    });
    expect(sim.user.edit("Sheet1", "C1", "约束性").ok).toBe(true);
    expect(sim.user.edit("Sheet1", "C2", "其他").ok).toBe(false);
    expect(sim.user.paste("Sheet1", "C2", [["其他"]]).ok).toBe(true);
  });

  it("sorts whole rows, formats included, blanks last", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2:B5").values = [
        ["b", 2],
        ["", 9],
        ["a", 1],
        ["c", 3],
      ];
      sheet.getRange("A4:B4").format.fill.color = "yellow";
      await context.sync();
    });
    expect(sim.user.sortRows("Sheet1", 2, 5, "A", true)).toEqual({ ok: true });
    expect(sim.workbook.values("Sheet1", "A2:B5")).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["", 9],
    ]);
    expect(sim.workbook.cell("Sheet1", "B2")?.fill).toBe("#FFFF00");
  });

  it("inserts rows: cells move down, a table spanning them grows, RowInserted fires", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["h1", "h2"],
        [1, 2],
        [3, 4],
      ];
      sheet.tables.add("A1:B3", true);
      await context.sync();
    });
    const { events } = await listen(sim);
    expect(sim.user.insertRows("Sheet1", 3, 2)).toEqual({ ok: true });
    await sim.settle();
    expect(sim.workbook.values("Sheet1", "A3:A5")).toEqual([[""], [""], [3]]);
    expect(sim.workbook.tables[0]?.address).toBe("A1:B5");
    expect(events.map((e) => [e.changeType, e.address])).toEqual([["RowInserted", "3:4"]]);
  });

  it("deletes rows; a protected sheet with locked cells refuses", async () => {
    const sim = createSimulator();
    await write(sim, "A1:A4", [[1], [2], [3], [4]]);
    expect(sim.user.deleteRows("Sheet1", 2, 2)).toEqual({ ok: true });
    expect(sim.workbook.values("Sheet1", "A1:A2")).toEqual([[1], [4]]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect({ allowDeleteRows: true });
      await context.sync();
    });
    expect(sim.user.deleteRows("Sheet1", 1)).toMatchObject({ ok: false, code: "AccessDenied" });
  });

  it("renames a sheet as Excel allows, clears cells with Delete", async () => {
    const sim = createSimulator();
    await write(sim, "A1", [["x"]]);
    expect(sim.user.renameSheet("Sheet1", "a/b")).toMatchObject({ ok: false, code: "InvalidArgument" });
    expect(sim.user.renameSheet("Sheet1", "监测表")).toEqual({ ok: true });
    expect(sim.user.clear("监测表", "A1")).toEqual({ ok: true });
    expect(sim.workbook.cell("监测表", "A1")?.value).toBe("");
  });

  it("hides and shows a sheet from its tab; a very hidden sheet is out of reach", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.add("Data");
      context.workbook.worksheets.add("Secret").visibility = "VeryHidden";
      await context.sync();
    });
    expect(sim.user.setSheetHidden("Sheet1", true)).toEqual({ ok: true });
    expect(sim.workbook.activeSheet).toBe("Data");
    expect(sim.user.setSheetHidden("Data", true)).toMatchObject({ ok: false, code: "InvalidOperation" });
    expect(sim.user.setSheetHidden("Secret", false)).toMatchObject({ ok: false, code: "InvalidOperation" });
    expect(sim.user.setSheetHidden("Sheet1", false)).toEqual({ ok: true });
  });

  it("refuses actions on a sheet that does not exist", () => {
    const sim = createSimulator();
    expect(sim.user.edit("Nope", "A1", "x")).toMatchObject({ ok: false, code: "ItemNotFound" });
  });
});
