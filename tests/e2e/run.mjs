#!/usr/bin/env node
// Browser tests: the production build of the task pane and of the workbench in Debian's headless Chromium, driven
// by playwright-core. No network: office.js requests are refused, as they are on every machine here, so the pane
// runs as in a plain browser. Screenshots go to test-results/ as artifacts. Prints "N passed, N failed" last.
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH, launchChromium, offline, serveDist } from "../../scripts/browser.mjs";
import { workbenchFlow } from "./workbench-flow.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const artifacts = join(root, "test-results");

mkdirSync(artifacts, { recursive: true });

if (!existsSync(join(dist, "taskpane.html"))) {
  console.error("dist/taskpane.html is missing: run `npm run build` first (npm run e2e does).");
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`No Chromium at ${CHROMIUM_PATH}: apt-get install chromium fonts-wqy-zenhei (bash .ci/run does).`);
  process.exit(1);
}

// The add-in's pages must never ship the Excel simulator: it is the workbench's alone (DESIGN.md). Checked on the
// built files the pages load, since that is what Office downloads; strings from two simulator modules that no
// other code has, and the workbench's bundle must contain them, so the check would notice if it could not see.
const SIMULATOR_MARKERS = ["plan-monitor-excel-simulator", "a person types text, numbers or booleans"];
function scriptsOf(page) {
  const html = readFileSync(join(dist, page), "utf8");
  // The production build minifies the HTML, so attribute values may come without quotes.
  const sources = [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gu)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^https?:/u.test(src))
    .map((src) => src.replace(/^\//u, ""));
  if (sources.length === 0) throw new Error(`${page} loads no script of ours`);
  // Chunks an entry imports on demand are not in the page; the build lists them per entry.
  const entry = page.replace(/\.html$/u, "");
  const chunks = JSON.parse(readFileSync(join(dist, "entry-files.json"), "utf8"))[entry] ?? [];
  return [...new Set([...sources, ...chunks])].map((file) => readFileSync(join(dist, file), "utf8"));
}
const bundleFailures = [];
for (const page of ["taskpane.html", "commands.html"]) {
  const leaked = SIMULATOR_MARKERS.filter((marker) => scriptsOf(page).some((code) => code.includes(marker)));
  if (leaked.length > 0) bundleFailures.push(`${page} loads simulator code (${leaked.join(", ")})`);
}
const workbenchCode = existsSync(join(dist, "workbench.html")) ? scriptsOf("workbench.html").join("\n") : "";
for (const marker of SIMULATOR_MARKERS) {
  if (!workbenchCode.includes(marker)) bundleFailures.push(`workbench.html lacks the marker "${marker}"`);
}

const server = await serveDist(dist);
const base = server.base;
const browser = await launchChromium();

const results = [
  bundleFailures.length === 0
    ? { name: "the add-in's pages load no simulator code", ok: true }
    : { name: "the add-in's pages load no simulator code", ok: false, error: bundleFailures.join("; ") },
];
async function test(name, body, viewport = { width: 320, height: 720 }) {
  if (process.env.E2E_ONLY !== undefined && !name.includes(process.env.E2E_ONLY)) return;
  const context = await browser.newContext({ viewport, locale: "zh-CN", acceptDownloads: true });
  const page = await context.newPage();
  await offline(page);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await body(page, (label) => page.screenshot({ path: join(artifacts, `${label}.png`), fullPage: true }));
    if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
    results.push({ name, ok: true });
  } catch (error) {
    results.push({ name, ok: false, error });
  } finally {
    await page.screenshot({ path: join(artifacts, `${name.replace(/[^\w-]+/gu, "_")}.png`), fullPage: true });
    await context.close();
  }
}

await test("task pane renders in Chinese at 320 px without Excel", async (page) => {
  await page.goto(`${base}/taskpane.html`);
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor({ timeout: 15000 });
  if ((await heading.textContent()) !== "规划指标监测") throw new Error(`heading is ${await heading.textContent()}`);
  await page.getByText("未连接到 Excel 工作簿。请在 Excel 中").waitFor();
  const plans = await page.getByRole("region", { name: "内置规划" }).getByRole("listitem").count();
  if (plans !== 5) throw new Error(`expected 5 built-in plans, saw ${plans}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (overflow) throw new Error("the pane scrolls sideways at 320 px");
});

await test(
  "workbench: the pane creates the monitoring sheet and a figure typed into the grid lands in its cell",
  async (page) => {
    await page.goto(`${base}/workbench.html`);
    const grid = page.getByRole("grid");
    await grid.waitFor({ timeout: 15000 });
    await page.getByRole("heading", { level: 1, name: "规划指标监测", exact: true }).waitFor();
    await page.getByRole("tab", { name: "计划", selected: true }).waitFor();

    await page.getByRole("radio", { name: /成都市“十三五”科技创新规划/u }).check();
    await page.getByRole("button", { name: "生成监测表" }).click();
    const sheetTab = page.getByRole("tab", { name: "指标监测" });
    await sheetTab.waitFor({ timeout: 15000 });
    await sheetTab.click();
    await page.getByRole("grid", { name: "工作表“指标监测”" }).waitFor();
    const cell = (address) => grid.locator(`[data-address="${address}"]`);
    // The row whose cell says 指标 heads the columns; the rows under it are the plan's indicators.
    const cells = await grid
      .locator("[data-address]")
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute("data-address"), td.textContent]));
    const split = (address) => /^([A-Z]+)(\d+)$/u.exec(address)?.slice(1) ?? ["", ""];
    const heading = cells.find(([, text]) => text === "指标");
    if (heading === undefined) throw new Error("no 指标 header on the monitoring sheet");
    const [indicatorColumn, headerRow] = split(heading[0]);
    const firstRow = Number(headerRow) + 1;
    const year = cells.find(([address, text]) => split(address)[1] === headerRow && /^\d{4}年$/u.test(text));
    if (year === undefined) throw new Error("no year column in the header row");
    const yearColumn = split(year[0])[0];
    const firstIndicator = (await cell(`${indicatorColumn}${firstRow}`).textContent()) ?? "";
    if (firstIndicator.trim() === "") throw new Error("the first indicator row is empty");
    const target = `${yearColumn}${firstRow}`;

    await cell(target).click();
    await page.keyboard.type("64");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (address) => document.querySelector(`[data-address="${address}"]`)?.textContent === "64",
      target,
    );
    // Enter moved down as in Excel; the arrow keys move through the simulator's selection.
    await page.keyboard.press("ArrowUp");
    const selected = await cell(target).getAttribute("aria-selected");
    if (selected !== "true") throw new Error(`ArrowUp did not select ${target}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    if (overflow) throw new Error("the workbench page scrolls sideways at 1280 px");
  },
  { width: 1280, height: 800 },
);

await test(
  "workbench: the whole flow, from plan to downloaded summary",
  (page, screenshot) => workbenchFlow(page, base, screenshot),
  { width: 1280, height: 800 },
);

await browser.close();
server.close();
for (const result of results) {
  console.log(
    `${result.ok ? "✓" : "✗"} ${result.name}${result.ok ? "" : `\n  ${result.error?.stack ?? result.error}`}`,
  );
}
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
