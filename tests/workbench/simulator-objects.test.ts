/** Tables, charts, data validation, custom XML parts, settings, and the JSON round trip. */
import { createSimulator, type Simulator } from "../../src/workbench/simulator";

async function batch(sim: Simulator, body: (context: Excel.RequestContext) => void): Promise<void> {
  await sim.run(async (context) => {
    body(context);
    await context.sync();
  });
}

const sheet1 = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getItem("Sheet1");

describe("tables", () => {
  it("adds a table over headers and data, with header and body ranges", async () => {
    const sim = createSimulator();
    const read = await sim.run(async (context) => {
      const sheet = sheet1(context);
      sheet.getRange("A1:B3").values = [
        ["指标", "2021"],
        ["R&D", 2.4],
        ["专利", 12],
      ];
      const table = sheet.tables.add("A1:B3", true).load("name");
      const header = table.getHeaderRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      return [table.name, header.address, header.values, body.address];
    });
    expect(read).toEqual(["Table1", "Sheet1!A1:B1", [["指标", "2021"]], "Sheet1!A2:B3"]);
  });

  it("inserts a header row above data without headers", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      sheet1(context).getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      sheet1(context).tables.add("A1:B2", false);
    });
    expect(sim.workbook.values("Sheet1", "A1:B3")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
    expect(sim.workbook.tables[0]).toMatchObject({ address: "A1:B3", headers: ["Column1", "Column2"] });
  });

  it("adds rows at the end; values must have the table's width", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      const table = sheet1(context).tables.add("A1:B2", true);
      table.rows.add(undefined, [
        ["a", 1],
        ["b", 2],
      ]);
    });
    expect(sim.workbook.tables[0]?.address).toBe("A1:B4");
    expect(sim.workbook.values("Sheet1", "A3:B4")).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    await expect(
      batch(sim, (context) => context.workbook.tables.getItem("Table1").rows.add(undefined, [["only one"]])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses overlapping tables and unknown names", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => sheet1(context).tables.add("A1:B3", true));
    await expect(batch(sim, (context) => sheet1(context).tables.add("B2:C4", true))).rejects.toMatchObject({
      code: "InvalidOperation",
    });
    await expect(batch(sim, (context) => context.workbook.tables.getItem("Nope"))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });

  it("renames a table; an invalid name is refused", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      sheet1(context).tables.add("A1:B3", true).name = "Indicators";
    });
    expect(sim.workbook.tables.map((t) => t.name)).toEqual(["Indicators"]);
    await expect(
      batch(sim, (context) => {
        context.workbook.tables.getItem("Indicators").name = "has space";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("charts", () => {
  it("adds a chart with a title and position", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      const sheet = sheet1(context);
      const chart = sheet.charts.add("Line", sheet.getRange("A1:C5"), "Rows");
      chart.title.text = "研发投入强度";
      chart.setPosition("E2", "K15");
    });
    expect(sim.workbook.charts).toEqual([
      {
        name: "Chart 1",
        sheet: "Sheet1",
        chartType: "Line",
        source: "Sheet1!A1:C5",
        seriesBy: "Rows",
        title: "研发投入强度",
        position: { start: "E2", end: "K15" },
      },
    ]);
  });

  it("refuses a chart type Excel does not have", async () => {
    const sim = createSimulator();
    await expect(
      batch(sim, (context) =>
        sheet1(context).charts.add("Sparkle" as Excel.ChartType, sheet1(context).getRange("A1:B2")),
      ),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("loads charts as items", async () => {
    const sim = createSimulator();
    const names = await sim.run(async (context) => {
      const sheet = sheet1(context);
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"));
      sheet.charts.add("Pie", sheet.getRange("A1:B2"));
      sheet.charts.load("items/name, items/chartType");
      await context.sync();
      return sheet.charts.items.map((c) => `${c.name}:${c.chartType}`);
    });
    expect(names).toEqual(["Chart 1:ColumnClustered", "Chart 2:Pie"]);
  });
});

describe("data validation", () => {
  it.each<[string, Excel.DataValidationRule, Record<string, unknown>, string]>([
    [
      "decimal",
      { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } },
      { decimal: { operator: "GreaterThanOrEqualTo", formula1: "=0" } },
      "Decimal",
    ],
    [
      "whole number between",
      { wholeNumber: { operator: "Between", formula1: 1, formula2: "100" } },
      { wholeNumber: { operator: "Between", formula1: "=1", formula2: "=100" } },
      "WholeNumber",
    ],
    [
      "list",
      { list: { inCellDropDown: true, source: "预期性,约束性" } },
      { list: { inCellDropDown: true, source: "预期性,约束性" } },
      "List",
    ],
    ["custom", { custom: { formula: "=ISNUMBER(A1)" } }, { custom: { formula: "=ISNUMBER(A1)" } }, "Custom"],
  ])("sets a %s rule and reads it back as Excel reports it", async (_name, rule, expected, type) => {
    const sim = createSimulator();
    const read = await sim.run(async (context) => {
      const validation = sheet1(context).getRange("B2:B4").dataValidation;
      validation.rule = rule;
      validation.load("rule, type");
      await context.sync();
      return [validation.rule, validation.type];
    });
    expect(read).toEqual([expected, type]);
  });

  it("stores a range list source as an absolute address", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      const lists = context.workbook.worksheets.add("Lists");
      sheet1(context).getRange("A1").dataValidation.rule = {
        list: { inCellDropDown: true, source: lists.getRange("A1:A3") },
      };
    });
    expect(sim.workbook.cell("Sheet1", "A1")?.validation?.rule).toEqual({
      type: "List",
      inCellDropDown: true,
      source: "=Lists!$A$1:$A$3",
    });
  });

  it.each<[string, unknown]>([
    [
      "two criteria",
      { decimal: { operator: "GreaterThan", formula1: 0 }, list: { source: "a", inCellDropDown: true } },
    ],
    ["no criterion", {}],
    ["a bad operator", { decimal: { operator: "Bigger", formula1: 0 } }],
    ["a missing second bound", { decimal: { operator: "Between", formula1: 0 } }],
    ["an empty list", { list: { inCellDropDown: true, source: "" } }],
  ])("refuses a rule with %s", async (_name, rule) => {
    const sim = createSimulator();
    await expect(
      batch(sim, (context) => {
        sheet1(context).getRange("A1").dataValidation.rule = rule as Excel.DataValidationRule;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("sets prompt and error alert, and clear() removes them", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      const validation = sheet1(context).getRange("C3").dataValidation;
      validation.rule = { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } };
      validation.prompt = { title: "填报", message: "请输入非负数", showPrompt: true };
      validation.errorAlert = { title: "错误", message: "必须是非负数", showAlert: true, style: "Stop" };
    });
    expect(sim.workbook.cell("Sheet1", "C3")?.validation).toMatchObject({
      prompt: { title: "填报", message: "请输入非负数", showPrompt: true },
      errorAlert: { message: "必须是非负数", style: "Stop" },
    });
    await batch(sim, (context) => sheet1(context).getRange("C3").dataValidation.clear());
    expect(sim.workbook.cell("Sheet1", "C3")?.validation).toBeNull();
  });

  it("refuses an error alert with an unknown style", async () => {
    const sim = createSimulator();
    await expect(
      batch(sim, (context) => {
        sheet1(context).getRange("A1").dataValidation.errorAlert = {
          title: "",
          message: "",
          showAlert: true,
          style: "Loud" as Excel.DataValidationAlertStyle,
        };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reads Inconsistent over cells with different rules, and valid per the values", async () => {
    const sim = createSimulator();
    const read = await sim.run(async (context) => {
      const sheet = sheet1(context);
      sheet.getRange("A1:A2").values = [[5], [-1]];
      sheet.getRange("A1:A2").dataValidation.rule = { decimal: { operator: "GreaterThan", formula1: 0 } };
      sheet.getRange("B1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      const mixed = sheet.getRange("A1:B1").dataValidation.load("type");
      const half = sheet.getRange("A1:A2").dataValidation.load("valid");
      const good = sheet.getRange("A1").dataValidation.load("valid");
      await context.sync();
      return [mixed.type, half.valid, good.valid];
    });
    expect(read).toEqual(["Inconsistent", null, true]);
  });
});

describe("custom XML parts", () => {
  const xml = '<monitor xmlns="urn:plan-monitor:decisions"><decision cell="D5" status="accepted"/></monitor>';

  it("adds a part, finds it by namespace, and reads its XML after a sync", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => context.workbook.customXmlParts.add(xml));
    const read = await sim.run(async (context) => {
      const part = context.workbook.customXmlParts
        .getByNamespace("urn:plan-monitor:decisions")
        .getOnlyItemOrNullObject();
      const text = part.getXml();
      // A ClientResult needs a sync, not a load; the lint rule only knows proxies.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => text.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, filled by the sync
      return [part.isNullObject, text.value];
    });
    expect(read).toEqual([false, xml]);
  });

  it("replaces the XML with setXml and removes the part with delete", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => context.workbook.customXmlParts.add(xml));
    const updated = xml.replace("accepted", "returned");
    await batch(sim, (context) =>
      context.workbook.customXmlParts.getByNamespace("urn:plan-monitor:decisions").getOnlyItem().setXml(updated),
    );
    expect(sim.workbook.customXmlParts.map((p) => p.xml)).toEqual([updated]);
    await batch(sim, (context) =>
      context.workbook.customXmlParts.getByNamespace("urn:plan-monitor:decisions").getOnlyItem().delete(),
    );
    const gone = await sim.run(async (context) => {
      const part = context.workbook.customXmlParts
        .getByNamespace("urn:plan-monitor:decisions")
        .getOnlyItemOrNullObject();
      await context.sync();
      return part.isNullObject;
    });
    expect(gone).toBe(true);
  });

  it("gives a null object when two parts share the namespace", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => {
      context.workbook.customXmlParts.add(xml);
      context.workbook.customXmlParts.add(xml);
    });
    const read = await sim.run(async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace("urn:plan-monitor:decisions");
      const only = scoped.getOnlyItemOrNullObject();
      const count = scoped.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, filled by the sync
      return [only.isNullObject, count.value];
    });
    expect(read).toEqual([true, 2]);
  });

  it.each(["<a><b></a>", "not xml", "<a/><b/>", ""])("refuses malformed XML %p", async (bad) => {
    const sim = createSimulator();
    await expect(batch(sim, (context) => context.workbook.customXmlParts.add(bad))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("settings", () => {
  it("adds, reads, replaces and deletes a setting", async () => {
    const sim = createSimulator();
    await batch(sim, (context) => context.workbook.settings.add("plan", { id: "chengdu-14th", years: [2021, 2025] }));
    await batch(sim, (context) => context.workbook.settings.add("mode", "review"));
    const read = await sim.run(async (context) => {
      const plan = context.workbook.settings.getItemOrNullObject("plan").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      await context.sync();
      return [plan.value, missing.isNullObject];
    });
    expect(read).toEqual([{ id: "chengdu-14th", years: [2021, 2025] }, true]);
    await batch(sim, (context) => context.workbook.settings.getItem("mode").delete());
    expect(sim.workbook.settings).toEqual({ plan: { id: "chengdu-14th", years: [2021, 2025] } });
  });

  it("refuses a value that cannot be stored as JSON, and a missing key", async () => {
    const sim = createSimulator();
    await expect(batch(sim, (context) => context.workbook.settings.add("fn", undefined))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(batch(sim, (context) => context.workbook.settings.getItem("nope"))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});

describe("serialize", () => {
  async function richWorkbook(): Promise<Simulator> {
    const sim = createSimulator();
    await batch(sim, (context) => {
      const sheet = sheet1(context);
      sheet.name = "监测";
      sheet.getRange("A1:C2").values = [
        ["指标", "目标", "说明"],
        ["R&D", "=B3*2", "'0012"],
      ];
      sheet.getRange("B2").numberFormat = [["0.00%"]];
      sheet.getRange("A1:C1").format.fill.color = "#DDEBF7";
      sheet.getRange("A1:C1").format.font.bold = true;
      sheet.getRange("C:C").format.protection.locked = false;
      sheet.getRange("B:B").format.columnWidth = 90;
      sheet.getRange("D:D").columnHidden = true;
      sheet.getRange("B2").dataValidation.rule = { decimal: { operator: "GreaterThan", formula1: 0 } };
      sheet.freezePanes.freezeRows(1);
      sheet.tables.add("A5:B6", true);
      sheet.charts.add("Line", sheet.getRange("A1:B2")).title.text = "趋势";
      sheet.protection.protect({ allowFormatCells: true }, "pw");
      const hidden = context.workbook.worksheets.add("Hidden");
      hidden.visibility = "VeryHidden";
      context.workbook.settings.add("plan", "chengdu");
      context.workbook.customXmlParts.add('<d xmlns="urn:x"/>');
    });
    return sim;
  }

  it("round-trips through JSON", async () => {
    const original = await richWorkbook();
    const json = original.serialize();
    const restored = createSimulator({ workbook: json });
    expect(restored.serialize()).toBe(json);
    expect(restored.workbook.sheetNames).toEqual(["监测", "Hidden"]);
    expect(restored.workbook.cell("监测", "B2")).toEqual(original.workbook.cell("监测", "B2"));
    expect(restored.workbook.cell("监测", "C900")?.locked).toBe(false);
    expect(restored.workbook.sheet("监测")).toEqual(original.workbook.sheet("监测"));
    expect(restored.workbook.tables).toEqual(original.workbook.tables);
    expect(restored.workbook.charts).toEqual(original.workbook.charts);
    expect(restored.workbook.settings).toEqual({ plan: "chengdu" });
    expect(restored.workbook.customXmlParts).toEqual(original.workbook.customXmlParts);
  });

  it("keeps working after a restore: ids continue, protection still holds", async () => {
    const restored = createSimulator({ workbook: (await richWorkbook()).serialize() });
    await expect(
      batch(restored, (context) => {
        context.workbook.worksheets.getItem("监测").getRange("A2").values = [["x"]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await batch(restored, (context) => context.workbook.worksheets.add("New"));
    const ids = await restored.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id");
      await context.sync();
      return sheets.items.map((s) => s.id);
    });
    expect(new Set(ids).size).toBe(3);
  });

  it.each(["not json", "{}", JSON.stringify({ format: "plan-monitor-excel-simulator", version: 1, sheets: [] })])(
    "refuses a workbook that is not one: %p",
    (json) => {
      expect(() => createSimulator({ workbook: json })).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    },
  );
});
