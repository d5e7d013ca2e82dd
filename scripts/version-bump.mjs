// `npm version patch|minor|major` runs this: manifest.json takes the new version, versions.json maps it to the minimum Obsidian version.
import { readFileSync, writeFileSync } from "node:fs";

const version = process.env.npm_package_version;
if (!version) {
  console.error("version-bump: run through `npm version <patch|minor|major>` (npm_package_version is not set)");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
manifest.version = version;
writeFileSync("manifest.json", JSON.stringify(manifest, null, 2) + "\n");

// Obsidian reads versions.json to offer users on an older app the newest release that still supports it.
const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[version] = manifest.minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, 2) + "\n");
console.log(`manifest.json ${version}, versions.json ${version} → Obsidian ${manifest.minAppVersion}`);
