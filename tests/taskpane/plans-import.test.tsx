/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import iconv from "iconv-lite";
import { axe } from "jest-axe";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { extractPlan } from "../../src/core/extract";
import { BUILT_IN_CATALOGS } from "../../src/plans";
import { importedPlanId } from "../../src/taskpane/plans/plan-id";
import { PlansView } from "../../src/taskpane/plans/PlansView";
import type { Simulator } from "../../src/workbench/simulator";
import { monitoringSheet } from "../excel/sim";
import { CONFLICTING_PLAN, seedText, TWO_ON_ONE_LINE } from "./plans-fixtures";
import { renderPane } from "./render-pane";

// Every browser Office runs the pane in has TextDecoder; jsdom does not.
beforeAll(() => Object.defineProperty(globalThis, "TextDecoder", { value: NodeTextDecoder, configurable: true }));

const CHENGDU = "000_fe8123ca23c369e9.txt";

const importRegion = () => screen.getByRole("region", { name: "导入规划文本" });
const card = (name: string) => within(importRegion()).getByRole("group", { name });

/** Rows of the monitoring sheet, top to bottom: id, name, target cell. */
function sheetRows(sim: Simulator): readonly { id: string; name: string; target: string }[] {
  const sheet = monitoringSheet(sim);
  const [id, name, target] = ["指标编号", "指标", "目标值"].map((header) => sheet.column(header) ?? 0);
  const rows = [];
  for (let row = sheet.headerRow + 1; row <= sheet.lastRow; row++) {
    if (sheet.value(row, id ?? 0) === "") continue;
    rows.push({
      id: String(sheet.value(row, id ?? 0)),
      name: String(sheet.value(row, name ?? 0)),
      target: String(sheet.value(row, target ?? 0)),
    });
  }
  return rows;
}

async function renderImport(locale: "zh-CN" | "en-US" = "zh-CN") {
  const onPopulated = jest.fn();
  const setup = renderPane({ locale, view: <PlansView plans={BUILT_IN_CATALOGS} onPopulated={onPopulated} /> });
  await screen.findByRole("button", { name: locale === "zh-CN" ? "生成监测表" : "Create monitoring sheet" });
  await waitFor(() => expect(screen.getByRole("button", { name: /生成监测表|Create/u })).toBeEnabled());
  return { ...setup, onPopulated, user: userEvent.setup() };
}

async function pasteAndFind(user: UserEvent, text: string, words = { label: /规划文本/u, find: "识别指标" }) {
  const region = screen.getByRole("region", { name: /导入规划文本|Import plan text/u });
  await user.click(within(region).getByRole("textbox", { name: words.label }));
  await user.paste(text);
  await user.click(within(region).getByRole("button", { name: words.find }));
}

async function replaceText(user: UserEvent, box: HTMLElement, text: string) {
  await user.clear(box);
  if (text !== "") await user.type(box, text);
}

// A whole plan in the preview, typed into field by field, takes seconds in jsdom.
jest.setTimeout(30_000);

describe("计划 view: importing a plan's text", () => {
  it("pastes a plan, drops one indicator, edits a target, merges two, and writes exactly that sheet", async () => {
    const { sim, onPopulated, user } = await renderImport();
    const text = seedText(CHENGDU);
    await pasteAndFind(user, text);

    const catalog = BUILT_IN_CATALOGS.find((c) => c.id === "chengdu-13th-sti");
    if (catalog === undefined) throw new Error("catalog missing");
    expect(within(importRegion()).getByRole("status")).toHaveTextContent(
      `识别出 ${catalog.indicators.length} 项指标（来自 ${extractPlan(text).indicators.length} 处表述）`,
    );
    // Each indicator shows where the plan states it, as the document's own text.
    const progress = card("科技进步贡献率");
    const tableRow = catalog.indicators[0]?.provenance.find((p) => p.source === "table");
    expect(progress).toHaveTextContent(`第 ${tableRow?.line} 行（表格）：${tableRow?.snippet}`);
    expect(within(importRegion()).getByRole("textbox", { name: "规划名称" })).toHaveValue("成都市“十三五”科技创新规划");
    expect(within(importRegion()).getByRole("textbox", { name: "起始年份" })).toHaveValue("2016");

    await user.click(within(card("各类创新创业载体面积")).getByRole("checkbox", { name: "纳入监测表" }));
    const target = within(progress).getByRole("textbox", { name: "目标值（2020年）" });
    await replaceText(user, target, "70");
    expect(target).toHaveAccessibleDescription(/现为：≥70/u);

    await user.click(within(card("高层次创新创业人才")).getByRole("checkbox", { name: "选中以合并" }));
    await user.click(within(card("每万劳动力中研发人员数")).getByRole("checkbox", { name: "选中以合并" }));
    await user.click(within(importRegion()).getByRole("button", { name: "合并选中的指标（2）" }));
    expect(within(importRegion()).getByRole("status")).toHaveTextContent("已将 2 项合并为“每万劳动力中研发人员数”。");
    expect(within(importRegion()).queryByRole("group", { name: "高层次创新创业人才" })).toBeNull();
    const merged = card("每万劳动力中研发人员数");
    const lines = (name: string) =>
      catalog.indicators.find((i) => i.name === name)?.provenance.map((p) => p.line) ?? [];
    for (const line of new Set([...lines("高层次创新创业人才"), ...lines("每万劳动力中研发人员数")])) {
      expect(merged).toHaveTextContent(`第 ${line} 行`);
    }

    await user.click(within(importRegion()).getByRole("button", { name: "生成监测表" }));
    await waitFor(() => expect(onPopulated).toHaveBeenCalledTimes(1));
    const dropped = new Set(["各类创新创业载体面积", "高层次创新创业人才"]);
    const kept = catalog.indicators.filter((indicator) => !dropped.has(indicator.name));
    // Same title as the built-in plan: same ids, so figures entered against either carry over.
    expect(sheetRows(sim).map((row) => [row.id, row.name])).toEqual(kept.map((i) => [i.id, i.name]));
    expect(sheetRows(sim).find((row) => row.name === "科技进步贡献率")?.target).toBe("≥70");
  });

  it("shows each field's problem where it is and holds the button until it is fixed", async () => {
    const { user } = await renderImport();
    await pasteAndFind(user, seedText(CHENGDU));
    const target = within(card("科技进步贡献率")).getByRole("textbox", { name: "目标值（2020年）" });
    const button = within(importRegion()).getByRole("button", { name: "生成监测表" });

    await replaceText(user, target, "");
    expect(target).toHaveAttribute("aria-invalid", "true");
    expect(within(card("科技进步贡献率")).getByText("请填写目标值。")).toBeInTheDocument();
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription("请先改正上面标出的 1 处问题。");

    await user.type(target, "很多");
    expect(within(card("科技进步贡献率")).getByText(/无法识别：不含数字/u)).toBeInTheDocument();
    const baseline = within(card("科技进步贡献率")).getByRole("textbox", { name: "基期值（2015年）" });
    await replaceText(user, baseline, "60-62");
    expect(within(card("科技进步贡献率")).getByText("基期值应为一个数字，如 62。")).toBeInTheDocument();
    expect(button).toHaveAccessibleDescription("请先改正上面标出的 2 处问题。");

    await replaceText(user, target, "3-5");
    await replaceText(user, baseline, "62");
    expect(target).toHaveAccessibleDescription(/现为：3～5/u);
    expect(button).not.toHaveAttribute("aria-disabled");

    const name = within(card("技术市场交易额")).getByRole("textbox", { name: /名称/u });
    await replaceText(user, name, "有效发明专利总量");
    expect(screen.getByText("与“有效发明专利总量”同名且目标年份相同。请合并两项或改名。")).toBeInTheDocument();
    expect(button).toHaveAttribute("aria-disabled", "true");
  });

  it("asks the person to settle a target the plan states twice, and never writes document text as a formula", async () => {
    const { sim, user, container } = await renderImport();
    await pasteAndFind(user, CONFLICTING_PLAN);
    const conflict = within(importRegion()).getByRole("radiogroup", { name: /“高新技术企业数”采用哪个目标/u });
    const button = within(importRegion()).getByRole("button", { name: "生成监测表" });
    expect(button).toHaveAccessibleDescription("还有 1 处目标不一致没有选择。");
    expect(within(conflict).getByRole("radio", { name: /第 6 行：≥200 家/u })).not.toBeChecked();
    await user.click(within(conflict).getByRole("radio", { name: /第 8 行：≥300 家/u }));
    expect(within(card("高新技术企业数")).getByRole("textbox", { name: "目标值（2025年）" })).toHaveValue("≥300");
    expect(await axe(container)).toHaveNoViolations();

    await user.click(button);
    await waitFor(() => expect(sheetRows(sim)).toHaveLength(2));
    const rows = sheetRows(sim);
    expect(rows.map((row) => [row.name, row.target])).toEqual([
      ["=SUM(A1:A9)创新指数", "≥60"],
      ["高新技术企业数", "≥300"],
    ]);
    const id = importedPlanId("某市“十四五”科技创新规划", []);
    expect(rows[0]?.id.startsWith(`${id}:`)).toBe(true);
    const sheet = monitoringSheet(sim);
    const nameCell = sim.workbook.cell(sheet.name, sheet.address(sheet.rowsOf(rows[0]?.id ?? "")[0] ?? 0, 2));
    expect(nameCell?.formula ?? null).toBeNull();
    expect(nameCell?.value).toBe("=SUM(A1:A9)创新指数");
    // The workbook now monitors the imported plan: importing it again updates it and keeps what was entered.
    expect(await within(importRegion()).findByRole("button", { name: "更新监测表" })).toHaveAccessibleDescription(
      /本工作簿正在监测“某市“十四五”科技创新规划”。更新后，已填报的数据和审核说明都会保留。/u,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it("settles a conflict into its own indicator when its line states another one first", async () => {
    const { sim, user } = await renderImport();
    await pasteAndFind(user, TWO_ON_ONE_LINE);
    const conflict = within(importRegion()).getByRole("radiogroup", { name: /“每万人发明专利拥有量”采用哪个目标/u });
    await user.click(within(conflict).getByRole("radio", { name: /第 5 行：≥25 件/u }));
    const targetOf = (name: string) => within(card(name)).getByRole("textbox", { name: "目标值（2020年）" });
    expect(targetOf("每万人发明专利拥有量")).toHaveValue("≥25");
    expect(targetOf("R&D经费支出占地区生产总值比重")).toHaveValue("≥3.5");

    await user.click(within(importRegion()).getByRole("button", { name: "生成监测表" }));
    await waitFor(() => expect(sheetRows(sim)).toHaveLength(2));
    expect(sheetRows(sim).map((row) => [row.name, row.target])).toEqual([
      ["R&D经费支出占地区生产总值比重", "≥3.5"],
      ["每万人发明专利拥有量", "≥25"],
    ]);
  });

  it("asks before finding indicators again replaces an edited preview, by keyboard, and keeps it when told to", async () => {
    const { user, container } = await renderImport();
    await pasteAndFind(user, CONFLICTING_PLAN);
    const include = () => within(card("高新技术企业数")).getByRole("checkbox", { name: "纳入监测表" });
    const find = within(importRegion()).getByRole("button", { name: "识别指标" });
    // Nothing edited yet: finding again just finds again.
    await user.click(find);
    expect(screen.queryByRole("alertdialog")).toBeNull();

    await user.click(include());
    expect(include()).not.toBeChecked();
    find.focus();
    await user.keyboard("{Enter}");
    const ask = screen.getByRole("alertdialog", { name: "放弃对预览的修改？" });
    expect(ask).toHaveAccessibleDescription(
      "重新识别会按现在的规划文本重新生成预览，预览中的修改、取消纳入、合并和已选择的目标都会丢失。",
    );
    // Focus starts on the answer that loses nothing: Enter pressed in passing keeps the edits.
    expect(within(ask).getByRole("button", { name: "保留修改" })).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(find).toHaveFocus();
    expect(include()).not.toBeChecked();

    await user.keyboard("{Enter}");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(find).toHaveFocus();
    expect(include()).not.toBeChecked();

    await user.keyboard("{Enter}");
    await user.tab();
    expect(screen.getByRole("button", { name: "放弃修改并重新识别" })).toHaveFocus();
    await user.keyboard(" ");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(find).toHaveFocus();
    expect(include()).toBeChecked();
  });

  it("asks before an opened file replaces an edited preview, and leaves text and preview alone when kept", async () => {
    const { user } = await renderImport();
    await pasteAndFind(user, CONFLICTING_PLAN);
    const conflict = within(importRegion()).getByRole("radiogroup", { name: /“高新技术企业数”采用哪个目标/u });
    await user.click(within(conflict).getByRole("radio", { name: /第 8 行：≥300 家/u }));
    const fileInput = within(importRegion()).getByLabelText(/或打开文本文件/u);
    const sichuan = seedText("004_89dd4949d2fb5def.txt");
    const upload = () => user.upload(fileInput, new File([sichuan], "四川.txt", { type: "text/plain" }));

    await upload();
    const ask = await screen.findByRole("alertdialog", { name: "放弃对预览的修改？" });
    expect(ask).toHaveAccessibleDescription(/打开的文件“四川.txt”会替换规划文本并重新生成预览/u);
    await user.click(within(ask).getByRole("button", { name: "保留修改" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(within(importRegion()).getByRole("textbox", { name: /规划文本/u })).toHaveValue(CONFLICTING_PLAN);
    expect(within(card("高新技术企业数")).getByRole("textbox", { name: "目标值（2025年）" })).toHaveValue("≥300");

    await upload();
    await user.click(await screen.findByRole("button", { name: "放弃修改并重新识别" }));
    expect(await within(importRegion()).findByRole("textbox", { name: "规划名称" })).toHaveValue(
      "四川省“十四五”高新技术产业发展规划",
    );
    expect(within(importRegion()).getByRole("textbox", { name: /规划文本/u })).toHaveValue(sichuan);
  });

  it("opens a UTF-16 file and a GB18030 file as the bureau saved them", async () => {
    const { sim, user, onPopulated } = await renderImport();
    const fileInput = within(importRegion()).getByLabelText(/或打开文本文件/u);
    const sichuan = seedText("004_89dd4949d2fb5def.txt");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sichuan, "utf16le")]);
    await user.upload(fileInput, new File([utf16], "四川.txt", { type: "text/plain" }));
    expect(await within(importRegion()).findByRole("textbox", { name: "规划名称" })).toHaveValue(
      "四川省“十四五”高新技术产业发展规划",
    );
    expect(within(importRegion()).getByRole("textbox", { name: /规划文本/u })).toHaveValue(sichuan);

    const outline = seedText("001_debec1ccd95cebf5.txt");
    const gb18030 = Uint8Array.from(iconv.encode(outline, "gb18030"));
    expect(() => new NodeTextDecoder("utf-8", { fatal: true }).decode(gb18030)).toThrow();
    await user.upload(fileInput, new File([gb18030], "成都.txt", { type: "text/plain" }));
    await waitFor(() =>
      expect(within(importRegion()).getByRole("textbox", { name: "规划名称" })).toHaveValue(
        "成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
      ),
    );
    const expected = BUILT_IN_CATALOGS.find((c) => c.id === "chengdu-14th-outline-sti");
    expect(within(importRegion()).getByRole("status")).toHaveTextContent(
      `识别出 ${expected?.indicators.length} 项指标`,
    );
    await user.click(within(importRegion()).getByRole("button", { name: "生成监测表" }));
    await waitFor(() => expect(onPopulated).toHaveBeenCalled());
    expect(sheetRows(sim).map((row) => row.name)).toEqual(expected?.indicators.map((i) => i.name));
  });

  it("says what to do with an empty paste, a text that is no plan, and a file that is not text", async () => {
    const { user } = await renderImport();
    await user.click(within(importRegion()).getByRole("button", { name: "识别指标" }));
    expect(within(importRegion()).getByText("请先粘贴规划文本或打开文本文件。")).toBeInTheDocument();

    await pasteAndFind(user, "关于召开全市科技工作会议的通知\n请各单位于下周一上午九时准时参加。");
    expect(within(importRegion()).getByText(/没有找到指标。请粘贴规划全文，包括其中的指标表/u)).toBeInTheDocument();
    expect(within(importRegion()).getByRole("textbox", { name: /规划文本/u })).toHaveAttribute("aria-invalid", "true");

    // A Word file renamed to .txt: the picker lets it through, the decoder does not.
    const docx = new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])], "规划.txt");
    await user.upload(within(importRegion()).getByLabelText(/或打开文本文件/u), docx);
    expect(await within(importRegion()).findByText(/这不是纯文本文件/u)).toBeInTheDocument();
  });

  it("says in the pane's language when a file cannot be read, not in the browser's", async () => {
    const { user } = await renderImport();
    // A file moved or locked after it was chosen: the browser's reader fails with its own English words.
    const read = jest.spyOn(FileReader.prototype, "readAsArrayBuffer").mockImplementation(function (this: FileReader) {
      const error = new DOMException("The requested file could not be read.", "NotReadableError");
      Object.defineProperty(this, "error", { value: error });
      queueMicrotask(() => this.onerror?.(new ProgressEvent("error") as ProgressEvent<FileReader>));
    });
    await user.upload(within(importRegion()).getByLabelText(/或打开文本文件/u), new File(["x"], "规划.txt"));
    expect(
      await within(importRegion()).findByText(
        "无法读取文件“规划.txt”。请确认文件还在、没有被其他程序占用，再打开一次；也可以复制全文粘贴到上方。",
      ),
    ).toBeInTheDocument();
    expect(importRegion()).not.toHaveTextContent(/could not be read/u);
    read.mockRestore();
  });

  it("refuses a file too large to be a plan's text, before reading it", async () => {
    const { user } = await renderImport();
    const huge = "关于召开全市科技工作会议的通知。\n".repeat(Math.ceil((5 * 1024 * 1024) / 40));
    const file = new File([huge], "全市数据汇总.txt", { type: "text/plain" });
    expect(file.size).toBeGreaterThan(5 * 1024 * 1024);
    const read = jest.spyOn(FileReader.prototype, "readAsArrayBuffer");
    await user.upload(within(importRegion()).getByLabelText(/或打开文本文件/u), file);
    expect(
      await within(importRegion()).findByText(
        "文件“全市数据汇总.txt”超过 5 MB，没有打开。规划文本一般只有几百 KB，请确认选对了文件。",
      ),
    ).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    expect(within(importRegion()).getByRole("textbox", { name: /规划文本/u })).toHaveValue("");
    read.mockRestore();
  });

  it("asks for the title when the text names none", async () => {
    const { user } = await renderImport();
    await pasteAndFind(user, seedText("002_e1c82c5e15ec283a.txt"));
    const title = within(importRegion()).getByRole("textbox", { name: "规划名称" });
    expect(title).toHaveValue("");
    expect(within(importRegion()).getByText("请填写规划名称。")).toBeInTheDocument();
    const button = within(importRegion()).getByRole("button", { name: "生成监测表" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.type(title, "关于加快建设成都国家自主创新示范区的实施意见");
    expect(button).not.toHaveAttribute("aria-disabled");
  });

  it("speaks English", async () => {
    const { user, container } = await renderImport("en-US");
    expect(screen.getByRole("heading", { level: 3, name: "Import plan text" })).toBeInTheDocument();
    await pasteAndFind(user, CONFLICTING_PLAN, { label: /Plan text/u, find: "Find indicators" });
    const region = screen.getByRole("region", { name: "Import plan text" });
    expect(within(region).getByRole("status")).toHaveTextContent("Indicators found: 2 (statements read: 3).");
    expect(within(region).getByRole("radiogroup", { name: /Target to use for “高新技术企业数”/u })).toBeInTheDocument();
    expect(within(region).getByRole("button", { name: "Create monitoring sheet" })).toHaveAccessibleDescription(
      "Differing targets still to choose: 1.",
    );
    const firms = within(region).getByRole("group", { name: "高新技术企业数" });
    expect(within(firms).getByRole("checkbox", { name: "Include in the sheet" })).toBeChecked();
    const target = within(firms).getByRole("textbox", { name: "Target value (2025)" });
    await replaceText(user, target, "");
    expect(within(firms).getByText("Enter the target value.")).toBeInTheDocument();
    expect(within(region).getByRole("button", { name: "Create monitoring sheet" })).toHaveAccessibleDescription(
      "Problems marked above to correct first: 1.",
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
