/**
 * An in-memory Excel host for tests and the workbench: see README.md in this folder for what it models and
 * where it is deliberately simpler than Excel.
 */
export { createSimulator, installGlobals } from "./simulator";
export type { Batch, SimExcel, SimOffice, SimRun, SimStats, Simulator, SimulatorOptions } from "./simulator";
export { SimulatorError } from "./errors";
export type { SimDebugInfo, SimErrorCode } from "./errors";
export type { Limits, RequestRecord, UserResult } from "./host";
export type { CellView, ChartView, NoteView, SheetView, TableView, WorkbookView } from "./inspect";
export type { SimUser, UserOptions } from "./user";
export type { CellValue } from "./cell-entry";
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "./payload";
