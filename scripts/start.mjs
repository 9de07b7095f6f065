#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload into desktop Excel as Microsoft's template does; elsewhere (no
// Excel), serve the add-in locally and open the workbench, where the task pane runs beside a simulated workbook.
// office-addin-debugging is fetched through npx on those two platforms only, because it builds keytar natively and
// would bloat every Linux install and CI run.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const sideload = process.platform === "win32" || process.platform === "darwin";

if (sideload) {
  const child = spawn("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  // Open a browser only where there is a screen to show it on; on a server the printed address is enough.
  const desktop = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const open = desktop ? ["--open", "/workbench.html"] : [];
  const server = spawn(join(root, "node_modules", ".bin", "webpack"), ["serve", "--mode", "development", ...open], {
    cwd: root,
    stdio: "inherit",
  });
  writeFileSync(join(root, ".dev-server.pid"), String(server.pid));
  // webpack.config.js serves https once Office's dev certificates exist (Excel on the web needs them), http before.
  const certificates = ["localhost.key", "localhost.crt", "ca.crt"].map((file) =>
    join(homedir(), ".office-addin-dev-certs", file),
  );
  const origin = `${certificates.every((file) => existsSync(file)) ? "https" : "http"}://localhost:${port}`;
  console.log(`Plan Monitor workbench: ${origin}/workbench.html`);
  console.log("  the task pane beside a simulated Excel workbook; no Excel needed. Ctrl+C or `npm stop` ends it.");
  console.log(`  The add-in itself is served at ${origin}/taskpane.html; for Excel on the web see README.md.`);
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}
