import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useCallback, useId, useSyncExternalStore } from "react";
import type { Catalog } from "../../plans";
import { fill } from "../../taskpane/strings";
import { planMonitorTheme } from "../../taskpane/theme";
import { columnLetters, parseAddress } from "../simulator/address";
import { selectCell } from "./cell-actions";
import { downloadBlob } from "../../taskpane/summary/download";
import { FormulaBar } from "./FormulaBar";
import { noticeView } from "./notice-text";
import { PaneSlot } from "./PaneSlot";
import type { WorkbenchNotice, WorkbenchSession } from "./session";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { workbenchText } from "./strings";
import { Toolbar } from "./Toolbar";
import { visuallyHidden } from "./visually-hidden";

export interface WorkbenchProps {
  readonly session: WorkbenchSession;
  readonly plans: readonly Catalog[];
}

/** The task pane's width in Excel on the web and on Windows, which the pane is designed for. */
const PANE_WIDTH = 320;
const NARROW = `@media (max-width: ${PANE_WIDTH * 2 + 160}px)`;

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    minWidth: 0,
    [NARROW]: { height: "auto" },
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    [NARROW]: { flexDirection: "column" },
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    [NARROW]: { height: "70vh" },
  },
  pane: {
    flexShrink: 0,
    width: `${PANE_WIDTH}px`,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      width: "auto",
      borderLeft: "none",
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  hidden: visuallyHidden,
});

const CELL_NOTICES: ReadonlySet<WorkbenchNotice["code"]> = new Set([
  "protected-cell",
  "validation-rejected",
  "rejected",
]);

/**
 * The browser workbench: the simulated workbook as a grid on the left (on top when narrow), the production task
 * pane in a 320 px column on the right, so the whole flow can be tried without Excel.
 */
export function Workbench({ session, plans }: WorkbenchProps) {
  const styles = useStyles();
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { sim, locale, version, notice, saveFailure } = state;
  const text = workbenchText(locale);
  const headingId = useId();
  const tabPrefix = useId();

  // A refusal belongs to the cell it was about: the next accepted action clears it, other messages stay.
  const onCellNotice = useCallback(
    (next: WorkbenchNotice | null) => {
      const current = session.getSnapshot().notice;
      if (next !== null || (current !== null && CELL_NOTICES.has(current.code))) session.notify(next);
    },
    [session],
  );

  const sheets = sim.workbook.sheetNames.flatMap((name) => sim.workbook.sheet(name) ?? []);
  const activeSheet = sim.workbook.activeSheet;
  const activeView = sheets.find((sheet) => sheet.name === activeSheet);
  const selected = activeView ? parseAddress(activeView.selection)?.area : undefined;
  const activeAddress = selected ? `${columnLetters(selected.left)}${selected.top + 1}` : "";
  const tabId = (position: number): string => `${tabPrefix}-sheet-${position}`;
  const shown = notice && noticeView(notice, text);

  return (
    <FluentProvider theme={planMonitorTheme} className={styles.page} lang={locale}>
      <header className={styles.header}>
        <div>
          <Text as="h1" size={400} weight="semibold" block>
            {text.title}
          </Text>
          <Text as="p" size={200} className={styles.intro} block>
            {text.intro}
          </Text>
        </div>
        <Toolbar
          locale={locale}
          text={text}
          onLocale={session.setLocale}
          onReset={session.reset}
          onDownload={() =>
            // The workbook as JSON (`sim.serialize()`), to keep work before a reset or move it to another browser.
            downloadBlob(new Blob([sim.serialize()], { type: "application/json" }), "plan-monitor-workbench.json")
          }
        />
      </header>
      {saveFailure !== null && (
        <MessageBar intent="warning" politeness="assertive">
          <MessageBarBody>{fill(text.storageFailed, { reason: saveFailure })}</MessageBarBody>
        </MessageBar>
      )}
      {shown && (
        <MessageBar intent={shown.intent} politeness={shown.intent === "error" ? "assertive" : "polite"}>
          <MessageBarBody>{shown.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                aria-label={text.dismiss}
                appearance="transparent"
                icon={<DismissRegular />}
                onClick={() => session.notify(null)}
              />
            }
          />
        </MessageBar>
      )}
      <div className={styles.body}>
        <section className={styles.workbook} aria-labelledby={headingId}>
          <h2 id={headingId} className={styles.hidden}>
            {text.workbook}
          </h2>
          <FormulaBar
            address={activeAddress}
            cell={activeAddress === "" ? undefined : sim.workbook.cell(activeSheet, activeAddress)}
            note={activeAddress === "" ? null : (sim.workbook.note(activeSheet, activeAddress)?.content ?? null)}
            text={text}
          />
          <div
            role="tabpanel"
            aria-labelledby={activeView ? tabId(activeView.position) : undefined}
            className={styles.workbook}
          >
            <SheetGrid
              key={activeSheet}
              sim={sim}
              version={version}
              sheet={activeSheet}
              text={text}
              onChanged={session.changed}
              onNotice={onCellNotice}
            />
          </div>
          <SheetTabs
            sheets={sheets}
            active={activeSheet}
            text={text}
            tabId={(sheet) => tabId(sheet.position)}
            onSelect={(sheet) => {
              onCellNotice(selectCell(sim, sheet.name, sheet.selection));
              session.changed();
            }}
          />
        </section>
        <div className={styles.pane}>
          <PaneSlot host={state.host} locale={locale} plans={plans} />
        </div>
      </div>
    </FluentProvider>
  );
}
