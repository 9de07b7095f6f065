import { makeStyles, tokens } from "@fluentui/react-components";
import { visuallyHidden } from "./visually-hidden";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH } from "./grid-layout";

/**
 * Stacking of the sticky parts, lowest first: frozen rows or columns over scrolling cells, their crossing over
 * both, row headers, then column headers, then the corner. A cell whose text spills right sits one above its band.
 */
export const LAYER = {
  cell: 0,
  frozen: 2,
  frozenBoth: 3,
  rowHeader: 4,
  frozenRowHeader: 5,
  columnHeader: 6,
  frozenColumnHeader: 7,
  corner: 8,
} as const;

export const useGridStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    outlineStyle: "none",
  },
  // When the active cell is scrolled out of view, the grid itself shows that it has the keyboard.
  tableFocused: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  header: {
    position: "sticky",
    boxSizing: "border-box",
    height: `${HEADER_HEIGHT}px`,
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
  },
  columnHeader: { top: 0, zIndex: LAYER.columnHeader },
  corner: { top: 0, left: 0, zIndex: LAYER.corner, width: `${ROW_HEADER_WIDTH}px` },
  rowHeader: { left: 0, zIndex: LAYER.rowHeader },
  frozenRowHeader: { zIndex: LAYER.frozenRowHeader },
  frozenColumnHeader: { zIndex: LAYER.frozenColumnHeader },
  hiddenLabel: visuallyHidden,
  headerActive: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "clip",
    cursor: "cell",
    userSelect: "none",
  },
  sticky: { position: "sticky", backgroundColor: tokens.colorNeutralBackground1 },
  frozenEdgeRight: { borderRight: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  frozenEdgeBottom: { borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  spill: { overflow: "visible" },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  number: { textAlign: "right" },
  boolean: { textAlign: "center" },
  inRange: {
    position: "relative",
    "::after": {
      content: '""',
      position: "absolute",
      inset: 0,
      backgroundColor: tokens.colorBrandBackground2,
      opacity: 0.5,
      pointerEvents: "none",
    },
  },
  active: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  // The focus ring moves with the keyboard, as the active cell does, rather than circling a table wider than the view.
  activeFocused: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThicker})`,
  },
  note: {
    backgroundImage: `linear-gradient(225deg, ${tokens.colorPaletteRedBorder2} 6px, transparent 6px)`,
  },
  spacer: { padding: 0, border: "none" },
  editor: {
    boxSizing: "border-box",
    width: "100%",
    height: "100%",
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    border: "none",
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  editing: { padding: 0, overflow: "visible" },
});
