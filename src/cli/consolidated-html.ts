/**
 * The consolidated summary as one printable HTML document: the counts a manager reads first, then the counts per
 * file, then every file × indicator row. Self-contained (no script, no outside resource, and a policy that forbids
 * both), so it opens the same from a mail attachment as from disk; every text from data is escaped.
 */
import type { ConsolidatedSummary } from "../core/consolidated";
import type { Locale } from "../core/messages";
import { summaryCellText, type SummaryColumnKind } from "../core/summary-table";
import { escapeHtml } from "./html-escape";
import { summaryWords } from "./summary-words";

export interface HtmlOptions {
  readonly locale: Locale;
  /** When the summary was made, as the reader should see it. */
  readonly generated: string;
}

// Landscape A4 fits the twelve columns at 9 pt; headers repeat on every page and no row splits across two.
const STYLE = `
:root { color-scheme: light; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif;
  font-size: 10pt; margin: 1.5em; color: #000; background: #fff; }
h1 { font-size: 16pt; margin: 0 0 .3em; }
h2 { font-size: 12pt; margin: 1.4em 0 .4em; break-after: avoid; }
p.meta { margin: 0; color: #333; }
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { border: 1px solid #999; padding: .25em .45em; vertical-align: top; text-align: left;
  white-space: pre-line; }
thead th { background: #ddebf7; }
td.number, td.percent, td.year { text-align: right; white-space: nowrap; }
/* Short words stay whole; the indicator and people's words take the width that is left. */
.detail td.district, .detail td.unit, .detail td.target { white-space: nowrap; }
.detail td.file { overflow-wrap: anywhere; min-width: 6em; }
.detail td.name { min-width: 12em; }
.detail td.status, .detail td.explanation, .detail td.review { min-width: 7em; }
table.detail { width: 100%; font-size: 9pt; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 9pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** A cell; `classes` are our own words (column kinds and keys), never data. */
const cell = (tag: "th" | "td", text: string, ...classes: readonly string[]): string =>
  classes.length === 0
    ? `<${tag}>${escapeHtml(text)}</${tag}>`
    : `<${tag} class="${escapeHtml(classes.join(" "))}">${escapeHtml(text)}</${tag}>`;

const kindClass = (kind: SummaryColumnKind): readonly string[] => (kind === "text" ? [] : [kind]);

const headerRow = (labels: readonly string[]): string =>
  `<thead><tr>${labels.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join("")}</tr></thead>`;

/**
 * @example consolidatedHtml(consolidate(inputs, "zh-CN"), { locale: "zh-CN", generated: "2024-05-01 10:30" })
 * // → "<!DOCTYPE html>\n<html lang=\"zh-CN\">…"
 */
export function consolidatedHtml(consolidated: ConsolidatedSummary, options: HtmlOptions): string {
  const words = summaryWords(options.locale);
  const { statuses, overall, perFile } = consolidated;
  const total = statuses.reduce((sum, { status }) => sum + overall[status], 0);
  const planTitles = [...new Set(perFile.map((file) => file.planTitle))];

  const overallTable = [
    `<table class="counts">`,
    headerRow(words.countsHeader),
    "<tbody>",
    ...statuses.map(
      ({ status, label }) => `<tr>${cell("td", label)}${cell("td", String(overall[status]), "number")}</tr>`,
    ),
    `<tr>${cell("th", words.total)}${cell("td", String(total), "number")}</tr>`,
    "</tbody></table>",
  ];

  const perFileTable = [
    `<table class="per-file">`,
    headerRow([...words.perFileHeader, ...statuses.map(({ label }) => label)]),
    "<tbody>",
    ...perFile.map(
      (file) =>
        `<tr>${cell("td", file.district)}${cell("td", file.file)}${cell("td", String(file.reportingYear), "year")}` +
        `${cell("td", String(file.indicators), "number")}` +
        statuses.map(({ status }) => cell("td", String(file.byStatus[status]), "number")).join("") +
        "</tr>",
    ),
    "</tbody></table>",
  ];

  const detailTable = [
    `<table class="detail">`,
    headerRow(consolidated.columns.map((column) => column.label)),
    "<tbody>",
    ...consolidated.rows.map(
      (row) =>
        `<tr>${consolidated.columns
          .map((column, index) =>
            cell("td", summaryCellText(row[index] ?? null, column.kind), ...kindClass(column.kind), column.key),
          )
          .join("")}</tr>`,
    ),
    "</tbody></table>",
  ];

  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(options.locale)}">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(words.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(words.title)}</h1>`,
    ...planTitles.map((title) => `<p class="meta">${escapeHtml(title)}</p>`),
    `<p class="meta">${escapeHtml(`${words.files(perFile.length)} · ${words.generated(options.generated)}`)}</p>`,
    "</header>",
    "<main>",
    `<section aria-labelledby="overall"><h2 id="overall">${escapeHtml(words.overallTitle)}</h2>`,
    ...overallTable,
    "</section>",
    `<section aria-labelledby="per-file"><h2 id="per-file">${escapeHtml(words.perFileTitle)}</h2>`,
    ...perFileTable,
    "</section>",
    `<section aria-labelledby="detail"><h2 id="detail">${escapeHtml(words.detailTitle)}</h2>`,
    ...detailTable,
    "</section>",
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
