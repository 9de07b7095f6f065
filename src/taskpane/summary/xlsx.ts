/**
 * The summary as a minimal .xlsx: one sheet holding `summaryTable`, written as SpreadsheetML and zipped with
 * fflate, so the pane can hand people a workbook without Excel's help (and outside Excel). Text is only ever an
 * inline string and no cell has a formula (`<f>`), so text from plans and cells that looks like a formula stays
 * text; figures are numbers and shares carry a `0.0%` format, so they sum and sort in Excel.
 */
import { strToU8, zipSync } from "fflate";
import type { Locale } from "../../core/messages";
import type { Summary } from "../../core/summary";
import { summaryTable, type SummaryColumnKind, type SummaryTable } from "../../core/summary-table";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Indexes into `cellXfs` of STYLES_XML. */
const STYLE = { plain: 0, header: 1, percent: 2, year: 3, text: 4 } as const;

const KIND_STYLE: { readonly [K in SummaryColumnKind]: number } = {
  text: STYLE.text,
  number: STYLE.plain,
  percent: STYLE.percent,
  year: STYLE.year,
};

/** Column widths in characters: wide for the columns of sentences, narrow for figures. */
const KIND_WIDTH: { readonly [K in SummaryColumnKind]: number } = { text: 18, number: 12, percent: 10, year: 10 };
const WIDE_COLUMNS: ReadonlySet<string> = new Set(["name", "openFindings", "explanation", "review"]);

/**
 * Text made safe for XML content and attributes. Characters XML 1.0 cannot hold (control characters from a
 * pasted cell) are written as OOXML's `_xHHHH_`, and a literal `_x…_` in the text has its underscore escaped so
 * Excel does not decode it. A CR becomes `&#13;`, which XML's line-end normalisation would otherwise drop.
 *
 * @example xmlText('a<b & "c"') // → "a&lt;b &amp; &quot;c&quot;"
 * @example xmlText("\u0001") // → "_x0001_"
 */
export function xmlText(text: string): string {
  return (
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/gu, "_x005F_$1")
      // With the u flag only unpaired surrogates match, and those have no UTF-8 form.
      .replace(/[\uD800-\uDFFF]/gu, "\uFFFD")
      // eslint-disable-next-line no-control-regex -- finding the control characters XML cannot hold is the point
      .replace(/[&<>"\r]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, (char) => {
        switch (char) {
          case "&":
            return "&amp;";
          case "<":
            return "&lt;";
          case ">":
            return "&gt;";
          case '"':
            return "&quot;";
          case "\r":
            return "&#13;";
          default:
            return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
        }
      })
  );
}

/** `0` → `A`, `26` → `AA`. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
function sheetNameOf(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/gu, " ").trim();
  return (cleaned === "" ? "Sheet1" : cleaned).slice(0, 31);
}

function textCell(ref: string, text: string, style: number): string {
  return `<c r="${ref}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

function numberCell(ref: string, value: number, style: number): string {
  // 15 significant digits, as Excel keeps them: 0.1 + 0.2 is written 0.3.
  return `<c r="${ref}" s="${style}"><v>${String(Number(value.toPrecision(15)))}</v></c>`;
}

export function sheetXml(table: SummaryTable): string {
  const lastRef = `${columnName(Math.max(table.columns.length - 1, 0))}${table.rows.length + 1}`;
  const header = table.columns.map((column, c) => textCell(`${columnName(c)}1`, column.label, STYLE.header));
  const body = table.rows.map((row, r) => {
    const cells = table.columns.flatMap((column, c) => {
      const value = row[c] ?? null;
      const ref = `${columnName(c)}${r + 2}`;
      if (typeof value === "string") return [textCell(ref, value, STYLE.text)];
      if (typeof value === "number" && Number.isFinite(value)) return [numberCell(ref, value, KIND_STYLE[column.kind])];
      return [];
    });
    return `<row r="${r + 2}">${cells.join("")}</row>`;
  });
  const cols = table.columns.map((column, c) => {
    const width = WIDE_COLUMNS.has(column.key) ? 36 : KIND_WIDTH[column.kind];
    return `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`;
  });
  return (
    DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${lastRef}"/>` +
    // The header stays in view while scrolling down the indicators.
    `<sheetViews><sheetView workbookViewId="0">` +
    `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>` +
    `</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols.join("")}</cols>` +
    `<sheetData><row r="1">${header.join("")}</row>${body.join("")}</sheetData>` +
    `</worksheet>`
  );
}

const STYLES_XML =
  DECLARATION +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="5">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

function workbookXml(sheetName: string): string {
  return (
    DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheets><sheet name="${xmlText(sheetNameOf(sheetName))}" sheetId="1" r:id="rId1"/></sheets>` +
    `</workbook>`
  );
}

const CONTENT_TYPES_XML =
  DECLARATION +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `</Types>`;

const ROOT_RELS_XML =
  DECLARATION +
  `<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  `</Relationships>`;

const WORKBOOK_RELS_XML =
  DECLARATION +
  `<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
  `</Relationships>`;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A table as the bytes of an .xlsx file with one sheet. */
export function tableXlsx(table: SummaryTable, sheetName: string): Uint8Array<ArrayBuffer> {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(CONTENT_TYPES_XML),
      "_rels/.rels": strToU8(ROOT_RELS_XML),
      "xl/workbook.xml": strToU8(workbookXml(sheetName)),
      "xl/_rels/workbook.xml.rels": strToU8(WORKBOOK_RELS_XML),
      "xl/worksheets/sheet1.xml": strToU8(sheetXml(table)),
      "xl/styles.xml": strToU8(STYLES_XML),
    },
    { level: 6 },
  );
}

/**
 * @example summaryXlsx(summary, "zh-CN", "汇总") // → the bytes of a workbook whose sheet 汇总 starts 指标 | 单位 | …
 */
export function summaryXlsx(summary: Summary, locale: Locale, sheetName: string): Uint8Array<ArrayBuffer> {
  return tableXlsx(summaryTable(summary, locale), sheetName);
}
