/**
 * The command line's reader of .xlsx files: cells read as Excel's `Range.values` gives them to the add-in, and a
 * file that is not a monitoring workbook refused with a message that names it and says what to do.
 */
import ExcelJS from "exceljs";
import { zipSync, strToU8 } from "fflate";
import { check, populate } from "../../src/excel";
import { sheetGrid, valueOf } from "../../src/cli/xlsx/cell-values";
import { workbookFileMessage } from "../../src/cli/xlsx/messages";
import {
  checkMonitorWorkbook,
  readMonitorWorkbook,
  WorkbookFileError,
  type WorkbookFileErrorCode,
} from "../../src/cli/xlsx/read-workbook";
import { STATE_SHEET } from "../../src/core/workbook/state";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { setup } from "../excel/sim";
import { simToWorkbook } from "./sim-to-xlsx";
import { contribution, market, patents, simCell, TYPED, typeInSim } from "./xlsx-helpers";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook the add-in populated, with the figures people typed, and the add-in's check of it. */
async function addinWorkbook(entries = TYPED) {
  const { sim, host } = setup();
  await populate(host, CHENGDU_13, "zh-CN");
  typeInSim(sim, entries);
  return { sim, host, workbook: await simToWorkbook(sim) };
}

async function failure(source: Uint8Array | string, file = "区县.xlsx"): Promise<WorkbookFileError> {
  try {
    await readMonitorWorkbook(source, { file });
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error("the file was read");
}

/**
 * A compound file (the OLE container of .xls files and of password-protected .xlsx files): its signature, a
 * header sector, and a directory sector naming the streams in UTF-16LE, as real files do.
 */
function compoundFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  ["Root Entry", ...streams].forEach((name, index) => {
    bytes.set(Buffer.from(name, "utf16le"), 512 + index * 128);
  });
  return bytes;
}

describe("cell values", () => {
  it("reads formulas, rich text, dates, errors and links as Excel's Range.values does", () => {
    expect(valueOf({ formula: "B2*2", result: 7 }, false)).toBe(7);
    expect(valueOf({ sharedFormula: "A2", result: "1.2万" }, false)).toBe("1.2万");
    expect(valueOf({ formula: "NOW()" }, false)).toBe("");
    expect(valueOf({ richText: [{ text: "1.2" }, { text: "万", font: { bold: true } }] }, false)).toBe("1.2万");
    expect(valueOf(new Date(Date.UTC(2020, 0, 5)), false)).toBe(43835);
    expect(valueOf(new Date(Date.UTC(2020, 0, 5)), true)).toBe(43835 - 1462);
    expect(valueOf({ error: "#N/A" }, false)).toBe("#N/A");
    expect(valueOf({ text: "见附件", hyperlink: "https://example.org" }, false)).toBe("见附件");
    expect(valueOf(null, false)).toBe("");
  });

  it("gives a rectangle from A1 with a merged area's value in its top-left cell only", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("B2").value = "合并";
    sheet.mergeCells("B2:C3");
    sheet.getCell("D4").value = 4;
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const grid = sheetGrid(read.getWorksheet("S") ?? read.addWorksheet("missing"), false);
    expect(grid).toEqual({
      top: 0,
      left: 0,
      values: [
        ["", "", "", ""],
        ["", "合并", "", ""],
        ["", "", "", ""],
        ["", "", "", 4],
      ],
    });
  });
});

describe("a workbook saved after edits in a spreadsheet program", () => {
  it("reads a formula's cached result and rich text in year cells as the figures they show", async () => {
    const { sim, host, workbook } = await addinWorkbook([]);
    const sheet = workbook.getWorksheet("指标监测");
    if (sheet === undefined) throw new Error("no monitoring sheet");
    // Saved by Excel: a sum typed as a formula, and a figure pasted with its formatting.
    sheet.getCell(simCell(sim, patents, 2016)).value = { formula: "20000+2000", result: 22000 };
    sheet.getCell(simCell(sim, contribution, 2016)).value = { richText: [{ text: "６３" }, { text: "%" }] };
    sheet.getCell(simCell(sim, market, 2016)).value = { formula: "1/0", result: { error: "#DIV/0!" } };
    // A result of 0 is a figure too (exceljs's `value` leaves a falsy result out).
    sheet.getCell(simCell(sim, market, 2017)).value = { formula: "450-450", result: 0 };
    const read = await readMonitorWorkbook(await bytesOf(workbook));

    // The add-in reads the same figures when people type what the cells show.
    typeInSim(sim, [
      [patents, 2016, 22000],
      [contribution, 2016, "６３%"],
      [market, 2016, "#DIV/0!"],
      [market, 2017, 0],
    ]);
    const expected = await check(host, "zh-CN");
    expect(checkMonitorWorkbook(read, { locale: "zh-CN" })).toEqual(expected);
    const latest = (id: string) => expected.summary.rows.find((row) => row.indicatorId === id)?.latest;
    expect(latest(patents.id)).toEqual({ year: 2016, value: 22000 });
    expect(latest(market.id)).toEqual({ year: 2017, value: 0 });
  });

  it("finds the monitoring sheet after a tool without sheet ids renamed it", async () => {
    const { host, workbook } = await addinWorkbook();
    const sheet = workbook.getWorksheet("指标监测");
    if (sheet === undefined) throw new Error("no monitoring sheet");
    sheet.name = "成华区填报";
    workbook.addWorksheet("说明").getCell("A1").value = "填报说明";
    const read = await readMonitorWorkbook(await bytesOf(workbook));
    expect(read.sheetName).toBe("成华区填报");
    const expected = await check(host, "zh-CN");
    expect(checkMonitorWorkbook(read, { locale: "zh-CN" }).findings.map((f) => f.address)).toEqual(
      expected.findings.map((f) => f.address.replace("指标监测!", "成华区填报!")),
    );
  });
});

describe("files that are not monitoring workbooks", () => {
  const cases: readonly (readonly [string, () => Promise<Uint8Array> | Uint8Array, WorkbookFileErrorCode, RegExp])[] = [
    ["plain text", () => strToU8("指标,2016\n科技进步贡献率,63\n"), "not-xlsx", /不是 Excel 工作簿/u],
    ["a .docx", () => zipSync({ "word/document.xml": strToU8("<w:document/>") }), "not-xlsx", /不是 Excel 工作簿/u],
    [
      "a truncated .xlsx",
      async () => (await bytesOf((await addinWorkbook()).workbook)).slice(0, 2000),
      "corrupt",
      /已损坏/u,
    ],
    ["a password-protected .xlsx", () => compoundFile(["EncryptionInfo", "EncryptedPackage"]), "encrypted", /密码/u],
    ["an old .xls", () => compoundFile(["Workbook", "\u0005SummaryInformation"]), "legacy-xls", /另存为 \.xlsx/u],
    [
      "an OpenDocument .ods",
      () =>
        zipSync({
          mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
          "content.xml": strToU8("<office:document-content/>"),
        }),
      "ods",
      /\.ods）。请在 LibreOffice 或 WPS 中用“另存为”/u,
    ],
    [
      "an Excel binary .xlsb",
      () => zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.bin": new Uint8Array([0x83, 1, 0]) }),
      "xlsb",
      /\.xlsb）。请在 Excel 中用“另存为”/u,
    ],
    [
      "someone's own workbook",
      async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet("Sheet1").getCell("A1").value = "科技进步贡献率";
        return bytesOf(workbook);
      },
      "foreign",
      /缺少隐藏的 PlanMonitor 工作表/u,
    ],
    [
      "a workbook whose state was overwritten",
      async () => {
        const { workbook } = await addinWorkbook();
        const state = workbook.getWorksheet(STATE_SHEET);
        if (state !== undefined) state.getCell("A1").value = '{"version":1,';
        return bytesOf(workbook);
      },
      "state-damaged",
      /已损坏/u,
    ],
    [
      "a workbook whose monitoring sheet was deleted",
      async () => {
        const { workbook } = await addinWorkbook();
        const sheet = workbook.getWorksheet("指标监测");
        if (sheet !== undefined) workbook.removeWorksheet(sheet.id);
        return bytesOf(workbook);
      },
      "no-sheet",
      /找不到指标监测表“指标监测”/u,
    ],
  ];

  it.each(cases)("refuses %s, naming the file and what to do", async (_, make, code, words) => {
    const error = await failure(await make(), "武侯区.xlsx");
    expect(error.code).toBe(code);
    const message = workbookFileMessage(error, "zh-CN");
    expect(message).toMatch(/^武侯区\.xlsx /u);
    expect(message).toMatch(words);
    expect(workbookFileMessage(error, "en-US")).toContain("武侯区.xlsx");
    // English words around the names of the file and the sheet, which stay as they are.
    expect(workbookFileMessage(error, "en-US").replace(/武侯区|指标监测/gu, "")).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it("names a file that cannot be opened, with the system's reason in the person's language", async () => {
    const error = await failure("/no/such/成华区.xlsx", "/no/such/成华区.xlsx");
    expect(error.code).toBe("unreadable");
    expect(workbookFileMessage(error, "zh-CN")).toBe(
      "无法读取文件 /no/such/成华区.xlsx：文件不存在。请检查路径和权限。",
    );
    expect(workbookFileMessage(error, "en-US")).toBe(
      "Cannot read /no/such/成华区.xlsx: no such file. Check the path and permissions.",
    );
  });
});
