/**
 * Runs the command line in-process on an in-memory disk: files written by a command can be read by the next one,
 * and a missing file fails as Node's fs does (ENOENT).
 */
import { runCli, type CliIo } from "../../src/cli/main";

export interface Disk {
  readonly files: Map<string, Uint8Array>;
  /** Paths whose writing fails with this errno code. */
  readonly refuse: Map<string, string>;
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function disk(files: Record<string, Uint8Array> = {}): Disk {
  return { files: new Map(Object.entries(files)), refuse: new Map() };
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

export async function runOn(
  on: Disk,
  argv: readonly string[],
  env: CliIo["env"] = { LANG: "zh_CN.UTF-8" },
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    readFile: (path) => {
      const bytes = on.files.get(path);
      if (bytes === undefined) throw fsError("ENOENT", path);
      return bytes;
    },
    writeFile: (path, data) => {
      const refused = on.refuse.get(path);
      if (refused !== undefined) throw fsError(refused, path);
      on.files.set(path, typeof data === "string" ? new TextEncoder().encode(data) : data);
    },
    exists: (path) => on.files.has(path),
    terminal: null,
    env,
    version: "0.0.0-test",
  });
  return { code, stdout, stderr };
}

/** A file the commands wrote; a test that expects one fails here when there is none. */
export function written(on: Disk, path: string): Uint8Array {
  const bytes = on.files.get(path);
  if (bytes === undefined) throw new Error(`${path} was not written`);
  return bytes;
}
