/**
 * `npm run bench` prints one JSON object per line: {name, value, unit, baseline, ratio}. Every row is measured
 * against a baseline run in the same process, interleaved with it, so a busy shared machine slows both alike and
 * the ratio stays meaningful where absolute times do not.
 */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: number;
  readonly ratio: number;
  readonly [extra: string]: unknown;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeOnce(work: () => unknown): number {
  const start = process.hrtime.bigint();
  const result = work();
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  // Keep the result alive so the work cannot be optimised away.
  if (result === Symbol.for("never")) throw new Error("unreachable");
  return elapsed;
}

/** Median milliseconds of `runs` interleaved timings of the work and its baseline, after one warm-up of each. */
export function compareTimes(
  name: string,
  work: () => unknown,
  baseline: () => unknown,
  runs = 5,
  extra: Record<string, unknown> = {},
): BenchRow {
  timeOnce(baseline);
  timeOnce(work);
  const workTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    baselineTimes.push(timeOnce(baseline));
    workTimes.push(timeOnce(work));
  }
  const value = median(workTimes);
  const base = median(baselineTimes);
  return { name, value: round(value), unit: "ms", baseline: round(base), ratio: round(value / base), ...extra };
}

async function timeOnceAsync(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** `compareTimes` for work that reads files or otherwise awaits: each timing ends when its promise settles. */
export async function compareTimesAsync(
  name: string,
  work: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  runs = 5,
  extra: Record<string, unknown> = {},
): Promise<BenchRow> {
  await timeOnceAsync(baseline);
  await timeOnceAsync(work);
  const workTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    baselineTimes.push(await timeOnceAsync(baseline));
    workTimes.push(await timeOnceAsync(work));
  }
  const value = median(workTimes);
  const base = median(baselineTimes);
  return { name, value: round(value), unit: "ms", baseline: round(base), ratio: round(value / base), ...extra };
}

const round = (n: number): number => Number(n.toPrecision(4));

export function print(row: BenchRow): void {
  process.stdout.write(`${JSON.stringify(row)}\n`);
}
