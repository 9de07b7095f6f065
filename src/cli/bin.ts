/**
 * The process behind `plan-monitor`: real files, real streams, exit codes. Bundled by scripts/build-cli.mjs.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { runCli } from "./main";

declare const PLAN_MONITOR_VERSION: string;

function internalError(error: unknown): void {
  // A bug of ours must still end in one readable line; the stack is there for whoever sets PLAN_MONITOR_DEBUG.
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`plan-monitor: 内部错误 internal error: ${detail}\n`);
  if (process.env.PLAN_MONITOR_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
  process.exitCode = 70;
}

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => writeFileSync(path, data),
  exists: (path) => existsSync(path),
  terminal: process.stderr.isTTY
    ? { write: (text) => process.stderr.write(text), columns: process.stderr.columns ?? 80 }
    : null,
  env: process.env,
  version: PLAN_MONITOR_VERSION,
}).then((code) => {
  process.exitCode = code;
}, internalError);
