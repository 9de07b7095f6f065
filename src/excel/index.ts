/**
 * The Excel adapter: one async function per user action, each taking an `ExcelHost` (the real Excel through
 * `officeHost()`, the simulator through `simulatorHost(sim)`). Business rules stay in `src/core`; these functions
 * read the workbook, call the core, and write the result back. Failures propagate; show them with `userMessage`.
 *
 * | action              | syncs            | needs                                  |
 * |---------------------|------------------|----------------------------------------|
 * | `readOverview`      | 1                | ExcelApi 1.8                           |
 * | `populate`          | 3 or 4           | ExcelApi 1.8 (data validation)         |
 * | `readObservations`  | 2                | ExcelApi 1.8                           |
 * | `check`             | 3; 4 when people's own notes are on the sheet | ExcelApi 1.8; notes with ExcelApi 1.18 |
 * | `goTo`              | 1                | ExcelApi 1.8                           |
 * | `saveExplanation`   | 3                | ExcelApi 1.8                           |
 * | `saveReview`        | 3                | ExcelApi 1.8                           |
 * | `setUserName`       | 2                | ExcelApi 1.8                           |
 * | `watch`             | 2; 3 a re-check  | ExcelApi 1.8 (events off while we write); `details` 1.9; `triggerSource` 1.14 |
 * | `writeSummarySheet` | 2                | ExcelApi 1.8                           |
 */
export {
  officeHost,
  simulatorHost,
  OPTIONAL_SETS,
  REQUIRED_SET,
  type ExcelHost,
  type SimulatorLike,
} from "./excel-host";
export { readOverview, type WorkbookOverview } from "./overview";
export { populate, type PopulateResult } from "./populate";
export { readObservations, type ReadResult } from "./read-observations";
export { check, type CheckOptions, type CheckResult, type LocatedFinding } from "./check";
export { goTo } from "./navigate";
export {
  saveExplanation,
  saveReview,
  setUserName,
  type ClockOptions,
  type ExplanationInput,
  type ReviewInput,
} from "./review";
export { watch, type Timer, type WatchOptions, type WatchUpdate, type Watcher } from "./watch";
export { writeSummarySheet } from "./summary-sheet";
export { PlanMonitorError, userMessage, type PlanMonitorErrorCode } from "./errors";
export { STATE_SHEET } from "../core/workbook/state";
