import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { Catalog } from "../plans";
import { CheckView } from "./check/CheckView";
import { usePane } from "./pane";
import { PlansView } from "./plans/PlansView";
import { ReviewView } from "./review/ReviewView";
import { BusyBar } from "./shared/BusyBar";
import { fill } from "./strings";
import { SummaryView } from "./summary/SummaryView";

export interface AppProps {
  readonly plans: readonly Catalog[];
}

/** Set once the pane first rendered: `npm run bench` reads it (taskpane.first_render), and so can DevTools. */
export const FIRST_RENDER_MARK = "plan-monitor:first-render";

export type ViewKey = "plans" | "check" | "review" | "summary";
const VIEWS: readonly ViewKey[] = ["plans", "check", "review", "summary"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  tabs: { flexWrap: "wrap" },
  view: { minWidth: 0 },
  // File and sheet names are long unbroken words: they wrap at 320 px instead of widening the pane.
  noticeText: { overflowWrap: "anywhere" },
});

/** The pane's shell: title, what the workbook monitors, the one message bar, progress, and the four views. */
export function App({ plans }: AppProps) {
  const styles = useStyles();
  const pane = usePane();
  const { text } = pane;
  const [view, setView] = useState<ViewKey>("plans");
  const [chosen, setChosen] = useState(false);
  useEffect(() => {
    if (typeof performance.mark === "function" && performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) {
      performance.mark(FIRST_RENDER_MARK);
    }
  }, []);
  // Once a workbook has a plan, staff come back to check it: open there, unless someone already picked a view.
  const shown: ViewKey = !chosen && pane.overview !== null ? "check" : view;
  return (
    <main className={styles.root} lang={pane.locale}>
      <header>
        <Text as="h1" size={500} weight="semibold" block>
          {text.title}
        </Text>
        <Text as="p" size={200} block>
          {pane.workbook === null
            ? text.subtitle
            : !pane.loaded
              ? text.loading
              : pane.overview === null
                ? text.noPlanYet
                : fill(text.workbookPlan, { title: pane.overview.plan.title, sheet: pane.overview.sheetName })}
        </Text>
      </header>
      {pane.workbook === null && (
        <MessageBar intent="warning">
          <MessageBarBody>{text.notInExcel}</MessageBarBody>
        </MessageBar>
      )}
      {pane.notice !== null && (
        <MessageBar
          intent={pane.notice.intent}
          politeness={pane.notice.intent === "error" ? "assertive" : "polite"}
          layout="multiline"
        >
          <MessageBarBody className={styles.noticeText}>{pane.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                aria-label={text.dismiss}
                appearance="transparent"
                icon={<DismissRegular />}
                onClick={pane.dismissNotice}
              />
            }
          />
        </MessageBar>
      )}
      <BusyBar busy={pane.busy} />
      <TabList
        className={styles.tabs}
        aria-label={text.views}
        selectedValue={shown}
        onTabSelect={(_event, data) => {
          setChosen(true);
          setView(data.value as ViewKey);
        }}
      >
        {VIEWS.map((key) => (
          <Tab key={key} value={key} id={`tab-${key}`} aria-controls={`view-${key}`}>
            {text.tabs[key]}
          </Tab>
        ))}
      </TabList>
      {/* Every view stays mounted, the others hidden: a half-edited import, explanation or comment survives a
          look at another view. */}
      {VIEWS.map((key) => (
        <section
          key={key}
          className={styles.view}
          role="tabpanel"
          id={`view-${key}`}
          aria-labelledby={`tab-${key}`}
          hidden={key !== shown}
        >
          {key === "plans" && <PlansView plans={plans} onPopulated={() => (setChosen(true), setView("check"))} />}
          {key === "check" && <CheckView />}
          {key === "review" && <ReviewView />}
          {key === "summary" && <SummaryView />}
        </section>
      ))}
    </main>
  );
}
