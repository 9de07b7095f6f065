// Bench rows of the task pane, run by scripts/bench.mjs after a production build:
// - taskpane.bundle.gzip: gzip bytes of the scripts taskpane.html loads, against React + ReactDOM alone (the floor
//   any React pane pays), measured in the same run;
// - taskpane.first_render: ms from navigation to the pane's first render in headless Chromium (the mark App sets),
//   against a static page's own mark at the end of its body, loaded the same way in the same browser.
// Prints one JSON line per row, as the other rows.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CHROMIUM_PATH, launchChromium, offline, serveDist } from "../scripts/browser.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const require = createRequire(import.meta.url);
const round = (n) => Number(n.toPrecision(4));
const print = (row) => process.stdout.write(`${JSON.stringify(row)}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function gzipBytes(files) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}

function bundleRow() {
  // Every file the task pane can load: its entry and the chunks it imports on demand (written by the build).
  const files = JSON.parse(readFileSync(join(dist, "entry-files.json"), "utf8")).taskpane.map((file) =>
    join(dist, file),
  );
  const value = gzipBytes(files);
  // The packages' own production builds, found beside their package.json (their exports hide the cjs folder).
  const react = ["react/cjs/react.production.js", "react-dom/cjs/react-dom-client.production.js"].map((file) => {
    const [name, ...rest] = file.split("/");
    return join(dirname(require.resolve(`${name}/package.json`)), ...rest);
  });
  const baseline = gzipBytes(react);
  return {
    name: "taskpane.bundle.gzip",
    value,
    unit: "bytes",
    baseline,
    ratio: round(value / baseline),
    goal_bytes: 300 * 1024,
    files: files.length,
  };
}

// The same head as taskpane.html, office.js tag included (refused here as on every machine of ours), so both pages
// pay the same for it and the ratio is the pane's own cost.
const BLANK = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准</title>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head>
<body><h1>规划指标监测</h1><script>performance.mark("plan-monitor:first-render")</script></body></html>`;

async function firstRenderRow() {
  if (!existsSync(CHROMIUM_PATH)) {
    process.stderr.write(`taskpane.first_render skipped: no Chromium at ${CHROMIUM_PATH}\n`);
    return null;
  }
  const server = await serveDist(dist, { "/blank.html": BLANK });
  const { base } = server;
  const browser = await launchChromium();
  const measure = async (path) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: "zh-CN" });
    const page = await context.newPage();
    await offline(page);
    await page.goto(`${base}${path}`);
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const look = () => {
            const mark = performance.getEntriesByName("plan-monitor:first-render")[0];
            if (mark) resolve(mark.startTime);
            else setTimeout(look, 10);
          };
          look();
        }),
    );
    await context.close();
    return ms;
  };
  const values = [];
  const baselines = [];
  try {
    await measure("/taskpane.html");
    await measure("/blank.html");
    for (let run = 0; run < 7; run++) {
      baselines.push(await measure("/blank.html"));
      values.push(await measure("/taskpane.html"));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const value = median(values);
  const baseline = median(baselines);
  return {
    name: "taskpane.first_render",
    value: round(value),
    unit: "ms",
    baseline: round(baseline),
    ratio: round(value / baseline),
    goal_ms: 300,
  };
}

if (!existsSync(join(dist, "taskpane.html"))) {
  process.stderr.write("dist/taskpane.html is missing: run `npm run build` first (npm run bench does).\n");
  process.exit(1);
}
print(bundleRow());
const render = await firstRenderRow();
if (render !== null) print(render);
