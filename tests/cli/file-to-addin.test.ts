/**
 * Round trip, file → add-in: the template `plan-monitor template` writes is the template the add-in makes, cell
 * for cell; filled in a spreadsheet program, the command line's check finds what the add-in's check finds on the
 * same figures; and the add-in, opening the file, takes it for its own.
 */
import ExcelJS from "exceljs";
import { check, populate, simulatorHost } from "../../src/excel";
import { templateWorkbook } from "../../src/cli/xlsx/write-template";
import { LOCALES, type Locale } from "../../src/core/messages";
import type { Plan } from "../../src/core/model";
import { columnLetters } from "../../src/core/workbook/a1";
import { decodeState, STATE_SHEET, type WorkbookState } from "../../src/core/workbook/state";
import { BUILT_IN_CATALOGS, builtInPlan } from "../../src/plans";
import type { Simulator } from "../../src/workbench/simulator";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { monitoringSheet, setup } from "../excel/sim";
import { disk, runOn, written } from "./memory-io";
import { xlsxToSim } from "./xlsx-to-sim";
import { comparable, simCell, TYPED, typeInSim } from "./xlsx-helpers";

function planOf(id: string): Plan {
  const plan = builtInPlan(id);
  if (plan === null) throw new Error(`no built-in plan ${id}`);
  return plan;
}

function stateOf(sim: Simulator): WorkbookState {
  const decoded = decodeState(sim.workbook.values(STATE_SHEET, "A:A") ?? []);
  if (!decoded.ok) throw new Error("state unreadable");
  return decoded.value;
}

/** The add-in's template of a plan, made on a fresh simulator. */
async function addinTemplate(plan: Plan, locale: Locale): Promise<Simulator> {
  const { sim, host } = setup();
  await populate(host, plan, locale);
  return sim;
}

/** The command line's template of a built-in plan, as bytes, through the command itself. */
async function cliTemplate(id: string, locale: Locale): Promise<Uint8Array> {
  const on = disk();
  const run = await runOn(on, ["template", "--plan", id, "--lang", locale, "-o", "模板.xlsx"]);
  expect(run.code).toBe(0);
  return written(on, "模板.xlsx");
}

/** Every cell of the monitoring sheet as Excel shows it: value, format, lock, fill, font, wrap, validation. */
function cells(sim: Simulator) {
  const sheet = monitoringSheet(sim);
  const used = sim.workbook.sheet(sheet.name)?.usedRange ?? "A1";
  const corner = /([A-Z]+)(\d+)$/u.exec(used);
  const lastRow = Number(corner?.[2] ?? 1);
  const lastColumn = [...(corner?.[1] ?? "A")].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  const grid: Record<string, unknown> = {};
  for (let row = 1; row <= lastRow; row++) {
    for (let column = 0; column < lastColumn; column++) {
      const address = `${columnLetters(column)}${row}`;
      grid[address] = sim.workbook.cell(sheet.name, address);
    }
  }
  return { name: sheet.name, used, grid, lastColumn };
}

/** What a sheet is besides its cells; not its id, which Excel makes up, nor its place among other sheets. */
function sheetLayout(sim: Simulator, name: string) {
  const view = sim.workbook.sheet(name);
  if (view === undefined) throw new Error(`no sheet ${name}`);
  const { frozenRows, frozenColumns, hiddenColumns, hiddenRows, protection, visibility, usedRange, merges } = view;
  return { frozenRows, frozenColumns, hiddenColumns, hiddenRows, protection, visibility, usedRange, merges };
}

describe("the command line's template", () => {
  const cases = BUILT_IN_CATALOGS.flatMap((catalog) => LOCALES.map((locale) => [catalog.id, locale] as const));

  it.each(cases)("of %s in %s is the add-in's template, cell for cell", async (id, locale) => {
    const plan = planOf(id);
    const reference = await addinTemplate(plan, locale);
    const opened = await xlsxToSim(await cliTemplate(id, locale));

    const expected = cells(reference);
    const actual = cells(opened);
    expect(actual.name).toBe(expected.name);
    expect(actual.used).toBe(expected.used);
    expect(actual.grid).toEqual(expected.grid);
    for (let column = 0; column < expected.lastColumn; column++) {
      const letters = columnLetters(column);
      expect(opened.workbook.columnWidth(actual.name, letters)).toBeCloseTo(
        reference.workbook.columnWidth(expected.name, letters) ?? 0,
        1,
      );
    }
    expect(sheetLayout(opened, actual.name)).toEqual(sheetLayout(reference, expected.name));
    expect(opened.workbook.activeSheet).toBe(actual.name);
    expect(opened.workbook.sheet(STATE_SHEET)?.visibility).toBe("VeryHidden");
    // Excel gives the sheet its id only when it opens the file; the add-in finds it by name until then.
    expect(stateOf(opened)).toEqual({ ...stateOf(reference), sheetId: null });
  });

  it("keeps text from plans that looks like a formula as text, and makes no formula anywhere", async () => {
    const [first, second] = CHENGDU_13.indicators;
    if (first === undefined || second === undefined) throw new Error("fixture changed");
    const hostile: Plan = {
      ...CHENGDU_13,
      title: '=HYPERLINK("http://evil.example","点击")',
      region: "@SUM(1+1)",
      indicators: [
        { ...first, name: "+1+1", unit: "-5%" },
        { ...second, id: "p:=cmd|' /C calc'!A0:2020", name: "\tTAB开头", unit: "=1" },
      ],
    };
    const { bytes } = await templateWorkbook(hostile, "zh-CN");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      );
    }
    expect(texts).toEqual(
      expect.arrayContaining([hostile.title, "+1+1", "-5%", "\tTAB开头", "=1", "p:=cmd|' /C calc'!A0:2020"]),
    );
    const opened = await xlsxToSim(bytes);
    const sheet = monitoringSheet(opened);
    expect(opened.workbook.cell(sheet.name, "A1")).toMatchObject({ value: hostile.title, formula: null });
    expect(stateOf(opened).plan).toEqual(hostile);
  });
});

describe("a template filled in a spreadsheet program", () => {
  /** The figures typed into the command line's template with exceljs, as LibreOffice or WPS would save them. */
  async function filledTemplate(reference: Simulator): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await cliTemplate(CHENGDU_13.id, "zh-CN")) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(monitoringSheet(reference).name);
    if (sheet === undefined) throw new Error("no monitoring sheet in the template");
    for (const [indicator, year, value] of TYPED) sheet.getCell(simCell(reference, indicator, year)).value = value;
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it("is checked by the command line as the add-in checks the same figures", async () => {
    const { sim, host } = setup();
    await populate(host, planOf(CHENGDU_13.id), "zh-CN");
    typeInSim(sim, TYPED);
    const expected = comparable(await check(host, "zh-CN"));
    expect(expected.findings.some((finding) => finding.severity === "error")).toBe(true);

    const on = disk({ "成华区.xlsx": await filledTemplate(sim) });
    const run = await runOn(on, ["check", "成华区.xlsx", "--json"]);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as {
      files: {
        findings: {
          address: string;
          severity: string;
          code: string;
          indicatorId: string;
          year: number;
          message: string;
        }[];
        indicators: { id: string; status: string }[];
      }[];
    };
    const [file] = output.files;
    expect(file?.findings).toEqual(
      expected.findings.map(({ address, severity, code, indicatorId, year, message }) =>
        expect.objectContaining({ address, severity, code, indicatorId, year, message }),
      ),
    );
    expect(file?.indicators.map((row) => [row.id, row.status])).toEqual(expected.statuses);
  });

  it("is taken by the add-in for its own: checked alike, and rewritten in place with every figure kept", async () => {
    const reference = await addinTemplate(planOf(CHENGDU_13.id), "zh-CN");
    typeInSim(reference, TYPED);
    const expected = await check(simulatorHost(reference), "zh-CN");

    const opened = await xlsxToSim(await filledTemplate(reference));
    const host = simulatorHost(opened);
    expect(await check(host, "zh-CN")).toEqual(expected);
    const sheetsBefore = opened.workbook.sheetNames;
    const plan = planOf(CHENGDU_13.id);
    expect(await populate(host, plan, "zh-CN")).toEqual({
      sheetName: "指标监测",
      indicators: plan.indicators.length,
      keptRows: 0,
      extraYears: [],
    });
    expect(opened.workbook.sheetNames).toEqual(sheetsBefore);
    expect(await check(host, "zh-CN")).toEqual(expected);
  });
});
