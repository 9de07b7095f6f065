#!/usr/bin/env node
// Bundles the command line into one CommonJS file, so `npx plan-monitor` starts in milliseconds with no
// TypeScript at run time. Runs in `prepare`, hence after every `npm ci` / `npm install`.
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
await build({
  entryPoints: [new URL("../src/cli/bin.ts", import.meta.url).pathname],
  outfile: new URL("../build/plan-monitor.cjs", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  banner: { js: "#!/usr/bin/env node" },
  define: { PLAN_MONITOR_VERSION: JSON.stringify(version) },
  logLevel: "warning",
});
