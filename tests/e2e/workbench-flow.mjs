// The whole flow of issue 6 in the built workbench, as a newcomer does it in a real browser: pick the plan,
// create the sheet, type figures in the grid (one full-width, one text, one jump that needs explaining), check,
// see findings and coloured cells, go to a finding's cell, explain it, accept it as reviewer, read the summary's
// counts and download the .csv.
import { readFileSync } from "node:fs";

const ERROR_FILL = "rgb(255, 199, 206)";

/** The grid's cells as [address, text], and lookups by header and indicator name. */
async function sheetMap(grid) {
  const cells = await grid
    .locator("[data-address]")
    .evaluateAll((tds) => tds.map((td) => [td.getAttribute("data-address"), (td.textContent ?? "").trim()]));
  const split = (address) => {
    const match = /^([A-Z]+)(\d+)$/u.exec(address);
    return match === null ? ["", 0] : [match[1], Number(match[2])];
  };
  const header = cells.find(([, text]) => text === "指标");
  if (header === undefined) throw new Error("no 指标 header on the monitoring sheet");
  const [nameColumn, headerRow] = split(header[0]);
  const columnOf = (label) => {
    const found = cells.find(([address, text]) => split(address)[1] === headerRow && text === label);
    if (found === undefined) throw new Error(`no column headed ${label}`);
    return split(found[0])[0];
  };
  const rowOf = (name) => {
    const found = cells.find(([address, text]) => split(address)[0] === nameColumn && text === name);
    if (found === undefined) throw new Error(`no row for ${name}`);
    return split(found[0])[1];
  };
  return { address: (name, label) => `${columnOf(label)}${rowOf(name)}` };
}

async function typeInto(page, grid, address, text) {
  await grid.locator(`[data-address="${address}"]`).click();
  // F2 opens the editor first, as with a Chinese input method, where typing alone does not start editing.
  await page.keyboard.press("F2");
  await page.keyboard.insertText(text);
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    ([at, expected]) => document.querySelector(`[data-address="${at}"]`)?.textContent?.trim() === expected,
    [address, text],
  );
}

/** The pane is 320 px wide in the workbench: nothing in it may push it sideways. */
async function fitsWidth(pane, step) {
  const [scroll, client] = await pane.evaluate((main) => [main.scrollWidth, main.clientWidth]);
  if (scroll > client) throw new Error(`${step}: the pane is ${scroll} px wide inside ${client} px`);
}

export async function workbenchFlow(page, base, screenshot) {
  await page.goto(`${base}/workbench.html`);
  const grid = page.getByRole("grid");
  await grid.waitFor({ timeout: 15000 });
  const pane = page.locator("main").filter({ has: page.getByRole("heading", { level: 1, name: "规划指标监测" }) });

  // 计划: the default plan is chosen already.
  await pane.getByRole("radio", { name: /成都市“十三五”科技创新规划/u, checked: true }).waitFor();
  await pane.getByRole("button", { name: "生成监测表" }).click();
  await page.getByRole("tab", { name: "指标监测", selected: true }).waitFor({ timeout: 15000 });
  await pane.getByRole("tab", { name: "检查", selected: true }).waitFor();

  const sheet = await sheetMap(grid);
  const fullWidth = sheet.address("科技进步贡献率", "2016年");
  const text = sheet.address("高新技术企业数", "2016年");
  const before = sheet.address("有效发明专利总量", "2016年");
  const jump = sheet.address("有效发明专利总量", "2017年");
  await typeInto(page, grid, fullWidth, "６３．５");
  await typeInto(page, grid, text, "待统计");
  await typeInto(page, grid, before, "20000");
  await typeInto(page, grid, jump, "30000");

  // 检查
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await pane.getByText(/检查完成：1 个错误需修正/u).waitFor({ timeout: 15000 });
  const fill = (address) =>
    grid.locator(`[data-address="${address}"]`).evaluate((td) => getComputedStyle(td).backgroundColor);
  if ((await fill(text)) !== ERROR_FILL) throw new Error(`${text} (待统计) is not filled as an error`);
  if ((await fill(fullWidth)) === ERROR_FILL) throw new Error(`${fullWidth} (６３．５) was flagged as an error`);
  await fitsWidth(pane, "check");
  await screenshot("flow-1-checked");

  // Choosing the finding selects its cell in the workbook.
  await pane.getByRole("button", { name: /^错误：高新技术企业数/u }).click();
  await page.waitForFunction(
    (at) => document.querySelector(`[data-address="${at}"]`)?.getAttribute("aria-selected") === "true",
    text,
  );

  // An explanation for the jump, signed with a name typed once.
  await pane.getByRole("button", { name: /^需填写说明（\d+）$/u }).click();
  await pane.getByRole("button", { name: /^需说明：有效发明专利总量，2017年/u }).click();
  await pane.getByRole("textbox", { name: "您的姓名" }).fill("张三");
  await pane.getByRole("textbox", { name: /^审核说明：有效发明专利总量/u }).fill("统计口径调整，含新并入区县");
  await pane.getByRole("button", { name: "保存说明" }).click();
  await pane.getByText("审核说明已保存。").waitFor({ timeout: 15000 });

  // 审核: accept it.
  await pane.getByRole("tab", { name: "审核" }).click();
  await pane.getByText("已审核 0 / 1").waitFor({ timeout: 15000 });
  await pane.getByRole("button", { name: /^通过/u }).first().click();
  await pane.getByText("审核意见已保存。").waitFor({ timeout: 15000 });
  await pane.getByText("已审核 1 / 1").waitFor();
  const review = sheet.address("有效发明专利总量", "审核意见");
  await page.waitForFunction(
    (at) => /2017年：已通过/u.test(document.querySelector(`[data-address="${at}"]`)?.textContent ?? ""),
    review,
  );
  await fitsWidth(pane, "review");
  await screenshot("flow-2-reviewed");

  // 汇总: counts by status cover every indicator; the .csv holds the rows.
  await pane.getByRole("tab", { name: "汇总" }).click();
  const counts = pane.getByRole("list", { name: "按评价统计" });
  await counts.waitFor({ timeout: 15000 });
  const total = (await counts.getByRole("listitem").allTextContents())
    .map((item) => Number(/(\d+)\s*项/u.exec(item)?.[1] ?? NaN))
    .reduce((sum, n) => sum + n, 0);
  if (total !== 13) throw new Error(`the status counts add up to ${total}, not the plan's 13 indicators`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    pane.getByRole("button", { name: "下载 .csv" }).click(),
  ]);
  const csv = readFileSync(await download.path(), "utf8");
  if (!csv.startsWith("\uFEFF指标,")) throw new Error(`the .csv starts ${JSON.stringify(csv.slice(0, 20))}`);
  const lines = csv.trim().split(/\r\n/u);
  if (lines.length !== 14) throw new Error(`the .csv has ${lines.length} lines, not a header and 13 rows`);
  const patents = lines.find((line) => line.startsWith("有效发明专利总量,"));
  if (patents === undefined || !patents.includes(",30000,")) throw new Error(`no 30000 in ${patents}`);
  await pane.getByText(/已下载/u).waitFor();
  await fitsWidth(pane, "summary");
  await screenshot("flow-3-summary");
}
