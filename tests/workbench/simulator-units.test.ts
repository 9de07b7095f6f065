/** The simulator's pure parts, property-tested, and the typing contract with @types/office-js. */
import fc from "fast-check";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  absoluteAddress,
  columnIndex,
  columnLetters,
  formatAddress,
  formatArea,
  parseAddress,
  quoteSheetName,
  type Area,
} from "../../src/workbench/simulator/address";
import { interpretEntry } from "../../src/workbench/simulator/cell-entry";
import { LoggedMap, LoggedSet, UndoLog } from "../../src/workbench/simulator/journal";
import { normalizeColor } from "../../src/workbench/simulator/colors";
import { parseLoadSpec } from "../../src/workbench/simulator/load-spec";
import { formatValue } from "../../src/workbench/simulator/number-format";
import { jsonBytes } from "../../src/workbench/simulator/payload";
import type { ChartProxy, ChartTitleProxy } from "../../src/workbench/simulator/proxies/charts";
import type { SimClientResult } from "../../src/workbench/simulator/proxies/client-object";
import type { CustomXmlPartProxy } from "../../src/workbench/simulator/proxies/custom-xml";
import type { FreezePanesProxy } from "../../src/workbench/simulator/proxies/freeze-panes";
import type { NoteProxy } from "../../src/workbench/simulator/proxies/notes";
import type { RangeProxy } from "../../src/workbench/simulator/proxies/range";
import type {
  FormatProtectionProxy,
  RangeFillProxy,
  RangeFontProxy,
  RangeFormatProxy,
} from "../../src/workbench/simulator/proxies/range-format";
import type { RuntimeProxy } from "../../src/workbench/simulator/proxies/runtime";
import type { SettingProxy } from "../../src/workbench/simulator/proxies/settings";
import type { WorksheetProxy } from "../../src/workbench/simulator/proxies/worksheet";
import type { WorksheetProtectionProxy } from "../../src/workbench/simulator/proxies/worksheet-protection";
import { isSetSupported, versionAtLeast } from "../../src/workbench/simulator/requirements";
import { sheetNameProblem } from "../../src/workbench/simulator/sheet-names";
import { acceptsEntry, type RuleModel } from "../../src/workbench/simulator/validation-rules";
import { xmlNamespace } from "../../src/workbench/simulator/xml-root";

const areaArb: fc.Arbitrary<Area> = fc
  .tuple(
    fc.integer({ min: 0, max: MAX_ROWS - 1 }),
    fc.integer({ min: 0, max: MAX_ROWS - 1 }),
    fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
    fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
  )
  .map(([r1, r2, c1, c2]) => ({
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  }));

/** Names Excel accepts, drawn from characters that stress quoting: spaces, apostrophes, CJK, digits, dots. */
const sheetNameArb = fc
  .string({
    unit: fc.constantFrom("a", "Z", "1", " ", "'", "指", "标", ".", "_", "-", "!", "("),
    minLength: 1,
    maxLength: 31,
  })
  .filter((name) => sheetNameProblem(name) === null);

describe("addresses", () => {
  it("prints and parses back every area on the grid", () => {
    fc.assert(fc.property(areaArb, (area) => expect(parseAddress(formatArea(area))?.area).toEqual(area)));
  });

  it("quotes every valid sheet name so that it parses back", () => {
    fc.assert(
      fc.property(sheetNameArb, areaArb, (name, area) => {
        expect(parseAddress(formatAddress(name, area))).toEqual({ sheet: name, area });
        expect(parseAddress(absoluteAddress(name, area))).toEqual({ sheet: name, area });
      }),
    );
  });

  it("maps column letters and indexes both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (index) => {
        expect(columnIndex(columnLetters(index))).toBe(index);
      }),
    );
  });

  it.each([
    ["Sheet1", "Sheet1"],
    ["My Sheet", "'My Sheet'"],
    ["It's", "'It''s'"],
    ["2021", "'2021'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["指标", "指标"],
    ["a-b", "'a-b'"],
  ])("quotes %p as %p", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe("entries as Excel stores them", () => {
  it.each<[unknown, string, unknown]>([
    [12, "General", { value: 12, formula: null, numberFormat: null }],
    ["12", "General", { value: 12, formula: null, numberFormat: null }],
    ["-1,234.5", "General", { value: -1234.5, formula: null, numberFormat: null }],
    ["1e3", "General", { value: 1000, formula: null, numberFormat: null }],
    ["12", "@", { value: "12", formula: null, numberFormat: null }],
    ["2.5%", "General", { value: 0.025, formula: null, numberFormat: "0.00%" }],
    ["=A1", "General", { value: 0, formula: "=A1", numberFormat: null }],
    ["+x", "General", { value: 0, formula: "=+x", numberFormat: null }],
    ["-", "General", { value: "-", formula: null, numberFormat: null }],
    ["—", "General", { value: "—", formula: null, numberFormat: null }],
    ["'=A1", "General", { value: "=A1", formula: null, numberFormat: null }],
    ["false", "General", { value: false, formula: null, numberFormat: null }],
    ["2021/2/30", "General", { value: "2021/2/30", formula: null, numberFormat: null }],
    ["１２.５", "General", { value: "１２.５", formula: null, numberFormat: null }],
    ["2.96万亿", "General", { value: "2.96万亿", formula: null, numberFormat: null }],
    [Number.POSITIVE_INFINITY, "General", undefined],
    [{}, "General", undefined],
    [undefined, "General", undefined],
  ])("%p under %s → %p", (input, numberFormat, expected) => {
    expect(interpretEntry(input, numberFormat)).toEqual(expected);
  });

  it("keeps every finite number exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(interpretEntry(n, "General")?.value).toBe(n);
      }),
    );
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (text) => expect(interpretEntry(text, "General")).toBeDefined()));
  });
});

describe("display text", () => {
  it.each<[string | number | boolean, string, string]>([
    [1234.5, "General", "1234.5"],
    [0.1 + 0.2, "General", "0.3"],
    [123456789012, "General", "1.23457E+11"],
    [1234.5, "#,##0.00", "1,234.50"],
    [-1234567, "#,##0", "-1,234,567"],
    [0.125, "0.0%", "12.5%"],
    [2.345, "0.00", "2.35"],
    [44197, "yyyy/m/d", "2021/1/1"],
    [44197, "yyyy-mm-dd", "2021-01-01"],
    [12, "@", "12"],
    ["text", "0.00", "text"],
    [false, "General", "FALSE"],
    [5, "[Red]0", "5"],
  ])("%p under %s shows %p", (value, numberFormat, text) => {
    expect(formatValue(value, numberFormat)).toBe(text);
  });
});

describe("the undo log", () => {
  type Change = readonly ["set" | "delete" | "add", number, number] | readonly ["clear"];
  const changeArb: fc.Arbitrary<Change> = fc.oneof(
    fc.tuple(fc.constantFrom("set" as const, "delete" as const, "add" as const), fc.nat(5), fc.integer()),
    fc.constant(["clear"] as const),
  );
  const entries = fc.array(fc.tuple(fc.nat(5), fc.integer()));

  function change(map: LoggedMap<number, number>, set: LoggedSet<number>, step: Change): void {
    if (step[0] === "clear") {
      map.clear();
      set.clear();
    } else if (step[0] === "set") map.set(step[1], step[2]);
    else if (step[0] === "add") set.add(step[1]);
    else {
      map.delete(step[1]);
      set.delete(step[1]);
    }
  }

  it("rolls back any changes to exactly the entries before, and commit keeps them", () => {
    fc.assert(
      fc.property(entries, fc.array(changeArb), fc.boolean(), (initial, changes, keep) => {
        const log = new UndoLog();
        const map = new LoggedMap(log, initial);
        const set = new LoggedSet(
          log,
          initial.map(([key]) => key),
        );
        const sorted = (): unknown => [[...map].sort(([a], [b]) => a - b), [...set].sort((a, b) => a - b)];
        const before = sorted();
        log.begin();
        for (const step of changes) change(map, set, step);
        const after = sorted();
        if (keep) log.commit();
        else log.rollback();
        expect(sorted()).toEqual(keep ? after : before);
      }),
    );
  });

  it("records nothing outside a transaction, and refuses to nest one", () => {
    const log = new UndoLog();
    const map = new LoggedMap<number, string>(log);
    map.set(1, "kept");
    log.begin();
    expect(() => log.begin()).toThrow("simulator bug");
    log.rollback();
    expect([...map]).toEqual([[1, "kept"]]);
  });
});

describe("payload estimates", () => {
  it("equal the UTF-8 length of JSON.stringify for any JSON value", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonBytes(value)).toBe(encoder.encode(JSON.stringify(value)).length);
      }),
    );
  });

  it("count escapes and lone surrogates as JSON writes them", () => {
    for (const text of ['"\\\n', "\u0001", "\ud800", "😀指"]) {
      expect(jsonBytes(text)).toBe(new TextEncoder().encode(JSON.stringify(text)).length);
    }
  });
});

describe("small parsers", () => {
  it.each<[unknown, unknown]>([
    ["values, numberFormat", [["values"], ["numberFormat"]]],
    ["format/fill/color", [["format", "fill", "color"]]],
    [
      ["a", "b/c"],
      [["a"], ["b", "c"]],
    ],
    [{ select: "name", expand: "tables" }, [["name"], ["tables"]]],
    [{ format: { font: { bold: true } }, $top: 5 }, [["format", "font", "bold"]]],
    [undefined, [[]]],
    [42, undefined],
    [[1], undefined],
  ])("parseLoadSpec(%p) → %p", (spec, paths) => {
    expect(parseLoadSpec(spec)).toEqual(paths);
  });

  it.each<[string, string | null]>([
    ['<plan xmlns="urn:a"/>', "urn:a"],
    ["<?xml version=\"1.0\"?>\n<p:plan xmlns:p='urn:b'><p:x>1 &lt; 2</p:x></p:plan>", "urn:b"],
    ["<plan><!-- <x> --><a/></plan>", ""],
    ["<plan>", null],
    ["<a></b>", null],
    ["text<a/>", null],
  ])("xmlNamespace(%p) → %p", (xml, namespace) => {
    expect(xmlNamespace(xml)).toBe(namespace);
  });

  it.each<[string, string, boolean]>([
    ["1.14", "1.8", true],
    ["1.8", "1.14", false],
    ["1.7", "1.7", true],
    ["1.10.1", "1.10", true],
    ["x", "1.1", false],
  ])("versionAtLeast(%s, %s) is %s", (version, minimum, expected) => {
    expect(versionAtLeast(version, minimum)).toBe(expected);
  });

  it("answers isSetSupported without a version for a known set only", () => {
    expect(isSetSupported({ ExcelApi: "1.3" }, "ExcelApi")).toBe(true);
    expect(isSetSupported({ ExcelApi: "1.3" }, "SharedRuntime")).toBe(false);
  });

  it.each<[unknown, string | null]>([
    ["#ffc7ce", "#FFC7CE"],
    ["Red", "#FF0000"],
    ["#FFF", null],
    ["transparent", null],
    [12, null],
  ])("normalizeColor(%p) → %p", (input, color) => {
    expect(normalizeColor(input)).toBe(color);
  });
});

describe("validation rules", () => {
  const between: RuleModel = { type: "WholeNumber", operator: "Between", formula1: "=1", formula2: "=10" };
  it.each<[RuleModel, string | number | boolean, boolean]>([
    [between, 5, true],
    [between, 5.5, false],
    [between, 11, false],
    [between, "5", false],
    [between, "", true],
    [{ type: "Decimal", operator: "LessThan", formula1: "=0.5", formula2: null }, 0.4, true],
    [{ type: "TextLength", operator: "LessThanOrEqualTo", formula1: "=3", formula2: null }, "abcd", false],
    [{ type: "Decimal", operator: "GreaterThan", formula1: "=A1", formula2: null }, -5, true],
    [{ type: "List", inCellDropDown: true, source: "预期性, 约束性" }, "约束性", true],
    [{ type: "List", inCellDropDown: true, source: "预期性,约束性" }, "其他", false],
    [{ type: "Custom", formula: "=A1>0" }, -1, true],
  ])("%p accepts %p: %s", (rule, value, accepted) => {
    expect(acceptsEntry(rule, value, true, () => null)).toBe(accepted);
  });
});

/**
 * The typing contract: what the simulator hands out through the one cast in simulator.ts must fit the members of
 * the real `Excel.*` classes the adapter uses. These assignments fail `npm run typecheck` if a member drifts.
 */
describe("the @types/office-js contract", () => {
  type Fits<Sim, Real> = (sim: Sim) => Real;
  const contract: readonly unknown[] = [
    ((r) => r) satisfies Fits<
      RangeProxy,
      Pick<
        Excel.Range,
        | "address"
        | "rowIndex"
        | "columnIndex"
        | "rowCount"
        | "columnCount"
        | "values"
        | "formulas"
        | "numberFormat"
        | "text"
        | "columnHidden"
        | "rowHidden"
        | "isNullObject"
        | "select"
        | "clear"
        | "merge"
        | "unmerge"
      >
    >,
    ((f) => f) satisfies Fits<
      RangeFormatProxy,
      Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText" | "autofitColumns" | "autofitRows">
    >,
    ((f) => f) satisfies Fits<RangeFillProxy, Pick<Excel.RangeFill, "color" | "clear">>,
    ((f) => f) satisfies Fits<RangeFontProxy, Pick<Excel.RangeFont, "bold" | "italic" | "color" | "name" | "size">>,
    ((p) => p) satisfies Fits<FormatProtectionProxy, Pick<Excel.FormatProtection, "locked">>,
    ((s) => s) satisfies Fits<
      WorksheetProxy,
      Pick<Excel.Worksheet, "id" | "name" | "position" | "visibility" | "delete" | "activate">
    >,
    ((p) => p) satisfies Fits<
      WorksheetProtectionProxy,
      Pick<Excel.WorksheetProtection, "protected" | "protect" | "unprotect">
    >,
    ((p) => p) satisfies Fits<
      FreezePanesProxy,
      Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze">
    >,
    ((c) => c) satisfies Fits<ChartProxy, Pick<Excel.Chart, "name" | "setPosition" | "delete">>,
    ((t) => t) satisfies Fits<ChartTitleProxy, Pick<Excel.ChartTitle, "text">>,
    ((p) => p) satisfies Fits<
      CustomXmlPartProxy,
      Pick<Excel.CustomXmlPart, "id" | "namespaceUri" | "setXml" | "delete">
    >,
    ((s) => s) satisfies Fits<SettingProxy, Pick<Excel.Setting, "key" | "delete">>,
    ((n) => n) satisfies Fits<NoteProxy, Pick<Excel.Note, "content" | "authorName" | "delete">>,
    ((r) => r) satisfies Fits<RuntimeProxy, Pick<Excel.Runtime, "enableEvents">>,
    ((r) => r) satisfies Fits<SimClientResult<string>, OfficeExtension.ClientResult<string>>,
  ];

  it("is checked by the type checker", () => {
    expect(contract).toHaveLength(15);
  });
});
