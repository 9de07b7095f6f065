/**
 * The results of a check as one virtual list: only the rows in view (and a few more) are in the page, so ten
 * thousand findings scroll as smoothly as ten. Rows have one fixed height that fits a 320 px pane: longer names
 * and messages are cut on screen and read in full from each row's accessible name and the details below.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useRef, type KeyboardEvent } from "react";
import { List, useListRef, type RowComponentProps } from "react-window";
import type { Locale } from "../../core/messages";
import { fill } from "../strings";
import { describeItem } from "./describe";
import type { CheckGroup, CheckItem } from "./items";
import type { CheckText } from "./strings";

/** Name line, two lines of figures, two lines of message, padding and the gap to the next row, in px. */
export const ROW_HEIGHT = 112;
/** A list taller than this scrolls inside the pane; the half row shows at a glance that there is more. */
const MAX_VISIBLE_ROWS = 4.5;

export interface FindingListProps {
  readonly items: readonly CheckItem[];
  readonly locale: Locale;
  readonly text: CheckText;
  readonly selectedKey: string | null;
  readonly onChoose: (item: CheckItem) => void;
}

const useStyles = makeStyles({
  list: { minWidth: 0 },
  row: { boxSizing: "border-box", paddingBottom: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    boxSizing: "border-box",
    width: "100%",
    height: "100%",
    overflow: "hidden",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ...createFocusOutlineStyle(),
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorNeutralStroke1Selected}`,
  },
  errors: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  explain: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  offTrack: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  accelerate: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  head: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "baseline",
    minWidth: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  tag: {
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
  },
  year: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  name: {
    minWidth: 0,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    fontWeight: tokens.fontWeightSemibold,
  },
  twoLines: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  meta: { color: tokens.colorNeutralForeground2 },
});

interface RowProps {
  readonly items: readonly CheckItem[];
  readonly locale: Locale;
  readonly text: CheckText;
  readonly selectedKey: string | null;
  readonly onChoose: (item: CheckItem) => void;
  readonly onMove: (index: number) => void;
}

const GROUP_CLASS: { readonly [G in CheckGroup]: G } = {
  errors: "errors",
  explain: "explain",
  offTrack: "offTrack",
  accelerate: "accelerate",
};

function FindingRow({
  index,
  style,
  ariaAttributes,
  items,
  locale,
  text,
  selectedKey,
  onChoose,
  onMove,
}: RowComponentProps<RowProps>) {
  const styles = useStyles();
  const item = items[index];
  if (item === undefined) return null;
  const words = describeItem(item, locale, text);
  const tag = text.tags[item.group];
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const to =
      event.key === "ArrowDown"
        ? index + 1
        : event.key === "ArrowUp"
          ? index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? items.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    onMove(to);
  };
  return (
    <div {...ariaAttributes} style={style} className={styles.row}>
      <button
        type="button"
        data-item-index={index}
        className={mergeClasses(
          styles.item,
          styles[GROUP_CLASS[item.group]],
          item.key === selectedKey && styles.selected,
        )}
        aria-current={item.key === selectedKey ? "true" : undefined}
        aria-label={fill(text.itemLabel, { tag, name: item.name, ...words })}
        onClick={() => onChoose(item)}
        onKeyDown={onKeyDown}
      >
        <span className={styles.head}>
          <span className={styles.tag}>{tag}</span>
          <span className={styles.year}>{words.year}</span>
          <span className={styles.name}>{item.name}</span>
        </span>
        <span className={mergeClasses(styles.twoLines, styles.meta)}>
          {words.rule} · {fill(text.figure, { figure: words.figure })} ·{" "}
          {fill(text.expected, { expected: words.expected })}
        </span>
        <span className={styles.twoLines}>{words.message}</span>
      </button>
    </div>
  );
}

export function FindingList({ items, locale, text, selectedKey, onChoose }: FindingListProps) {
  const styles = useStyles();
  const listRef = useListRef(null);
  // Arrow keys move focus to a row that may not be rendered yet: scroll to it, and focus it once it is.
  const pendingFocus = useRef<number | null>(null);
  const focusPending = useCallback(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = listRef.current?.element?.querySelector<HTMLElement>(`[data-item-index="${index}"]`);
    if (row === null || row === undefined) return;
    pendingFocus.current = null;
    row.focus();
  }, [listRef]);
  const focusRow = useCallback(
    (index: number) => {
      pendingFocus.current = Math.max(0, Math.min(items.length - 1, index));
      listRef.current?.scrollToRow({ index: pendingFocus.current, align: "auto" });
      focusPending();
    },
    [items.length, listRef, focusPending],
  );
  return (
    <List
      listRef={listRef}
      className={styles.list}
      aria-label={text.listLabel}
      rowComponent={FindingRow}
      rowCount={items.length}
      rowHeight={ROW_HEIGHT}
      rowKey={rowKey}
      rowProps={{ items, locale, text, selectedKey, onChoose, onMove: focusRow }}
      style={{ height: Math.min(items.length, MAX_VISIBLE_ROWS) * ROW_HEIGHT }}
      overscanCount={2}
      onRowsRendered={focusPending}
    />
  );
}

function rowKey(index: number, { items }: RowProps): string {
  return items[index]?.key ?? String(index);
}
