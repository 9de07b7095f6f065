/**
 * .xlsx files on disk: monitoring workbooks read as the add-in reads them, and templates written with the writes
 * the add-in sends to Excel.
 */
export {
  checkMonitorWorkbook,
  readMonitorWorkbook,
  WorkbookFileError,
  type MonitorWorkbook,
  type ReadOptions,
  type WorkbookFileErrorCode,
} from "./read-workbook";
export { workbookFileMessage } from "./messages";
