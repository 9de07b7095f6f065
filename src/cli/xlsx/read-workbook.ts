/**
 * Reads a monitoring workbook (.xlsx) from disk or bytes: the add-in's state from its hidden `PlanMonitor` sheet
 * and the monitoring sheet as the core reads it. A file that is not such a workbook fails with a
 * `WorkbookFileError` saying why, so a batch can name the file and go on with the others.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { assessSheet, type CheckResult } from "../../core/workbook/assess";
import type { Locale } from "../../core/messages";
import { readLayout, type SheetReading } from "../../core/workbook/sheet-reading";
import { decodeState, STATE_SHEET, type WorkbookState } from "../../core/workbook/state";
import { withDisplayedFigures } from "../../core/workbook/displayed-figure";
import { sheetGrid } from "./cell-values";

export type WorkbookFileErrorCode =
  /** The file system refused: no such file, a directory, no permission. */
  | "unreadable"
  /** Not a zip package holding a workbook: a text file, a .docx, a PDF renamed. */
  | "not-xlsx"
  /** A zip that does not open as a workbook: truncated, damaged. */
  | "corrupt"
  /** An OLE compound file holding an encrypted package: a workbook saved with a password to open. */
  | "encrypted"
  /** An OLE compound file that is not encrypted: the old binary .xls format. */
  | "legacy-xls"
  /** A LibreOffice/WPS OpenDocument spreadsheet (.ods): a zip whose first entry names its type. */
  | "ods"
  /** Excel's binary workbook (.xlsb): a zip with xl/workbook.bin instead of xl/workbook.xml. */
  | "xlsb"
  /** A workbook without our state sheet: not made from a Plan Monitor template. */
  | "foreign"
  /** The state sheet is there but does not decode: damaged by another tool, or edited by hand. */
  | "state-damaged"
  /** The state decodes but no sheet holds the monitoring header with the indicator ids. */
  | "no-sheet";

export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookFileErrorCode,
    /** The file as the person named it. */
    readonly file: string,
    /** The system's or the library's own words, for the curious; messages do not rely on it. */
    readonly detail = "",
  ) {
    super(`${file}: ${code}${detail === "" ? "" : ` (${detail})`}`);
    this.name = "WorkbookFileError";
  }
}

export interface MonitorWorkbook {
  readonly file: string;
  readonly state: WorkbookState;
  /** The monitoring sheet's name in this file (people may have renamed it). */
  readonly sheetName: string;
  readonly reading: SheetReading;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted OOXML package is a compound file with this stream, named in UTF-16LE in its directory. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
/** OpenDocument stores its media type uncompressed as the zip's first entry, so it sits in the first bytes. */
const ODS_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
/** Entry names are stored as plain text in a zip's headers. */
const XLSB_WORKBOOK = "xl/workbook.bin";

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function fileBytes(path: string, readFile: (path: string) => Uint8Array): Uint8Array {
  try {
    return readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new WorkbookFileError("unreadable", path, code);
  }
}

async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new WorkbookFileError(buffer.includes(ENCRYPTION_INFO) ? "encrypted" : "legacy-xls", file);
  }
  if (!startsWith(bytes, ZIP)) throw new WorkbookFileError("not-xlsx", file);
  // Both load in exceljs as a workbook with no sheets or fail; their own message tells people to save as .xlsx.
  if (buffer.subarray(0, 200).includes(ODS_MEDIA_TYPE)) throw new WorkbookFileError("ods", file);
  if (buffer.includes(XLSB_WORKBOOK)) throw new WorkbookFileError("xlsb", file);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer of an older @types/node than ours; the value is one.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookFileError("corrupt", file, error instanceof Error ? error.message : String(error));
  }
  // A zip package without a workbook part (a .docx, an .odt) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) throw new WorkbookFileError("not-xlsx", file);
  return workbook;
}

function stateOf(workbook: ExcelJS.Workbook, file: string): WorkbookState {
  const sheet = workbook.worksheets.find((candidate) => sameName(candidate.name, STATE_SHEET));
  if (sheet === undefined) throw new WorkbookFileError("foreign", file);
  const column: string[][] = [];
  sheet.getColumn(1).eachCell({ includeEmpty: false }, (cell, row) => {
    column[row - 1] = [typeof cell.value === "string" ? cell.value : cell.text];
  });
  const decoded = decodeState(Array.from(column, (row) => row ?? [""]));
  if (!decoded.ok) throw new WorkbookFileError("state-damaged", file);
  return decoded.value;
}

/**
 * The sheet the state names, else (renamed by a tool that keeps no sheet ids) the first other sheet with a
 * monitoring header whose rows carry the plan's indicator ids.
 */
function monitorOf(
  workbook: ExcelJS.Workbook,
  state: WorkbookState,
  file: string,
): { readonly sheetName: string; readonly reading: SheetReading } {
  const date1904 = workbook.properties.date1904 === true;
  const planIds = new Set(state.plan.indicators.map((indicator) => indicator.id));
  const candidates = workbook.worksheets.filter((sheet) => !sameName(sheet.name, STATE_SHEET));
  const named = candidates.filter((sheet) => sameName(sheet.name, state.sheetName));
  for (const sheet of [...named, ...candidates.filter((sheet) => !named.includes(sheet))]) {
    const reading = readLayout(sheetGrid(sheet, date1904));
    if (reading === null) continue;
    if (named.includes(sheet) || reading.rows.some((row) => planIds.has(row.indicatorId))) {
      // A figure typed as 63% is stored as 0.63 under a percent format: read it as the cell shows it.
      const numberFormat = (row: number, column: number): string | undefined =>
        sheet.getCell(row + 1, column + 1).numFmt;
      return { sheetName: sheet.name, reading: withDisplayedFigures(reading, numberFormat) };
    }
  }
  throw new WorkbookFileError("no-sheet", file, state.sheetName);
}

export interface ReadOptions {
  /** How messages name the file: the path by default. */
  readonly file?: string;
  /** Reads a path; the command line passes its injected reader so tests run in memory. */
  readonly readFile?: (path: string) => Uint8Array;
}

/**
 * @param source a path, or the file's bytes
 * @example
 * const { state, sheetName, reading } = await readMonitorWorkbook("成华区.xlsx");
 * state.plan.id // → "chengdu-13th-sti"; sheetName // → "指标监测"; reading.rows.length // → 13
 */
export async function readMonitorWorkbook(
  source: string | Uint8Array,
  options: ReadOptions = {},
): Promise<MonitorWorkbook> {
  const name = options.file ?? (typeof source === "string" ? source : "workbook.xlsx");
  const bytes = typeof source === "string" ? fileBytes(source, options.readFile ?? readFileSync) : source;
  const workbook = await loadWorkbook(bytes, name);
  const state = stateOf(workbook, name);
  return { file: name, state, ...monitorOf(workbook, state, name) };
}

/**
 * The add-in's check of a read workbook: the same findings at the same `Sheet!A1` addresses, and the summary.
 *
 * @example checkMonitorWorkbook(workbook, { locale: "zh-CN" }).findings[0].address // → "指标监测!J6"
 */
export function checkMonitorWorkbook(
  workbook: MonitorWorkbook,
  options: { readonly locale: Locale; readonly reportingYear?: number },
): CheckResult {
  return assessSheet(workbook.state, workbook.sheetName, workbook.reading, { ...options, only: null });
}
