#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload into desktop Excel as Microsoft's template does; elsewhere (no
// Excel), serve the add-in locally and say where. office-addin-debugging is fetched through npx on those two
// platforms only, because it builds keytar natively and would bloat every Linux install and CI run.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
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
  const server = spawn(join(root, "node_modules", ".bin", "webpack"), ["serve", "--mode", "development"], {
    cwd: root,
    stdio: "inherit",
  });
  writeFileSync(join(root, ".dev-server.pid"), String(server.pid));
  console.log(
    `Plan Monitor: serving the task pane at http://localhost:${port}/taskpane.html (Ctrl+C or \`npm stop\` ends it).`,
  );
  console.log("No desktop Excel on this platform: to use Excel on the web, see README.md, 'Excel on the web'.");
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}
