#!/usr/bin/env node
// Browser tests: the production build of the task pane in Debian's headless Chromium, driven by playwright-core.
// No network: office.js requests are refused, as they are on every machine here, so the pane runs as in a plain
// browser. Screenshots go to test-results/ as artifacts. Prints "N passed, N failed" last.
import { createServer } from "node:http";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const artifacts = join(root, "test-results");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
mkdirSync(artifacts, { recursive: true });

if (!existsSync(join(dist, "taskpane.html"))) {
  console.error("dist/taskpane.html is missing: run `npm run build` first (npm run e2e does).");
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: apt-get install chromium fonts-wqy-zenhei (bash .ci/run does).`);
  process.exit(1);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
    /^(\.\.[/\\])+/u,
    "",
  );
  const file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response
    .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
    .end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

const results = [];
async function test(name, body) {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/u, (route) => route.abort());
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await body(page);
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
  await page.getByText("未连接到 Excel 工作簿").waitFor();
  const plans = await page.getByRole("region", { name: "内置规划" }).getByRole("listitem").count();
  if (plans !== 5) throw new Error(`expected 5 built-in plans, saw ${plans}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (overflow) throw new Error("the pane scrolls sideways at 320 px");
});

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
