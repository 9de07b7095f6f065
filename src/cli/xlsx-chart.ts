/**
 * Adds a clustered column chart to an .xlsx that exceljs wrote. exceljs reads and writes cells, styles and images
 * but no charts, so the chart goes in afterwards at the package level (ECMA-376 part 1): the file is unzipped, five
 * parts are added or touched, and it is zipped again.
 *
 *   xl/charts/chartN.xml                 c:chartSpace › c:chart › c:plotArea › c:barChart (barDir col) with one
 *                                         series whose c:cat / c:val refer to the sheet's cells and carry caches of
 *                                         their values, so a viewer that does not recalculate still draws the bars
 *   xl/drawings/drawingN.xml (+ _rels)   xdr:wsDr › twoCellAnchor › graphicFrame › c:chart r:id → the chart
 *   xl/worksheets/_rels/sheetK.xml.rels  the sheet → the drawing
 *   xl/worksheets/sheetK.xml             <drawing r:id=…/> where CT_Worksheet's sequence wants it: after
 *                                         pageMargins, pageSetup, headerFooter…, before legacyDrawing, tableParts,
 *                                         extLst
 *   [Content_Types].xml                  Overrides for the chart and the drawing
 *
 * The sheet is found by name through xl/workbook.xml and its relationships, not by guessing its file name.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export interface CellPosition {
  /** 0-based. */
  readonly column: number;
  readonly row: number;
}

export interface ColumnChart {
  /** The worksheet that holds the data and shows the chart. */
  readonly sheet: string;
  readonly title: string;
  /** Alternative text for screen readers. */
  readonly description: string;
  /** The series name's cell (`$B$1`) and its text. */
  readonly seriesName: { readonly ref: string; readonly text: string };
  /** `$A$2:$A$8` and the labels those cells hold. */
  readonly categories: { readonly ref: string; readonly labels: readonly string[] };
  /** `$B$2:$B$8` and the numbers those cells hold. */
  readonly values: { readonly ref: string; readonly numbers: readonly number[] };
  /** The cells the chart spans, top-left to bottom-right. */
  readonly from: CellPosition;
  readonly to: CellPosition;
}

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMl: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

const REL_TYPE = {
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
} as const;

const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Children of <worksheet> that must come after <drawing> (CT_Worksheet, ECMA-376 part 1 §18.3.1.99). */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

// XML 1.0 has no way to write most C0 controls, not even as references; they carry nothing a chart shows.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for an XML element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/gu, (char) => ENTITIES[char] ?? char);
}

/** A formula reference to a range of a sheet: the name quoted, its quotes doubled (`'评价''s'!$A$2`). */
export function sheetRef(sheet: string, range: string): string {
  return `'${sheet.replaceAll("'", "''")}'!${range}`;
}

/**
 * @example withColumnChart(await workbook.xlsx.writeBuffer(), { sheet: "评价统计", title: "指标评价分布", … })
 * // → the same workbook's bytes, with the chart on that sheet
 */
export function withColumnChart(xlsx: Uint8Array, chart: ColumnChart): Uint8Array {
  const files = unzipSync(xlsx);
  const text = (path: string): string => {
    const bytes = files[path];
    if (bytes === undefined) throw new Error(`The workbook has no ${path}.`);
    return strFromU8(bytes);
  };

  const sheetPath = worksheetPath(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"), chart.sheet);
  const sheetName = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
  const sheetRelsPath = `xl/worksheets/_rels/${sheetName}.rels`;
  const n = freeNumber(files, (k) => [`xl/charts/chart${k}.xml`, `xl/drawings/drawing${k}.xml`]);
  const chartPath = `xl/charts/chart${n}.xml`;
  const drawingPath = `xl/drawings/drawing${n}.xml`;

  const sheetRels = files[sheetRelsPath] === undefined ? emptyRelationships() : text(sheetRelsPath);
  const drawingRelId = freeRelationshipId(sheetRels);
  const out: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) out[path] = bytes;
  out["[Content_Types].xml"] = strToU8(
    addOverrides(text("[Content_Types].xml"), [
      [`/${chartPath}`, CONTENT_TYPE.chart],
      [`/${drawingPath}`, CONTENT_TYPE.drawing],
    ]),
  );
  out[sheetPath] = strToU8(insertDrawing(text(sheetPath), drawingRelId));
  out[sheetRelsPath] = strToU8(
    addRelationship(sheetRels, drawingRelId, REL_TYPE.drawing, `../drawings/drawing${n}.xml`),
  );
  out[drawingPath] = strToU8(drawingXml(chart, n));
  out[`xl/drawings/_rels/drawing${n}.xml.rels`] = strToU8(
    addRelationship(emptyRelationships(), "rId1", REL_TYPE.chart, `../charts/chart${n}.xml`),
  );
  out[chartPath] = strToU8(chartXml(chart));
  return zipSync(out, { level: 6 });
}

/** The package path of the worksheet named `sheet` (`xl/worksheets/sheet2.xml`). */
function worksheetPath(workbookXml: string, workbookRels: string, sheet: string): string {
  const entry = elements(workbookXml, "sheet").find((attributes) => attributes.get("name") === sheet);
  const relId = entry?.get("r:id");
  const target = elements(workbookRels, "Relationship")
    .find((attributes) => attributes.get("Id") === relId)
    ?.get("Target");
  if (target === undefined) throw new Error(`The workbook has no sheet named ${sheet}.`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Attributes of every `<name …>` element, unescaped; enough for the flat lists of workbook.xml and .rels parts. */
function elements(xml: string, name: string): ReadonlyMap<string, string>[] {
  const found: ReadonlyMap<string, string>[] = [];
  for (const match of xml.matchAll(
    new RegExp(`<${name}((?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*/?>`, "gu"),
  )) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
      attributes.set(attribute[1] ?? "", unescapeXml(attribute[2] ?? attribute[3] ?? ""));
    }
    found.push(attributes);
  }
  return found;
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/giu, (whole, dec, hex, named) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    const names: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    return names[String(named)] ?? whole;
  });
}

function freeNumber(files: Readonly<Record<string, unknown>>, paths: (n: number) => readonly string[]): number {
  for (let n = 1; ; n++) if (paths(n).every((path) => files[path] === undefined)) return n;
}

function emptyRelationships(): string {
  return `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
}

function freeRelationshipId(rels: string): string {
  const taken = new Set(elements(rels, "Relationship").map((attributes) => attributes.get("Id")));
  for (let n = 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  const relationship = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  return insertBefore(rels, "</Relationships>", relationship);
}

function addOverrides(contentTypes: string, overrides: readonly (readonly [string, string])[]): string {
  const added = overrides
    .map(([part, type]) => `<Override PartName="${escapeXml(part)}" ContentType="${type}"/>`)
    .join("");
  return insertBefore(contentTypes, "</Types>", added);
}

function insertBefore(xml: string, closing: string, addition: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`Expected ${closing} in a package part.`);
  return xml.slice(0, at) + addition + xml.slice(at);
}

/**
 * The sheet with `<drawing r:id=…/>` before the first top-level child that the schema puts after it. Only direct
 * children of <worksheet> count: an <extLst> inside a conditional formatting rule is not a place to stop.
 */
function insertDrawing(sheetXml: string, relId: string): string {
  const drawing = `<drawing r:id="${relId}"/>`;
  const tag = /<(\/?)([\w:.-]+)(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/gu;
  let depth = 0;
  for (const match of sheetXml.matchAll(tag)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined) continue;
    if (closing === "/") {
      depth -= 1;
      if (depth === 0) return sheetXml.slice(0, match.index) + drawing + sheetXml.slice(match.index);
      continue;
    }
    if (depth === 1) {
      if (name === "drawing") throw new Error("The sheet already has a drawing.");
      if (AFTER_DRAWING.has(name)) return sheetXml.slice(0, match.index) + drawing + sheetXml.slice(match.index);
    }
    if (selfClosing !== "/") depth += 1;
  }
  throw new Error("The worksheet part is not a worksheet.");
}

function drawingXml(chart: ColumnChart, n: number): string {
  const marker = (position: CellPosition): string =>
    `<xdr:col>${position.column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${position.row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMl}">` +
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from>${marker(chart.from)}</xdr:from><xdr:to>${marker(chart.to)}</xdr:to>` +
    `<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${n + 1}" name="${escapeXml(`Chart ${n}`)}" descr="${escapeXml(chart.description)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="rId1"/>` +
    `</a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function chartXml(chart: ColumnChart): string {
  const points = (values: readonly string[]): string =>
    `<c:ptCount val="${values.length}"/>` +
    values.map((value, index) => `<c:pt idx="${index}"><c:v>${escapeXml(value)}</c:v></c:pt>`).join("");
  const richText = (text: string): string =>
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>` +
    `<a:r><a:rPr b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;
  const ref = (range: string): string => escapeXml(sheetRef(chart.sheet, range));
  const categoryAxis = 500000001;
  const valueAxis = 500000002;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMl}" xmlns:r="${NS.rel}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx>${richText(chart.title)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${ref(chart.seriesName.ref)}</c:f>` +
    `<c:strCache>${points([chart.seriesName.text])}</c:strCache></c:strRef></c:tx>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${ref(chart.categories.ref)}</c:f>` +
    `<c:strCache>${points(chart.categories.labels)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(chart.values.ref)}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode>${points(chart.values.numbers.map(String))}</c:numCache>` +
    `</c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="80"/>` +
    `<c:axId val="${categoryAxis}"/><c:axId val="${valueAxis}"/>` +
    `</c:barChart>` +
    `<c:catAx><c:axId val="${categoryAxis}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${valueAxis}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valueAxis}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${categoryAxis}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}
