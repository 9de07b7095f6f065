import { Button, makeStyles, Text, ToggleButton, tokens } from "@fluentui/react-components";
import {
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  PrintRegular,
  TableRegular,
  DocumentTableRegular,
} from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { Summary } from "../../core/summary";
import { usePane } from "../pane";
import { fill } from "../strings";
import { downloadBlob } from "./download";
import { IndicatorProgress } from "./IndicatorProgress";
import { PrintableSummary } from "./PrintableSummary";
import { StatusCounts } from "./StatusCounts";
import { summaryText, type SummaryText } from "./strings";
import { summaryBlob, summaryFileName, type SummaryFormat } from "./summary-files";
import { CheckFirst } from "../shared/CheckFirst";
import { ViewIntro } from "../shared/ViewIntro";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** 汇总: where the plan stands, counted by status and drawn per indicator, and the summary's exports. */
export function SummaryView() {
  const styles = useStyles();
  const pane = usePane();
  const text = summaryText(pane.locale);
  return (
    <div className={styles.root}>
      <ViewIntro title={text.title} intro={text.intro} />
      {/* Present before the first check too, so screen readers announce the summary when it arrives. */}
      <Text as="p" aria-live="polite" block>
        {pane.checked === null
          ? ""
          : fill(text.summarised, {
              title: pane.checked.summary.title,
              count: pane.checked.summary.rows.length,
              year: pane.checked.summary.reportingYear,
            })}
      </Text>
      {pane.checked === null ? <CheckFirst text={text} /> : <SummaryWork summary={pane.checked.summary} text={text} />}
    </div>
  );
}

function SummaryWork({ summary, text }: { readonly summary: Summary; readonly text: SummaryText }) {
  const styles = useStyles();
  const pane = usePane();
  const { locale } = pane;
  const exportHeadingId = useId();
  const [printing, setPrinting] = useState<Date | null>(null);
  const busy = pane.busy !== null;

  // Figures may have been corrected in Excel since the summary on screen was made: every export checks first.
  // A failed check has already said why on the message bar.
  const writeSheet = async (): Promise<void> => {
    const fresh = await pane.freshSummary();
    if (fresh !== null) await pane.writeSummarySheet(fresh);
  };
  const download = async (format: SummaryFormat): Promise<void> => {
    const fresh = await pane.freshSummary();
    if (fresh === null) return;
    const file = summaryFileName(fresh, locale, format);
    try {
      downloadBlob(await summaryBlob(fresh, locale, format), file);
      pane.notify({ intent: "success", text: fill(text.downloaded, { file }) });
    } catch {
      pane.notify({ intent: "error", text: fill(text.downloadFailed, { file }) });
    }
  };

  return (
    <>
      <div role="group" aria-labelledby={exportHeadingId}>
        <Text as="h3" id={exportHeadingId} size={400} weight="semibold" className={styles.heading} block>
          {text.exportHeading}
        </Text>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<TableRegular />}
            disabled={pane.workbook === null}
            disabledFocusable={busy}
            onClick={() => void writeSheet()}
          >
            {text.writeSheet}
          </Button>
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={pane.workbook === null}
            disabledFocusable={busy}
            onClick={() => void download("csv")}
          >
            {text.downloadCsv}
          </Button>
          <Button
            icon={<DocumentTableRegular />}
            disabled={pane.workbook === null}
            disabledFocusable={busy}
            onClick={() => void download("xlsx")}
          >
            {text.downloadXlsx}
          </Button>
          <ToggleButton
            checked={printing !== null}
            onClick={() => setPrinting((shown) => (shown === null ? new Date() : null))}
          >
            {text.printView}
          </ToggleButton>
          {printing !== null && (
            <Button icon={<PrintRegular />} onClick={() => window.print()}>
              {text.print}
            </Button>
          )}
          <Button
            appearance="subtle"
            icon={<ArrowClockwiseRegular />}
            disabled={pane.workbook === null}
            disabledFocusable={busy}
            onClick={() => void pane.check()}
          >
            {text.recheck}
          </Button>
        </div>
      </div>
      {printing !== null ? (
        <PrintableSummary summary={summary} locale={locale} text={text} printedOn={printing} />
      ) : (
        <>
          <StatusCounts counts={summary.counts} locale={locale} text={text} />
          <IndicatorProgress rows={summary.rows} locale={locale} text={text} />
        </>
      )}
    </>
  );
}
