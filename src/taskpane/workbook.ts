/**
 * The one small interface between the task pane and Excel: every view asks the workbook through this, and only
 * this file imports the adapter. In Excel it wraps `officeHost()`; in the workbench and the tests it wraps the
 * simulator, so views are tested against the same adapter code that runs in Excel.
 */
import type { Locale } from "../core/messages";
import type { Plan } from "../core/model";
import type { Explanation, ReviewDecision } from "../core/review";
import type { Summary } from "../core/summary";
import {
  check,
  goTo,
  populate,
  readOverview,
  saveExplanation,
  saveReview,
  setUserName,
  userMessage,
  watch,
  writeSummarySheet,
  type CheckResult,
  type ExcelHost,
  type ExplanationInput,
  type PopulateResult,
  type ReviewInput,
  type Watcher,
  type WatchUpdate,
  type WorkbookOverview,
} from "../excel";

export type {
  CheckResult,
  ExplanationInput,
  LocatedFinding,
  PopulateResult,
  ReviewInput,
  WatchUpdate,
  WorkbookOverview,
} from "../excel";
export type { Watcher } from "../excel";

export interface PaneWorkbook {
  /** The plan the workbook monitors and its review history; null before the first populate. */
  overview(): Promise<WorkbookOverview | null>;
  populate(plan: Plan): Promise<PopulateResult>;
  check(reportingYear?: number): Promise<CheckResult>;
  /** Selects a `Sheet!A1` cell in Excel. */
  goTo(address: string): Promise<void>;
  saveExplanation(input: ExplanationInput): Promise<Explanation>;
  saveReview(input: ReviewInput): Promise<ReviewDecision>;
  setUserName(name: string): Promise<void>;
  /** Who Office says is there; null in Excel, where the name is typed once and kept in the workbook. */
  officeUserName(): string | null;
  /** Re-checks changed rows while people type; `onError` receives what a re-check threw. */
  watch(onChecked: (update: WatchUpdate) => void, onError: (error: unknown) => void): Promise<Watcher>;
  /** Writes the summary sheet; returns its name. */
  writeSummarySheet(summary: Summary): Promise<string>;
  /** A failure as a sentence the user can act on, in the pane's language. */
  describe(error: unknown): string;
}

export function paneWorkbook(host: ExcelHost, locale: Locale): PaneWorkbook {
  return {
    overview: () => readOverview(host),
    populate: (plan) => populate(host, plan, locale),
    check: (reportingYear) => check(host, locale, reportingYear === undefined ? {} : { reportingYear }),
    goTo: (address) => goTo(host, address),
    saveExplanation: (input) => saveExplanation(host, input),
    saveReview: (input) => saveReview(host, input),
    setUserName: (name) => setUserName(host, name),
    officeUserName: () => host.userName(),
    watch: (onChecked, onError) => watch(host, onChecked, { locale, onError }),
    writeSummarySheet: (summary) => writeSummarySheet(host, summary, locale),
    describe: (error) => userMessage(error, locale),
  };
}
