import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { fill } from "../../taskpane/strings";
import type { CellView } from "../simulator";
import { editText } from "./cell-look";
import type { WorkbenchText } from "./strings";
import { visuallyHidden } from "./visually-hidden";

export interface FormulaBarProps {
  /** The active cell, `B3`; empty when the sheet has no selection. */
  readonly address: string;
  readonly cell: CellView | undefined;
  readonly note: string | null;
  readonly text: WorkbenchText;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  name: {
    flexShrink: 0,
    minWidth: "4em",
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
  },
  content: { minWidth: 0, overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3 },
  hiddenLabel: visuallyHidden,
});

/**
 * Excel's name box and formula bar, read-only: which cell is selected, what it holds, and what Excel would show on
 * hovering it (its note, its data validation's input message).
 */
export function FormulaBar({ address, cell, note, text }: FormulaBarProps) {
  const styles = useStyles();
  const prompt = cell?.validation?.prompt;
  const promptText =
    prompt?.showPrompt !== true || prompt.message === ""
      ? null
      : prompt.title === ""
        ? prompt.message
        : fill(text.prompt, { title: prompt.title, message: prompt.message });
  return (
    <div className={styles.bar}>
      <Text className={styles.name}>
        <span className={styles.hiddenLabel}>{text.nameBox} </span>
        {address}
      </Text>
      <Text className={styles.content}>
        <span className={styles.hiddenLabel}>{text.cellContent} </span>
        {editText(cell)}
      </Text>
      {note !== null && <Text className={styles.hint}>{fill(text.note, { note })}</Text>}
      {promptText !== null && <Text className={styles.hint}>{promptText}</Text>}
    </div>
  );
}
