import { benchCli } from "./cli";
import { benchCore } from "./core";
import { benchExcel } from "./excel";
import { benchExtract } from "./extract";
import { print } from "./harness";

// Bundled as CommonJS (scripts/bench.mjs), so no top-level await: the async rows run inside main.
async function main(): Promise<void> {
  for (const row of benchExtract()) print(row);
  for (const row of benchCore()) print(row);
  for (const row of await benchExcel()) print(row);
  for (const row of await benchCli()) print(row);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
