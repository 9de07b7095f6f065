/**
 * `extract.<seed file>` and `extract.synthetic_1mb`: milliseconds to extract a plan, against a baseline that only
 * reads the same text once (split into lines and fold each to NFKC), the least any extractor must do.
 * Goal (issue 4): a 150 KB plan in ≤ 50 ms.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPlan, splitLines } from "../src/core/extract";
import { compareTimes, type BenchRow } from "./harness";

const seeds = join(__dirname, "../tests/fixtures/seeds");

function readOnce(text: string): number {
  let characters = 0;
  for (const line of splitLines(text)) characters += line.normalize("NFKC").length;
  return characters;
}

export function benchExtract(): BenchRow[] {
  const rows: BenchRow[] = [];
  const texts = readdirSync(seeds)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(seeds, file), "utf8") }));
  for (const { file, text } of texts) {
    rows.push(
      compareTimes(
        `extract.${file}`,
        () => extractPlan(text),
        () => readOnce(text),
        7,
        {
          bytes: Buffer.byteLength(text),
        },
      ),
    );
  }
  // A megabyte of real plan text: the seeds one after another, repeated.
  const all = texts.map(({ text }) => text).join("\n");
  const synthetic = all.repeat(Math.ceil(1_000_000 / Buffer.byteLength(all)));
  rows.push(
    compareTimes(
      "extract.synthetic_1mb",
      () => extractPlan(synthetic),
      () => readOnce(synthetic),
      3,
      {
        bytes: Buffer.byteLength(synthetic),
      },
    ),
  );
  return rows;
}
