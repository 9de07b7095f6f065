import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Locale } from "../../core/messages";
import type { Summary } from "../../core/summary";
import { summaryCellText, summaryTable } from "../../core/summary-table";
import { fill } from "../strings";
import type { SummaryText } from "./strings";

export const PRINT_AREA = "summary";

/**
 * While the printable summary is shown, printing shows it alone. `visibility` hides the rest in every browser;
 * where `:has` is known, the rest is also taken out of the layout so no blank pages follow. Fixed text, never data.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body * { visibility: hidden !important; }
  [data-print-area="${PRINT_AREA}"], [data-print-area="${PRINT_AREA}"] * { visibility: visible !important; }
  body *:not(:has([data-print-area="${PRINT_AREA}"])):not([data-print-area="${PRINT_AREA}"]):not([data-print-area="${PRINT_AREA}"] *) { display: none !important; }
  [data-print-area="${PRINT_AREA}"] { position: absolute; top: 0; left: 0; width: 100%; }
  [data-print-area="${PRINT_AREA}"] [data-print-scroll] { overflow: visible !important; }
  [data-print-area="${PRINT_AREA}"] table { font-size: 9pt; }
  [data-print-area="${PRINT_AREA}"] thead { display: table-header-group; }
  [data-print-area="${PRINT_AREA}"] tr { break-inside: avoid; }
}
`;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  meta: { margin: 0 },
  // The table is as wide as its fourteen columns; it scrolls inside this box so the pane itself never does.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      verticalAlign: "top",
      textAlign: "left",
    },
    "& th": { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  },
  text: { whiteSpace: "pre-line", minWidth: "6em" },
  figure: { textAlign: "right", whiteSpace: "nowrap" },
});

/** The summary as a bureau prints it: title, plan, reporting year, date, and the whole table. */
export function PrintableSummary({
  summary,
  locale,
  text,
  printedOn,
}: {
  readonly summary: Summary;
  readonly locale: Locale;
  readonly text: SummaryText;
  readonly printedOn: Date;
}) {
  const styles = useStyles();
  const headingId = useId();
  const table = summaryTable(summary, locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(printedOn);
  return (
    <div className={styles.root} data-print-area={PRINT_AREA}>
      <style>{PRINT_CSS}</style>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading} block>
        {text.printTitle}
      </Text>
      <Text as="p" className={styles.meta} block>
        {fill(text.printPlan, { title: summary.title })}
      </Text>
      <Text as="p" className={styles.meta} block>
        {fill(text.printYear, { year: summary.reportingYear })}
      </Text>
      <Text as="p" className={styles.meta} block>
        {fill(text.printDate, { date })}
      </Text>
      <div className={styles.scroll} role="region" aria-label={text.tableLabel} tabIndex={0} data-print-scroll="">
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={summary.rows[r]?.indicatorId ?? r}>
                {table.columns.map((column, c) => (
                  <td key={column.key} className={column.kind === "text" ? styles.text : styles.figure}>
                    {summaryCellText(row[c] ?? null, column.kind)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
