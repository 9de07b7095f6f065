// What the browser tests and the pane's bench share: the built add-in served on loopback, and Debian's Chromium
// started headless with the flags this closed network needs (without the background-networking ones Chromium
// keeps dialling out and its connections are refused, many at a time).
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/**
 * Serves `dist` on 127.0.0.1 at a free port; `extra` maps paths to pages made on the spot (the bench's baseline).
 * Resolves to `{ base, close }`.
 */
export async function serveDist(dist, extra = {}) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/u,
      "",
    );
    if (path in extra) return void response.writeHead(200, { "content-type": TYPES[".html"] }).end(extra[path]);
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) return void response.writeHead(404).end();
    response
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, through playwright-core (never a browser of playwright's own download). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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
}

/** Refuses every request that leaves the machine, as the network here does, but at once. */
export async function offline(page) {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/u, (route) => route.abort());
}
