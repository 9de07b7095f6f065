#!/usr/bin/env node
// `npm stop`: undo what `npm start` did: unregister the sideloaded add-in on Windows/macOS, or end the local server.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync("npx", ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 1);
}
const pidFile = join(root, ".dev-server.pid");
if (!existsSync(pidFile)) {
  console.log("Plan Monitor: no local server was started by `npm start`.");
  process.exit(0);
}
const pid = Number(readFileSync(pidFile, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Plan Monitor: stopped the local server (pid ${pid}).`);
} catch {
  console.log(`Plan Monitor: the local server (pid ${pid}) had already stopped.`);
}
rmSync(pidFile);
