/** Cell notes (ExcelApi 1.18): the collection on a sheet and on the workbook, the gate, protection, moves, JSON. */
import { createSimulator, type Simulator } from "../../src/workbench/simulator";

const NOTES = { ExcelApi: "1.18" } as const;

function notesHost(userName = "张三"): Simulator {
  return createSimulator({ requirementSets: NOTES, userName });
}

async function batch(sim: Simulator, body: (context: Excel.RequestContext) => void): Promise<void> {
  await sim.run(async (context) => {
    body(context);
    await context.sync();
  });
}

/** The error code a batch fails with, or null when it succeeds. */
async function failure(sim: Simulator, body: (context: Excel.RequestContext) => void): Promise<string | null> {
  try {
    await batch(sim, body);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? "not an Office error";
  }
}

const sheet1 = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getItem("Sheet1");

describe("notes need ExcelApi 1.18", () => {
  const calls: readonly [string, (context: Excel.RequestContext) => void][] = [
    ["worksheet.notes.add", (context) => sheet1(context).notes.add("A1", "x")],
    ["worksheet.notes.load", (context) => sheet1(context).notes.load("items/content")],
    ["worksheet.notes.getItemOrNullObject", (context) => sheet1(context).notes.getItemOrNullObject("A1")],
    ["workbook.notes.getCount", (context) => context.workbook.notes.getCount()],
  ];

  it.each(["1.8", "1.14", "1.17"])("are ApiNotFound on ExcelApi %s", async (version) => {
    for (const [, call] of calls) {
      const sim = createSimulator({ requirementSets: { ExcelApi: version } });
      expect(await failure(sim, call)).toBe("ApiNotFound");
    }
  });

  it.each(calls)("%s works on ExcelApi 1.18", async (_name, call) => {
    expect(await failure(notesHost(), call)).toBeNull();
  });
});

describe("a worksheet's notes", () => {
  it("adds a note by address or by Range and reads it back by address, as items and by count", async () => {
    const sim = notesHost();
    await batch(sim, (context) => {
      sheet1(context).notes.add("B7", "⚑ 2017年填报值不是数字");
      sheet1(context).notes.add(sheet1(context).getRange("A2"), "人工备注");
    });
    const read = await sim.run(async (context) => {
      const notes = sheet1(context).notes;
      const byAddress = notes.getItem("B7").load("content, authorName");
      const missing = notes.getItemOrNullObject("C3");
      const count = notes.getCount();
      notes.load("items/content");
      await context.sync();
      return {
        content: byAddress.content,
        author: byAddress.authorName,
        missing: missing.isNullObject,
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, filled by the sync
        count: count.value,
        items: notes.items.map((note) => note.content),
      };
    });
    expect(read).toEqual({
      content: "⚑ 2017年填报值不是数字",
      author: "张三",
      missing: true,
      count: 2,
      items: ["人工备注", "⚑ 2017年填报值不是数字"],
    });
    expect(sim.workbook.notes("Sheet1")).toEqual([
      { address: "A2", content: "人工备注", authorName: "张三" },
      { address: "B7", content: "⚑ 2017年填报值不是数字", authorName: "张三" },
    ]);
  });

  it("refuses a second note on a cell with InvalidArgument, keeping what came before it in the sync", async () => {
    const sim = notesHost();
    await batch(sim, (context) => void sheet1(context).notes.add("B7", "first"));
    const code = await failure(sim, (context) => {
      sheet1(context).getRange("A1").values = [["written in the failed sync"]];
      sheet1(context).notes.add("C1", "also in the failed sync");
      sheet1(context).notes.add("B7", "second");
    });
    expect(code).toBe("InvalidArgument");
    expect(sim.workbook.notes("Sheet1")?.map((note) => note.content)).toEqual(["also in the failed sync", "first"]);
    expect(sim.workbook.cell("Sheet1", "A1")?.value).toBe("written in the failed sync");
  });

  it("replaces a note in one sync: delete, then add on the same cell", async () => {
    const sim = notesHost();
    await batch(sim, (context) => void sheet1(context).notes.add("B7", "old"));
    await sim.run(async (context) => {
      const notes = sheet1(context).notes;
      notes.load("items/content");
      await context.sync();
      for (const note of notes.items) note.delete();
      notes.add("B7", "new");
      await context.sync();
    });
    expect(sim.workbook.note("Sheet1", "B7")?.content).toBe("new");
  });

  it.each<[string, (context: Excel.RequestContext) => void, string]>([
    ["a range of two cells", (context) => sheet1(context).notes.add("A1:A2", "x"), "InvalidArgument"],
    ["a string that is no address", (context) => sheet1(context).notes.add("not a cell", "x"), "InvalidArgument"],
    ["a cell of another sheet", (context) => sheet1(context).notes.add("S2!A1", "x"), "InvalidArgument"],
    [
      "a Range of another sheet",
      (context) => sheet1(context).notes.add(context.workbook.worksheets.getItem("S2").getRange("A1"), "x"),
      "InvalidArgument",
    ],
    ["content that is not text", (context) => sheet1(context).notes.add("A1", 12), "InvalidArgument"],
    ["getItem on a cell without a note", (context) => sheet1(context).notes.getItem("A1"), "ItemNotFound"],
    ["getItemAt past the end", (context) => sheet1(context).notes.getItemAt(0), "ItemNotFound"],
  ])("refuses %s", async (_case, call, code) => {
    const sim = notesHost();
    await batch(sim, (context) => void context.workbook.worksheets.add("S2"));
    expect(await failure(sim, call)).toBe(code);
    expect(sim.workbook.notes("Sheet1")).toEqual([]);
  });

  it("edits content, reports the location, and deletes; a deleted note is ItemNotFound", async () => {
    const sim = notesHost();
    await batch(sim, (context) => void sheet1(context).notes.add("D4", "draft"));
    const location = await sim.run(async (context) => {
      const note = sheet1(context).notes.getItem("D4");
      note.content = "final";
      const cell = note.getLocation().load("address");
      await context.sync();
      return cell.address;
    });
    expect(location).toBe("Sheet1!D4");
    expect(sim.workbook.note("Sheet1", "D4")?.content).toBe("final");
    const code = await sim.run(async (context) => {
      const note = sheet1(context).notes.getItem("D4");
      note.delete();
      await context.sync();
      note.load("content");
      return context.sync().then(
        () => null,
        (error: { code?: string }) => error.code,
      );
    });
    expect(code).toBe("ItemNotFound");
    expect(sim.workbook.note("Sheet1", "D4")).toBeNull();
  });

  it.each<[string, Excel.WorksheetProtectionOptions, string | null]>([
    ["refuses", {}, "AccessDenied"],
    ["allows with allowEditObjects", { allowEditObjects: true }, null],
  ])("on a protected sheet %s adding, editing and deleting", async (_case, options, code) => {
    const sim = notesHost();
    await batch(sim, (context) => void sheet1(context).notes.add("A1", "before protection"));
    await batch(sim, (context) => sheet1(context).protection.protect(options));
    expect(await failure(sim, (context) => void sheet1(context).notes.add("B1", "x"))).toBe(code);
    expect(await failure(sim, (context) => void (sheet1(context).notes.getItem("A1").content = "y"))).toBe(code);
    expect(await failure(sim, (context) => sheet1(context).notes.getItem("A1").delete())).toBe(code);
  });
});

describe("notes move with their cells", () => {
  async function noted(): Promise<Simulator> {
    const sim = notesHost();
    await batch(sim, (context) => {
      sheet1(context).getRange("A1:A3").values = [[3], [1], [2]];
      sheet1(context).notes.add("B1", "three");
      sheet1(context).notes.add("B2", "one");
      sheet1(context).notes.add("B3", "two");
    });
    return sim;
  }
  const addresses = (sim: Simulator): string[] =>
    (sim.workbook.notes("Sheet1") ?? []).map((note) => `${note.address}=${note.content}`);

  it.each<[string, (sim: Simulator) => unknown, string[]]>([
    ["inserting rows above", (sim) => sim.user.insertRows("Sheet1", 2, 2), ["B1=three", "B4=one", "B5=two"]],
    ["deleting a row (its note goes)", (sim) => sim.user.deleteRows("Sheet1", 2), ["B1=three", "B2=two"]],
    ["sorting rows", (sim) => sim.user.sortRows("Sheet1", 1, 3, "A"), ["B1=one", "B2=two", "B3=three"]],
  ])("%s", async (_case, act, expected) => {
    const sim = await noted();
    expect(act(sim)).toEqual({ ok: true });
    expect(addresses(sim)).toEqual(expected);
  });

  it("keeps a Note proxy on its note after rows are inserted above it", async () => {
    const sim = await noted();
    const address = await sim.run(async (context) => {
      const note = sheet1(context).notes.getItem("B3");
      await context.sync();
      expect(sim.user.insertRows("Sheet1", 1, 1)).toEqual({ ok: true });
      const cell = note.getLocation().load("address");
      await context.sync();
      return cell.address;
    });
    expect(address).toBe("Sheet1!B4");
  });

  it("go with their sheet when it is deleted", async () => {
    const sim = notesHost();
    await batch(sim, (context) => {
      const added = context.workbook.worksheets.add("S2");
      added.notes.add("A1", "gone with S2");
    });
    await batch(sim, (context) => context.workbook.worksheets.getItem("S2").delete());
    const count = await sim.run(async (context) => {
      const result = context.workbook.notes.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, filled by the sync
      return result.value;
    });
    expect(count).toBe(0);
  });
});

describe("the workbook's notes", () => {
  it("lists every sheet's notes in tab order and finds one by a sheet-qualified address", async () => {
    const sim = notesHost();
    await batch(sim, (context) => {
      const second = context.workbook.worksheets.add("指标 2");
      second.notes.add("A1", "on the second sheet");
      sheet1(context).notes.add("C9", "on Sheet1");
    });
    const read = await sim.run(async (context) => {
      const notes = context.workbook.notes;
      notes.load("items/content");
      const quoted = notes.getItem("'指标 2'!A1").load("content");
      const bare = notes.getItemOrNullObject("C9").load("content");
      await context.sync();
      return [notes.items.map((note) => note.content), quoted.content, bare.content];
    });
    expect(read).toEqual([["on Sheet1", "on the second sheet"], "on the second sheet", "on Sheet1"]);
  });
});

describe("notes in the saved workbook", () => {
  it("round-trip through serialize and keep working after the restore", async () => {
    const sim = notesHost();
    await batch(sim, (context) => {
      sheet1(context).notes.add("B2", "保存的批注");
    });
    const restored = createSimulator({ requirementSets: NOTES, workbook: sim.serialize() });
    expect(restored.workbook.notes("Sheet1")).toEqual(sim.workbook.notes("Sheet1"));
    expect(restored.serialize()).toBe(sim.serialize());
    expect(await failure(restored, (context) => void sheet1(context).notes.add("B2", "again"))).toBe("InvalidArgument");
  });

  it("loads a workbook saved before notes were modelled", () => {
    const saved = JSON.parse(createSimulator().serialize()) as { sheets: Record<string, unknown>[] };
    for (const sheet of saved.sheets) delete sheet["notes"];
    const restored = createSimulator({ workbook: JSON.stringify(saved) });
    expect(restored.workbook.notes("Sheet1")).toEqual([]);
  });
});
