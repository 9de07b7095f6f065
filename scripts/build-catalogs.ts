#!/usr/bin/env -S npx tsx
// Regenerates src/plans/*.json from the seed texts (tests/fixtures/seeds, byte-exact copies of shared/seeds)
// and the overrides in src/plans/overrides/. Review the diff of the JSON files before committing: the catalogs
// are checked against the plan text by a person, and every correction goes into an overrides file with a reason.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText } from "../src/cli/decode";
import { buildPlanCatalog, type CatalogSource } from "../src/plans/build";
import { overridesSchema } from "../src/plans/overrides";

const root = join(__dirname, "..");
const sources = JSON.parse(readFileSync(join(root, "src/plans/sources.json"), "utf8")) as CatalogSource[];
let failed = false;
for (const source of sources) {
  const bytes = readFileSync(join(root, "tests/fixtures/seeds", source.file));
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`${source.file} is not text`);
  const overridesPath = join(root, "src/plans/overrides", `${source.id}.json`);
  const overrides = overridesSchema.parse(
    existsSync(overridesPath) ? JSON.parse(readFileSync(overridesPath, "utf8")) : {},
  );
  const outcome = buildPlanCatalog(source, decoded.text, overrides);
  if (!outcome.ok) {
    failed = true;
    process.stderr.write(`${source.id}:\n  ${outcome.problems.join("\n  ")}\n`);
    continue;
  }
  writeFileSync(join(root, "src/plans", `${source.id}.json`), `${JSON.stringify(outcome.catalog, null, 2)}\n`);
  process.stdout.write(`${source.id}: ${outcome.catalog.indicators.length} indicators\n`);
}
process.exitCode = failed ? 1 : 0;
