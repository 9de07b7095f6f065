#!/usr/bin/env node
// `npm run bench`: bundles bench/run.ts with esbuild and runs it under plain node, so the code measured is shaped
// as it ships (the CLI and the add-in are bundles too), not as a TypeScript loader wraps every import.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const outfile = fileURLToPath(new URL("../build/bench.cjs", import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL("../bench/run.ts", import.meta.url))],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
// The pane's rows measure the production build, as the add-in ships it.
const built = spawnSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "inherit"] });
const pane =
  built.status === 0
    ? spawnSync(process.execPath, [fileURLToPath(new URL("../bench/taskpane.mjs", import.meta.url))], {
        stdio: "inherit",
      })
    : built;
process.exitCode = run.status || pane.status || 0;
