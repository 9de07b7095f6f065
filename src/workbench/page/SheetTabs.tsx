import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { SheetView } from "../simulator";
import type { WorkbenchText } from "./strings";

export interface SheetTabsProps {
  /** The workbook's sheets in tab order; only visible ones get a tab, as in Excel. */
  readonly sheets: readonly SheetView[];
  readonly active: string;
  readonly text: WorkbenchText;
  /** The id of a sheet's tab, so the grid's panel can name the tab that shows it. */
  tabId(sheet: SheetView): string;
  onSelect(sheet: SheetView): void;
}

const useStyles = makeStyles({
  tabs: {
    flexWrap: "wrap",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** Excel's sheet tabs, under the grid. Hidden and very hidden sheets (the add-in's state) have none. */
export function SheetTabs({ sheets, active, text, tabId, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  const visible = sheets.filter((sheet) => sheet.visibility === "Visible");
  return (
    <TabList
      className={styles.tabs}
      size="small"
      aria-label={text.sheets}
      selectedValue={active}
      onTabSelect={(_event, data) => {
        const sheet = visible.find((candidate) => candidate.name === data.value);
        if (sheet !== undefined) onSelect(sheet);
      }}
    >
      {visible.map((sheet) => (
        <Tab key={sheet.id} id={tabId(sheet)} value={sheet.name}>
          {sheet.name}
        </Tab>
      ))}
    </TabList>
  );
}
