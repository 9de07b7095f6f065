/**
 * What the Check view lists: a check's findings and assessed rows sorted into the four groups staff work
 * through, as plain data so the grouping is tested without rendering.
 */
import type { FindingCode } from "../../core/findings";
import type { IndicatorId, Status } from "../../core/model";
import { cellKey, type ReviewState } from "../../core/review";
import type { SummaryRow } from "../../core/summary";
import type { CheckResult, LocatedFinding } from "../workbook";

/** Errors to fix, explanations to write, indicators behind schedule, indicators that need to speed up. */
export type CheckGroup = "errors" | "explain" | "offTrack" | "accelerate";

export const CHECK_GROUPS: readonly CheckGroup[] = ["errors", "explain", "offTrack", "accelerate"];

/**
 * Which group an indicator's status puts it in; null for statuses that ask nothing of the person filling the
 * sheet. Every status is named, so a new one fails the typecheck until someone decides where it goes.
 */
export const STATUS_GROUP: { readonly [S in Status]: CheckGroup | null } = {
  achieved: null,
  "on-track": null,
  "needs-acceleration": "accelerate",
  "off-track": "offTrack",
  // Moving away from the target is worse than slow progress towards it: it is behind schedule too.
  deteriorating: "offTrack",
  "no-data": null,
  "not-assessable": null,
};

/** Review states in which a warning still waits for the person filling the sheet to write (or rewrite) why. */
const NEEDS_EXPLANATION: ReadonlySet<ReviewState> = new Set(["explanation-missing", "returned"]);

interface ItemBase {
  /** Stable across re-checks while the item stays, so a selection survives a live update. */
  readonly key: string;
  readonly group: CheckGroup;
  readonly indicatorId: IndicatorId;
  readonly name: string;
  readonly year: number;
}

/**
 * A finding about one cell. `row` is null for a figure in a row that lost its indicator id: no indicator owns it,
 * so the item is named by its cell.
 */
export interface FindingItem extends ItemBase {
  readonly kind: "finding";
  readonly located: LocatedFinding;
  readonly row: SummaryRow | null;
}

/** An indicator's status at its latest figure; `year` is that figure's year, `address` its cell. */
export interface StatusItem extends ItemBase {
  readonly kind: "status";
  readonly row: SummaryRow;
  readonly latest: { readonly year: number; readonly value: number };
  readonly address: string | null;
}

export type CheckItem = FindingItem | StatusItem;

/**
 * The items of a check, errors first, then explanations, off-track and needs-acceleration rows; in sheet order
 * within a group. Warnings already explained and waiting for the reviewer are left out: nothing to do here.
 *
 * @example
 * checkItems(await workbook.check()).map((item) => [item.group, item.name, item.year])
 * // → [["errors", "全社会R&D经费支出占GDP的比重", 2016], ["explain", "有效发明专利总量", 2017], ["offTrack", "科技进步贡献率", 2017], …]
 */
export function checkItems(result: CheckResult): readonly CheckItem[] {
  const rows = new Map(result.summary.rows.map((row) => [row.indicatorId, row]));
  const byGroup: { readonly [G in CheckGroup]: CheckItem[] } = {
    errors: [],
    explain: [],
    offTrack: [],
    accelerate: [],
  };
  const seen = new Map<string, number>();
  for (const located of result.findings) {
    const { finding } = located;
    const row = rows.get(finding.indicatorId) ?? null;
    const group = groupOfFinding(located, row);
    if (group === null) continue;
    // The same code can fire twice on one cell (three entries for one year): number the repeats.
    const base = `${finding.code}@${finding.indicatorId}@${finding.year}@${located.address}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    byGroup[group].push({
      kind: "finding",
      key: `${base}#${repeat}`,
      group,
      indicatorId: finding.indicatorId,
      name: row?.name ?? located.address,
      year: finding.year,
      row,
      located,
    });
  }
  for (const row of result.summary.rows) {
    const group = STATUS_GROUP[row.status];
    if (group === null || row.latest === null) continue;
    byGroup[group].push({
      kind: "status",
      key: `status@${row.indicatorId}`,
      group,
      indicatorId: row.indicatorId,
      name: row.name,
      year: row.latest.year,
      row,
      latest: row.latest,
      address: result.addresses.get(cellKey(row.indicatorId, row.latest.year)) ?? null,
    });
  }
  return CHECK_GROUPS.flatMap((group) => byGroup[group]);
}

/** Warnings no explanation can settle: the row itself is wrong (its name is another indicator's), so it is fixed. */
const FIX_NOT_EXPLAIN: ReadonlySet<FindingCode> = new Set(["name-mismatch"]);

function groupOfFinding({ finding }: LocatedFinding, row: SummaryRow | null): CheckGroup | null {
  if (finding.severity === "error" || FIX_NOT_EXPLAIN.has(finding.code)) return "errors";
  if (row === null) return null;
  const cell = row.reviewedCells.find((reviewed) => reviewed.year === finding.year);
  return cell !== undefined && NEEDS_EXPLANATION.has(cell.state) ? "explain" : null;
}

/**
 * Where an item's cell is in the latest result: the item may have been listed before a live re-check moved its
 * row (people sort the sheet), so the cell is looked up again when someone goes to it.
 */
export function currentAddress(item: CheckItem, result: Pick<CheckResult, "addresses"> | null): string | null {
  const listed = item.kind === "finding" ? item.located.address : item.address;
  return result?.addresses.get(cellKey(item.indicatorId, item.year)) ?? listed;
}

export type GroupCounts = { readonly [G in CheckGroup]: number };

export function countGroups(items: readonly CheckItem[]): GroupCounts {
  const counts = { errors: 0, explain: 0, offTrack: 0, accelerate: 0 };
  for (const item of items) counts[item.group] += 1;
  return counts;
}

/** Flagged cells explained and waiting for the reviewer: not the staff's to act on, but worth saying. */
export function awaitingReview(result: Pick<CheckResult, "summary">): number {
  return result.summary.rows.reduce(
    (count, row) => count + row.reviewedCells.filter((cell) => cell.state === "awaiting-review").length,
    0,
  );
}

export type GroupFilter = CheckGroup | "all";

/** Full-width and half-width forms match (`Ｒ＆Ｄ` finds `R&D`), and so do upper and lower case. */
function folded(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase();
}

/**
 * The items of a group (or all) whose indicator name contains the query.
 *
 * @example
 * filterItems(items, "all", "专利") // → the items of 有效发明专利总量
 */
export function filterItems(items: readonly CheckItem[], group: GroupFilter, query: string): readonly CheckItem[] {
  const wanted = folded(query.trim());
  if (group === "all" && wanted === "") return items;
  return items.filter(
    (item) => (group === "all" || item.group === group) && (wanted === "" || folded(item.name).includes(wanted)),
  );
}
