#!/usr/bin/env node
// Validates manifest.xml offline: Microsoft's validator needs a web service no machine here reaches, so we check
// the XML against Microsoft's published schemas with xmllint, then check what the schema cannot: that every
// resid is defined and every icon the manifest names exists in assets/.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = process.argv[2] ?? join(root, "manifest.xml");
const schema = join(root, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const problems = [];

try {
  execFileSync("xmllint", ["--noout", "--schema", schema, manifestPath], { stdio: ["ignore", "pipe", "pipe"] });
} catch (error) {
  if (error.code === "ENOENT") {
    console.error(
      "xmllint is not installed. On Debian/Ubuntu: apt-get install libxml2-utils (bash .ci/run does this).",
    );
    process.exit(2);
  }
  problems.push(String(error.stderr ?? error.message).trim());
}

const xml = readFileSync(manifestPath, "utf8");
const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
  if (!defined.has(resid)) problems.push(`resid "${resid}" is used but not defined under <Resources>.`);
}
for (const [, file] of xml.matchAll(/https:\/\/localhost:\d+\/(assets\/[^"]+)"/g)) {
  if (!existsSync(join(root, file))) problems.push(`${file} is named in the manifest but missing from the project.`);
}
const floor = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(xml)?.[1];
if (floor !== "1.8")
  problems.push(`ExcelApi requirement floor is ${floor ?? "missing"}; it must be 1.8 (data validation).`);

if (problems.length > 0) {
  console.error(`${manifestPath} is not valid:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`${manifestPath} validates against the Office add-in manifest schema.`);
