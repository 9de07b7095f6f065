/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strFromU8, unzipSync } from "fflate";
import { axe } from "jest-axe";
import { TextDecoder } from "node:util";
import { statusLabel, type Locale } from "../../src/core/messages";
import { STATUSES, type Plan } from "../../src/core/model";
import type { Summary } from "../../src/core/summary";
import { summaryTable } from "../../src/core/summary-table";
import { populate, simulatorHost } from "../../src/excel";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { SummaryView } from "../../src/taskpane/summary/SummaryView";
import { createSimulator, type Simulator } from "../../src/workbench/simulator";
import { monitoringSheet } from "../excel/sim";
import { parseCsv } from "../support/parse-csv";
import { renderDetached, renderPane } from "./render-pane";

const plan: Plan = (() => {
  const found = builtInPlan(DEFAULT_PLAN_ID);
  if (found === null) throw new Error("default plan missing");
  return found;
})();

const PATENTS = "有效发明专利总量";
const FIRMS = "高新技术企业数";
const CONTRIBUTION = "科技进步贡献率";

/** What a person typed into the monitoring sheet, by indicator name and year. */
const TYPED: readonly (readonly [string, number, string | number])[] = [
  [PATENTS, 2016, "2.2万"],
  [PATENTS, 2018, "30,000"],
  [FIRMS, 2016, 1800],
  [FIRMS, 2017, 1700],
  [CONTRIBUTION, 2016, 63],
  [CONTRIBUTION, 2017, "待统计"],
];

/** Types a figure into the monitoring sheet as a person does, by indicator name and year. */
function typeFigure(sim: Simulator, name: string, year: number, value: string | number): void {
  const sheet = monitoringSheet(sim);
  const id = plan.indicators.find((indicator) => indicator.name === name)?.id ?? "";
  const row = sheet.rowsOf(id)[0];
  const column = sheet.yearColumn(year);
  if (row === undefined || column === null) throw new Error(`no cell for ${name} ${year}`);
  expect(sim.user.edit(sheet.name, sheet.address(row, column), value)).toEqual({ ok: true });
}

async function populatedSim(locale: Locale = "zh-CN"): Promise<Simulator> {
  const sim = createSimulator({ userName: "张三" });
  await populate(simulatorHost(sim), plan, locale);
  for (const [name, year, value] of TYPED) typeFigure(sim, name, year, value);
  return sim;
}

/** What a download handed to the browser: its file name and bytes. */
interface Downloaded {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Records downloads: jsdom has no object URLs and cannot save files, so the test stands in for the browser. */
function captureDownloads(): {
  readonly files: () => Promise<Downloaded[]>;
  /** The files once `count` have been handed over: a download starts after a check. */
  readonly arrived: (count: number) => Promise<Downloaded[]>;
  readonly stop: () => void;
} {
  const blobs = new Map<string, Blob>();
  const clicked: { name: string; href: string }[] = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:summary/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  const onClick = (event: MouseEvent): void => {
    if (!(event.target instanceof HTMLAnchorElement) || event.target.download === "") return;
    clicked.push({ name: event.target.download, href: event.target.href });
    event.preventDefault();
  };
  document.addEventListener("click", onClick);
  const files = (): Promise<Downloaded[]> =>
    Promise.all(
      clicked.map(async ({ name, href }) => {
        const blob = blobs.get(href);
        if (blob === undefined) throw new Error(`clicked ${href}, which is no blob of ours`);
        return { name, bytes: await bytesOf(blob) };
      }),
    );
  return {
    files,
    arrived: async (count) => {
      await waitFor(() => expect(clicked).toHaveLength(count));
      return files();
    },
    stop: () => document.removeEventListener("click", onClick),
  };
}

// jsdom's Blob has no arrayBuffer(); FileReader it has.
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** The summary the workbook gives now: the oracle the view's numbers must match. */
async function summaryNow(setup: { workbook: { check(): Promise<{ summary: Summary }> } }): Promise<Summary> {
  return (await setup.workbook.check()).summary;
}

/** The check button, once the pane has read the workbook and enabled it. */
async function checkButton(name = "检查并生成汇总"): Promise<HTMLElement> {
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

async function runCheck(name = "检查并生成汇总"): Promise<void> {
  await userEvent.setup().click(await checkButton(name));
  await screen.findByRole("list", { name: /按评价统计|Indicators by assessment/u });
}

describe("the 汇总 view", () => {
  it("before a check, offers one, and shows the counts by status it finds", async () => {
    const setup = renderPane({ sim: await populatedSim(), view: <SummaryView /> });
    expect(screen.getByRole("heading", { level: 2, name: "汇总" })).toBeInTheDocument();
    expect(screen.getByText(/汇总前先检查一次工作簿/u)).toBeInTheDocument();
    await checkButton();
    expect(await axe(setup.container)).toHaveNoViolations();

    await runCheck();
    const summary = await summaryNow(setup);
    const counts = within(screen.getByRole("list", { name: "按评价统计" })).getAllByRole("listitem");
    expect(counts.map((item) => item.textContent)).toEqual(
      STATUSES.map((status) => `${statusLabel(status, "zh-CN")}${summary.counts.byStatus[status]} 项`),
    );
    expect(summary.counts.byStatus["on-track"]).toBeGreaterThan(0);
    expect(
      screen.getByText(`成都市“十三五”科技创新规划：${plan.indicators.length} 项指标，报告年份 2020年。`),
    ).toBeInTheDocument();
    expect(await axe(setup.container)).toHaveNoViolations();
  });

  it("draws each indicator's completion against time elapsed, in words as well as a bar", async () => {
    renderPane({ sim: await populatedSim(), view: <SummaryView /> });
    await runCheck();
    const cards = within(screen.getByRole("list", { name: "各指标进度" })).getAllByRole("listitem");
    expect(cards).toHaveLength(plan.indicators.length);
    const card = (name: string): HTMLElement => {
      const found = cards.find((item) => within(item).queryByText(name) !== null);
      if (found === undefined) throw new Error(`no card for ${name}`);
      return found;
    };
    // 30,000 of the way from 19,758 to 40,000 is 50.6%; by 2018 three fifths of the period have passed.
    expect(within(card(PATENTS)).getByText("完成 50.6% · 序时 60.0%")).toBeInTheDocument();
    expect(within(card(PATENTS)).getByText("符合序时进度")).toBeInTheDocument();
    expect(within(card(PATENTS)).getByText("最新值 30000件（2018年），目标 ≥40000")).toBeInTheDocument();
    expect(within(card(FIRMS)).getByText(statusLabel("deteriorating", "zh-CN"))).toBeInTheDocument();
    expect(within(card("技术市场交易额")).getByText("暂无进度：尚无可用的数值")).toBeInTheDocument();
    expect(within(card("技术市场交易额")).getByText("无数据")).toBeInTheDocument();
    // The bar is for the eye only; its numbers are the sentence above.
    expect(within(card(PATENTS)).queryByRole("progressbar")).toBeNull();
  });

  it("writes the summary sheet: a native table with a header and one row per indicator", async () => {
    const setup = renderPane({ sim: await populatedSim() });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("tab", { name: "汇总" }));
    await runCheck();
    await user.click(screen.getByRole("button", { name: "写入汇总表" }));
    expect(await screen.findByText("已写入汇总表“汇总”。")).toBeInTheDocument();
    expect(setup.sim.workbook.sheetNames).toContain("汇总");
    expect(setup.sim.workbook.tables).toEqual([
      expect.objectContaining({ sheet: "汇总", address: `A1:N${plan.indicators.length + 1}` }),
    ]);
  });

  it("downloads a UTF-8 .csv with a BOM holding the header and one record per indicator", async () => {
    const downloads = captureDownloads();
    try {
      const setup = renderPane({ sim: await populatedSim() });
      const user = userEvent.setup();
      await user.click(await screen.findByRole("tab", { name: "汇总" }));
      await runCheck();
      await user.click(screen.getByRole("button", { name: "下载 .csv" }));
      expect(await screen.findByText("已下载“规划指标汇总-chengdu-13th-sti-2020.csv”。")).toBeInTheDocument();

      const [file, ...more] = await downloads.files();
      expect(more).toEqual([]);
      expect(file?.name).toBe("规划指标汇总-chengdu-13th-sti-2020.csv");
      expect([...(file?.bytes.slice(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file?.bytes);
      const records = parseCsv(text.replace(/^\uFEFF/u, ""));
      const table = summaryTable(await summaryNow(setup), "zh-CN");
      expect(records[0]).toEqual(table.columns.map((column) => column.label));
      expect(records.slice(1).map((record) => record[0])).toEqual(plan.indicators.map((indicator) => indicator.name));
      const patents = records.find((record) => record[0] === PATENTS);
      expect(patents?.slice(4, 8)).toEqual(["30000", "50.6%", "60.0%", "符合序时进度"]);
    } finally {
      downloads.stop();
    }
  });

  it("downloads an .xlsx whose sheet holds the summary rows", async () => {
    const downloads = captureDownloads();
    try {
      renderPane({ sim: await populatedSim(), view: <SummaryView /> });
      await runCheck();
      await userEvent.setup().click(screen.getByRole("button", { name: "下载 .xlsx" }));
      // The download follows a fresh check.
      const [file] = await downloads.arrived(1);
      expect(file?.name).toBe("规划指标汇总-chengdu-13th-sti-2020.xlsx");
      const parts = unzipSync(file?.bytes ?? new Uint8Array());
      expect(strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array())).toContain('name="汇总"');
      const sheet = new DOMParser().parseFromString(
        strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array()),
        "application/xml",
      );
      const rows = Array.from(sheet.getElementsByTagName("row"));
      expect(rows).toHaveLength(plan.indicators.length + 1);
      const firstCells = rows.map((row) => row.getElementsByTagName("c")[0]?.textContent);
      expect(firstCells).toEqual(["指标", ...plan.indicators.map((indicator) => indicator.name)]);
    } finally {
      downloads.stop();
    }
  });

  it("checks again before writing or downloading, so figures corrected in Excel since the last check go out", async () => {
    const downloads = captureDownloads();
    try {
      const setup = renderPane({ sim: await populatedSim() });
      const user = userEvent.setup();
      await user.click(await screen.findByRole("tab", { name: "汇总" }));
      await runCheck();
      expect(screen.getByText("最新值 30000件（2018年），目标 ≥40000")).toBeInTheDocument();
      // The staffer corrects figures in Excel and goes straight to the exports, without checking again.
      typeFigure(setup.sim, PATENTS, 2018, 35000);
      typeFigure(setup.sim, CONTRIBUTION, 2017, 64);
      const current = summaryTable(await summaryNow(setup), "zh-CN");
      const currentOf = (name: string) => current.rows.find((row) => row[0] === name);
      expect(currentOf(PATENTS)?.[4]).toBe(35000);

      await user.click(screen.getByRole("button", { name: "写入汇总表" }));
      expect(await screen.findByText("已写入汇总表“汇总”。")).toBeInTheDocument();
      const written = setup.sim.workbook.values("汇总", `A1:N${plan.indicators.length + 1}`) ?? [];
      for (const name of [PATENTS, CONTRIBUTION]) {
        const row = written.find((cells) => cells[0] === name);
        // Latest figure and status, as a check now gives them.
        expect([row?.[4], row?.[7]]).toEqual([currentOf(name)?.[4], currentOf(name)?.[7]]);
      }
      // The view shows what went out.
      expect(screen.getByText("最新值 35000件（2018年），目标 ≥40000")).toBeInTheDocument();

      await user.click(screen.getByRole("button", { name: "下载 .csv" }));
      await screen.findByText("已下载“规划指标汇总-chengdu-13th-sti-2020.csv”。");
      await user.click(screen.getByRole("button", { name: "下载 .xlsx" }));
      await screen.findByText("已下载“规划指标汇总-chengdu-13th-sti-2020.xlsx”。");
      const [csv, xlsx] = await downloads.files();
      const records = parseCsv(new TextDecoder().decode(csv?.bytes).replace(/^\uFEFF/u, ""));
      expect(records.find((record) => record[0] === PATENTS)?.[4]).toBe("35000");
      expect(records.find((record) => record[0] === CONTRIBUTION)?.[7]).toBe(currentOf(CONTRIBUTION)?.[7]);
      const sheet = strFromU8(
        unzipSync(xlsx?.bytes ?? new Uint8Array())["xl/worksheets/sheet1.xml"] ?? new Uint8Array(),
      );
      expect(sheet).toContain("35000");
      expect(sheet).not.toContain("30000");
    } finally {
      downloads.stop();
    }
  });

  it("shows a printable table with title, plan, year and date, and prints it", async () => {
    const print = jest.fn();
    window.print = print;
    const { container } = renderPane({ sim: await populatedSim(), view: <SummaryView /> });
    const user = userEvent.setup();
    await runCheck();
    const toggle = screen.getByRole("button", { name: "打印视图" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");

    expect(screen.getByRole("heading", { level: 3, name: "规划指标监测汇总" })).toBeInTheDocument();
    expect(screen.getByText("规划：成都市“十三五”科技创新规划")).toBeInTheDocument();
    expect(screen.getByText("报告年份：2020年")).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^生成日期：${new Date().getFullYear()}年`, "u"))).toBeInTheDocument();
    const region = screen.getByRole("region", { name: "汇总表，可左右滚动" });
    expect(region).toHaveAttribute("tabindex", "0");
    const table = within(region).getByRole("table", { name: "规划指标监测汇总" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .slice(0, 3)
        .map((th) => th.textContent),
    ).toEqual(["指标", "单位", "基期值"]);
    expect(within(table).getAllByRole("row")).toHaveLength(plan.indicators.length + 1);
    expect(container.querySelector("style")?.textContent).toMatch(/@media print/u);
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole("button", { name: "打印" }));
    expect(print).toHaveBeenCalledTimes(1);

    await user.click(toggle);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByRole("button", { name: "打印" })).toBeNull();
    expect(container.querySelector("style")).toBeNull();
  });

  it("works from the keyboard: Enter runs the check, Space toggles the print view", async () => {
    renderPane({ sim: await populatedSim(), view: <SummaryView /> });
    const user = userEvent.setup();
    const run = await checkButton();
    await user.tab();
    expect(run).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("list", { name: "按评价统计" });
    screen.getByRole("button", { name: "打印视图" }).focus();
    await user.keyboard(" ");
    expect(await screen.findByRole("table")).toBeInTheDocument();
  });

  it("asks for the monitoring sheet first when the workbook has none", async () => {
    const { container } = renderPane({ view: <SummaryView /> });
    expect(await screen.findByText(/请先在“计划”中选择规划并生成监测表/u)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "检查并生成汇总" })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("outside Excel, disables the check and says why", async () => {
    const { container } = renderDetached("zh-CN", <SummaryView />);
    const run = screen.getByRole("button", { name: "检查并生成汇总" });
    expect(run).toBeDisabled();
    expect(run).toHaveAccessibleDescription("需要在 Excel 中打开本加载项才能检查工作簿。");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("speaks English in an English pane", async () => {
    const downloads = captureDownloads();
    try {
      const { container } = renderPane({ locale: "en-US", sim: await populatedSim("en-US"), view: <SummaryView /> });
      expect(screen.getByRole("heading", { level: 2, name: "Summary" })).toBeInTheDocument();
      await runCheck("Check and summarise");
      const counts = within(screen.getByRole("list", { name: "Indicators by assessment" })).getAllByRole("listitem");
      expect(counts[1]?.textContent).toMatch(/^On track\d+$/u);
      expect(screen.getByText("Completion 50.6% · elapsed 60.0%")).toBeInTheDocument();
      await userEvent.setup().click(screen.getByRole("button", { name: "Download .csv" }));
      const [file] = await downloads.arrived(1);
      expect(file?.name).toBe("plan-summary-chengdu-13th-sti-2020.csv");
      const text = new TextDecoder().decode(file?.bytes);
      expect(parseCsv(text)[0]?.slice(0, 2)).toEqual(["Indicator", "Unit"]);
      expect(await axe(container)).toHaveNoViolations();
    } finally {
      downloads.stop();
    }
  });
});
