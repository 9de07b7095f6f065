/** `Excel.ChartCollection`, `Excel.Chart` and its title. Charts are records: type, source, title, position. */
import { parseAddress, type Area } from "../address";
import { CHART_TYPES, SERIES_BY } from "../enums";
import { simError } from "../errors";
import { newGuid, type ChartData, type SheetData } from "../model";
import { assertPermitted } from "../protection";
import type { Transaction } from "../transaction";
import { ClientObject, type Loadable, type Scalars } from "./client-object";
import { RecordCollection } from "./record-collection";
import { RangeProxy } from "./range";
import type { SheetTarget } from "./targets";

export interface ChartTarget {
  readonly chartId: string;
}

function findChart(tx: Transaction, chartId: string, location: string): ChartData {
  const chart = tx.draft.charts.find((c) => c.id === chartId);
  if (!chart) throw simError("ItemNotFound", location, "the chart no longer exists");
  return chart;
}

function requireChartType(value: unknown, location: string): string {
  const type = CHART_TYPES.find((t) => t === value && t !== "Invalid");
  if (!type) throw simError("InvalidArgument", location, `"${String(value)}" is not an Excel.ChartType`);
  return type;
}

/** Charts sit over cells; on a protected sheet they need `allowEditObjects`. */
function editableSheet(tx: Transaction, chart: ChartData, location: string): SheetData {
  const sheet = tx.sheet(chart.sheetId, location);
  assertPermitted(sheet, "allowEditObjects", location);
  return sheet;
}

/** A cell given as a Range or an address on the chart's sheet. */
function cellArea(tx: Transaction, sheet: SheetData, cell: unknown, location: string): Area {
  if (cell instanceof RangeProxy) {
    const target = cell.targetIn(tx, location);
    if (target.sheetId !== sheet.id) throw simError("InvalidArgument", location, "the cell is on another worksheet");
    return target.area;
  }
  const parsed = typeof cell === "string" ? parseAddress(cell) : null;
  if (!parsed) throw simError("InvalidArgument", location, `"${String(cell)}" is not an address`);
  return parsed.area;
}

export class ChartCollectionProxy extends RecordCollection<SheetTarget, ChartData, ChartProxy> {
  protected readonly className = "ChartCollection";
  protected readonly since = "1.1";
  protected readonly noun = "chart";

  protected records(tx: Transaction, target: SheetTarget): ChartData[] {
    tx.sheet(target.sheetId, "ChartCollection");
    return tx.draft.charts.filter((c) => c.sheetId === target.sheetId);
  }

  protected names(chart: ChartData, key: string): boolean {
    return chart.name === key || chart.id === key;
  }

  protected itemAt(path: string, find: (tx: Transaction) => ChartData | null): ChartProxy {
    return new ChartProxy(this.context, path, (tx) => {
      const chart = find(tx);
      return chart === null ? null : { chartId: chart.id };
    });
  }

  /** Adds a chart of `type` over `sourceData`, placed (as Excel does) near the source until `setPosition`. */
  add(type: string, sourceData: Excel.Range | RangeProxy, seriesBy?: string): ChartProxy {
    if (sourceData instanceof RangeProxy) this.sameContext(sourceData, "add");
    const chart = new ChartProxy(this.context, this.childPath("add", [type, sourceData, seriesBy ?? "Auto"]), () => {
      throw simError("ItemNotFound", "ChartCollection.add", "the chart was never created");
    });
    this.enqueue("add", [type, sourceData, seriesBy ?? "Auto"], "1.1", (tx, t) => {
      const location = "ChartCollection.add";
      const sheet = tx.sheet(t.sheetId, location);
      assertPermitted(sheet, "allowEditObjects", location);
      const chartType = requireChartType(type, location);
      const series = SERIES_BY.find((s) => s === (seriesBy ?? "Auto"));
      if (!series) throw simError("InvalidArgument", location, `"${String(seriesBy)}" is not an Excel.ChartSeriesBy`);
      if (!(sourceData instanceof RangeProxy))
        throw simError("InvalidArgument", location, "sourceData must be a Range");
      const source = sourceData.targetIn(tx, location);
      let n = 1;
      while (tx.draft.charts.some((c) => c.sheetId === sheet.id && c.name === `Chart ${n}`)) n++;
      const data: ChartData = {
        id: newGuid(tx.draft),
        name: `Chart ${n}`,
        sheetId: sheet.id,
        chartType,
        source: { sheetId: source.sheetId, area: source.area },
        seriesBy: series,
        title: "",
        position: {
          start: { top: 0, left: source.area.right + 2, bottom: 0, right: source.area.right + 2 },
          end: null,
        },
      };
      tx.draft.charts.push(data);
      chart.bindIn(tx, { chartId: data.id });
    });
    return chart;
  }
}

export class ChartTitleProxy extends ClientObject<ChartTarget> {
  protected readonly className = "ChartTitle";
  protected readonly since = "1.1";

  protected readonly scalars: Scalars<ChartTarget> = {
    text: (tx, t) => findChart(tx, t.chartId, "ChartTitle.text").title,
    visible: (tx, t) => findChart(tx, t.chartId, "ChartTitle.visible").title !== "",
  };

  get text(): string {
    return this.read("text");
  }
  set text(value: string) {
    this.write("text", value, "1.1", (tx, t) => {
      const chart = findChart(tx, t.chartId, "ChartTitle.text");
      editableSheet(tx, chart, "ChartTitle.text");
      if (typeof value !== "string") throw simError("InvalidArgument", "ChartTitle.text", "the title must be a string");
      chart.title = value;
    });
  }

  get visible(): boolean {
    return this.read("visible");
  }
}

export class ChartProxy extends ClientObject<ChartTarget> {
  protected readonly className = "Chart";
  protected readonly since = "1.1";
  private titleProxy: ChartTitleProxy | undefined;

  protected readonly scalars: Scalars<ChartTarget> = {
    id: (_tx, t) => t.chartId,
    name: (tx, t) => findChart(tx, t.chartId, "Chart.name").name,
    chartType: (tx, t) => findChart(tx, t.chartId, "Chart.chartType").chartType,
  };

  protected override get navigations(): Readonly<Record<string, Loadable>> {
    return { title: this.title };
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, "1.1", (tx, t) => {
      const chart = findChart(tx, t.chartId, "Chart.name");
      editableSheet(tx, chart, "Chart.name");
      if (typeof value !== "string" || value.trim() === "") {
        throw simError("InvalidArgument", "Chart.name", "the name must be a non-empty string");
      }
      chart.name = value;
    });
  }

  get chartType(): string {
    return this.read("chartType");
  }
  set chartType(value: string) {
    this.write("chartType", value, "1.1", (tx, t) => {
      const chart = findChart(tx, t.chartId, "Chart.chartType");
      editableSheet(tx, chart, "Chart.chartType");
      chart.chartType = requireChartType(value, "Chart.chartType");
    });
  }

  get title(): ChartTitleProxy {
    this.titleProxy ??= new ChartTitleProxy(this.context, `${this.path}.title`, (tx) => this.resolveIn(tx));
    return this.titleProxy;
  }

  /** Places the chart over the cells from `startCell` to `endCell` (a Range or an address on its sheet). */
  setPosition(startCell: Excel.Range | RangeProxy | string, endCell?: Excel.Range | RangeProxy | string): void {
    for (const cell of [startCell, endCell]) if (cell instanceof RangeProxy) this.sameContext(cell, "setPosition");
    this.enqueue("setPosition", [startCell, endCell ?? null], "1.1", (tx, t) => {
      const location = "Chart.setPosition";
      const chart = findChart(tx, t.chartId, location);
      const sheet = editableSheet(tx, chart, location);
      const start = cellArea(tx, sheet, startCell, location);
      const end = endCell === undefined ? null : cellArea(tx, sheet, endCell, location);
      chart.position = { start, end };
    });
  }

  delete(): void {
    this.enqueue("delete", [], "1.1", (tx, t) => {
      const chart = findChart(tx, t.chartId, "Chart.delete");
      editableSheet(tx, chart, "Chart.delete");
      tx.draft.charts = tx.draft.charts.filter((c) => c !== chart);
    });
  }
}
