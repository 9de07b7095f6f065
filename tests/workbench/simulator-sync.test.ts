/** Load/sync semantics, errors, requirement sets, payload limits and `run` itself. */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests read unloaded and unsynced proxies on purpose, to check the simulator refuses them as Excel does. */
import { createSimulator, installGlobals, type SimulatorError } from "../../src/workbench/simulator";

describe("reading a proxy", () => {
  it("throws PropertyNotLoaded before load + sync, and returns the value after", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, "x"]];
      await context.sync();

      const fresh = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(() => fresh.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      fresh.load("values");
      expect(() => fresh.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(fresh.values).toEqual([[1, "x"]]);
    });
  });

  it("throws until the sync has actually resolved (a forgotten await fails here, as in Excel)", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("address");
      const pending = context.sync();
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await pending;
      expect(range.address).toBe("Sheet1!A1");
    });
  });

  it("reports the error the way OfficeExtension.Error does", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      let caught: unknown;
      try {
        void range.numberFormat;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(sim.OfficeExtension.Error);
      expect(caught).toMatchObject({
        name: "RichApi.Error",
        code: "PropertyNotLoaded",
        debugInfo: { code: "PropertyNotLoaded", errorLocation: "Range.numberFormat" },
      });
      expect((caught as SimulatorError).debugInfo.message).toBe((caught as SimulatorError).message);
    });
  });

  it("returns a value the code itself set, without a load (office.js keeps it)", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      expect(range.values).toEqual([[5]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it.each<[string, (range: Excel.Range) => void]>([
    ["a comma-separated string", (range) => range.load("values, numberFormat")],
    ["an array", (range) => range.load(["values", "numberFormat"])],
    ["select", (range) => range.load({ select: "values,numberFormat" })],
    ["an options object", (range) => range.load({ values: true, numberFormat: true })],
  ])("load accepts %s and loads exactly what it names", async (_form, load) => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      load(range);
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(range.numberFormat).toEqual([["General"]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("loads navigation paths (format/fill/color) and collection items (items/name)", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.format.fill.color = "#FFC7CE";
      await context.sync();
      const again = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      again.load("format/fill/color");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(again.format.fill.color).toBe("#FFC7CE");
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
    });
  });

  it("fails the sync with InvalidArgument when load names a property the object lacks", async () => {
    const sim = createSimulator();
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.load" },
    });
  });
});

describe("a batch", () => {
  it("applies queued operations in order, and a load sees the writes queued before it", async () => {
    const sim = createSimulator();
    const seen = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A1").values = [[2]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      return [before.values, after.values];
    });
    expect(seen).toEqual([[[""]], [[2]]]);
  });

  it("keeps what came before a failing operation, as Excel does, and loads nothing", async () => {
    const sim = createSimulator();
    let loaded: unknown = "untouched";
    const outcome = sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["written"]];
      range.load("address");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["after"]];
      try {
        await context.sync();
      } finally {
        try {
          loaded = range.address;
        } catch (error) {
          loaded = (error as SimulatorError).code;
        }
      }
    });
    await expect(outcome).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sim.workbook.cell("Sheet1", "A1")?.value).toBe("written");
    expect(sim.workbook.cell("Sheet1", "A2")?.value).toBe("");
    expect(loaded).toBe("PropertyNotLoaded");
  });

  it("applies nothing when one operation fails, with atomicFailures", async () => {
    const sim = createSimulator({ atomicFailures: true });
    let loaded: unknown = "untouched";
    const outcome = sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["written"]];
      range.load("address");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
      try {
        await context.sync();
      } finally {
        try {
          loaded = range.address;
        } catch (error) {
          loaded = (error as SimulatorError).code;
        }
      }
    });
    await expect(outcome).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sim.workbook.cell("Sheet1", "A1")?.value).toBe("");
    expect(loaded).toBe("PropertyNotLoaded");
  });

  it("sends what the batch left queued when run ends, as office.js does", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["no explicit sync"]];
    });
    expect(sim.workbook.cell("Sheet1", "B2")?.value).toBe("no explicit sync");
    expect(sim.stats.syncs).toBe(1);
  });

  it("rejects a batch that does not return a promise", async () => {
    const sim = createSimulator();
    const notAsync = (() => 1) as unknown as (context: Excel.RequestContext) => Promise<number>;
    await expect(sim.run(notAsync)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("refuses proxies used after their run ended, and accepts them in run(object, batch)", async () => {
    const sim = createSimulator();
    const range = await sim.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("address");
      await context.sync();
      return r;
    });
    expect(range.address).toBe("Sheet1!A1");
    expect(() => {
      range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
    await expect(range.context.sync()).rejects.toMatchObject({ code: "InvalidRequestContext" });
    await sim.run(range, async (context) => {
      range.values = [[1]];
      await context.sync();
    });
    expect(sim.workbook.cell("Sheet1", "A1")?.value).toBe(1);
  });
});

describe("null objects", () => {
  it("answers isNullObject only after a sync: true for a missing sheet, false for an existing one", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("fails a write through a null object with ItemNotFound", async () => {
    const sim = createSimulator();
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Data").getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("stats and payload estimates", () => {
  it("counts syncs and estimates each request's bytes; reset starts over", async () => {
    const sim = createSimulator();
    const writeA1 = (text: string): Promise<void> =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [[text], ["b"]];
        await context.sync();
      });
    await writeA1("a");
    await writeA1("指标名称很长很长");
    expect(sim.stats.syncs).toBe(2);
    const [small, large] = sim.stats.requests;
    // Each CJK character is three UTF-8 bytes where "a" was one.
    expect((large?.bytes ?? 0) - (small?.bytes ?? 0)).toBe(3 * 8 - 1);
    sim.stats.reset();
    expect(sim.stats.syncs).toBe(0);
    expect(sim.stats.requests).toEqual([]);
  });

  it("fails a request over the limit with RequestPayloadSizeLimitExceeded and applies nothing; chunks pass", async () => {
    const sim = createSimulator({ limits: { requestBytes: 2_000 } });
    const rows = Array.from({ length: 200 }, (_, i) => [`第${i}行`, i]);
    const whole = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B200").values = rows;
      await context.sync();
    });
    await expect(whole).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.workbook.cell("Sheet1", "A1")?.value).toBe("");

    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < rows.length; start += 50) {
        sheet.getRangeByIndexes(start, 0, 50, 2).values = rows.slice(start, start + 50);
        // One sync per chunk is the point: each request must stay under the limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    });
    expect(sim.workbook.cell("Sheet1", "A200")?.value).toBe("第199行");
  });

  it("fails the default 5 MB request limit", async () => {
    const sim = createSimulator();
    const big = "x".repeat(1_000);
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5000").values = Array.from({ length: 5_000 }, () => [
        big,
      ]);
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("fails a response over the limit with ResponsePayloadSizeLimitExceeded", async () => {
    const sim = createSimulator({ limits: { responseBytes: 1_000 } });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = Array.from({ length: 100 }, () => [
        "a fairly long cell text",
      ]);
      await context.sync();
    });
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values");
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(sim.stats.requests.at(-1)?.responseBytes).toBeGreaterThan(1_000);
  });

  it("refuses to read more than 5,000,000 cells in one range", async () => {
    const sim = createSimulator();
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("requirement sets and the Office global", () => {
  it.each([
    ["ExcelApi", "1.8", true],
    ["excelapi", "1.14", true],
    ["ExcelApi", "1.15", false],
    ["WordApi", "1.1", false],
  ])("isSetSupported(%s, %s) on the default host is %s", (name, version, expected) => {
    expect(createSimulator().Office.context.requirements.isSetSupported(name, version)).toBe(expected);
  });

  it("fails an API newer than the host with ApiNotFound", async () => {
    const sim = createSimulator({ requirementSets: { ExcelApi: "1.7" } });
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
        wholeNumber: { operator: "GreaterThan", formula1: 0 },
      };
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("stands in for Office: onReady, displayLanguage, and installable globals", async () => {
    const sim = createSimulator({ displayLanguage: "en-US" });
    await expect(sim.Office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(sim.Office.context.displayLanguage).toBe("en-US");
    const scope: Record<string, unknown> = {};
    const restore = installGlobals(sim, scope);
    expect(scope["Excel"]).toBe(sim.Excel);
    expect(sim.Excel.SheetVisibility.veryHidden).toBe("VeryHidden");
    expect(sim.Excel.ChartType.xyscatter).toBe("XYScatter");
    restore();
    expect("Excel" in scope).toBe(false);
  });
});
