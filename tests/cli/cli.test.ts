import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT, runCli, type CliIo } from "../../src/cli/main";

const root = join(__dirname, "../..");
const seed = (file: string) => join(root, "tests/fixtures/seeds", file);
const CHENGDU_13 = seed("000_fe8123ca23c369e9.txt");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(
  argv: readonly string[],
  files: Record<string, Uint8Array> = {},
  env: CliIo["env"] = { LANG: "zh_CN.UTF-8" },
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    readFile: (path) => files[path] ?? readFileSync(path),
    writeFile: () => {
      throw new Error("these commands write no file");
    },
    exists: () => false,
    terminal: null,
    env,
    version: "0.0.0-test",
  });
  return { code, stdout, stderr };
}

const CONTRACT_KEYS = [
  "name",
  "unit",
  "baselineYear",
  "baselineValue",
  "targetYear",
  "comparator",
  "targetValue",
  "targetLow",
  "targetHigh",
  "attribute",
  "direction",
  "source",
  "line",
];

describe("plan-monitor extract", () => {
  it("prints the extract contract as JSON", async () => {
    const { code, stdout } = await run(["extract", CHENGDU_13, "--json"]);
    expect(code).toBe(EXIT.ok);
    const output = JSON.parse(stdout) as { plan: unknown; indicators: Record<string, unknown>[] };
    expect(output.plan).toEqual({ title: "成都市“十三五”科技创新规划", period: [2016, 2020] });
    for (const entry of output.indicators) expect(Object.keys(entry)).toEqual(CONTRACT_KEYS);
    expect(output.indicators).toContainEqual({
      name: "公众具备基本科学素养的比例",
      unit: "%",
      baselineYear: 2014,
      baselineValue: 7.5,
      targetYear: 2020,
      comparator: ">=",
      targetValue: 10.5,
      targetLow: null,
      targetHigh: null,
      attribute: "预期性",
      direction: "increase",
      source: "table",
      line: 123,
    });
  });

  it("prints a readable table without --json", async () => {
    const { code, stdout } = await run(["extract", CHENGDU_13]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^成都市“十三五”科技创新规划 {2}规划期：2016–2020/u);
    expect(stdout).toMatch(/123 +表格 +公众具备基本科学素养的比例 +% +7\.5 \(2014\) +≥10\.5 \(2020\) +预期性/u);
  });

  it("reads GB18030, a UTF-8 BOM and CRLF line ends to the same result", async () => {
    const utf8 = readFileSync(CHENGDU_13, "utf8");
    const gb18030 = Buffer.from(execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", CHENGDU_13]));
    const bomCrlf = Buffer.from(`\uFEFF${utf8.replace(/\n/gu, "\r\n")}`, "utf8");
    const expected = (await run(["extract", CHENGDU_13, "--json"])).stdout;
    expect((await run(["extract", "gb.txt", "--json"], { "gb.txt": gb18030 })).stdout).toBe(expected);
    expect((await run(["extract", "bom.txt", "--json"], { "bom.txt": bomCrlf })).stdout).toBe(expected);
  });

  it("says clearly, in the user's language, when a file is not a plan", async () => {
    const notes = Buffer.from("会议通知\n请于下午三点到会议室开会。\n", "utf8");
    expect(await run(["extract", "notes.txt"], { "notes.txt": notes })).toEqual({
      code: EXIT.input,
      stdout: "",
      stderr: expect.stringContaining("notes.txt 中没有找到规划指标"),
    });
    expect((await run(["extract", "notes.txt"], { "notes.txt": notes }, { LANG: "en_US.UTF-8" })).stderr).toContain(
      "No plan indicators found in notes.txt",
    );
  });

  it("names a missing file and a binary file", async () => {
    expect(await run(["extract", "/no/such/plan.txt"])).toMatchObject({
      code: EXIT.input,
      stderr: expect.stringContaining("/no/such/plan.txt"),
    });
    const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]);
    expect(await run(["extract", "plan.docx"], { "plan.docx": docx })).toMatchObject({
      code: EXIT.input,
      stderr: expect.stringContaining("plan.docx 不是纯文本文件"),
    });
  });

  it("answers a usage error with exit code 2 and the way out", async () => {
    expect(await run(["extract"])).toMatchObject({
      code: EXIT.usage,
      stderr: expect.stringContaining("plan-monitor extract"),
    });
    expect(await run(["frobnicate"])).toMatchObject({ code: EXIT.usage, stderr: expect.stringContaining("--help") });
    expect(await run(["extract", CHENGDU_13, "--colour"])).toMatchObject({ code: EXIT.usage });
  });
});

describe("plan-monitor plans", () => {
  it("lists the five built-in catalogs", async () => {
    const { code, stdout } = await run(["plans", "--json"]);
    expect(code).toBe(EXIT.ok);
    const plans = JSON.parse(stdout) as {
      id: string;
      title: string;
      region: string | null;
      period: number[];
      indicatorCount: number;
    }[];
    expect(plans).toHaveLength(5);
    expect(plans[0]).toEqual({
      id: "chengdu-13th-sti",
      title: "成都市“十三五”科技创新规划",
      region: "成都市",
      period: [2016, 2020],
      indicatorCount: 13,
    });
    for (const plan of plans) expect(plan.indicatorCount).toBeGreaterThan(0);
  });
});

describe("the installed command", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { cwd: root });
  });

  it("runs as a process, with exit codes and no stack trace", async () => {
    const ok = spawnSync(process.execPath, [join(root, "build/plan-monitor.cjs"), "extract", CHENGDU_13, "--json"], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).indicators.length).toBeGreaterThan(20);
    const missing = spawnSync(process.execPath, [join(root, "build/plan-monitor.cjs"), "extract", "missing.txt"], {
      encoding: "utf8",
      env: { ...process.env, LANG: "en_US.UTF-8" },
    });
    expect(missing.status).toBe(EXIT.input);
    expect(missing.stderr).toBe("Cannot read missing.txt: no such file\n");
  });
});
