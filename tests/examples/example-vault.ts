// examples/vault read from disk for tests: its notes as path → text, and its plugin settings.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../../examples/vault");

/** Every Markdown note of examples/vault (dot-folders skipped), as vault path → text. */
export function exampleVault(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(ROOT, rel))) {
      if (name.startsWith(".")) continue;
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(ROOT, r)).isDirectory()) walk(r);
      else if (name.endsWith(".md")) out[r] = readFileSync(path.join(ROOT, r), "utf8");
    }
  };
  walk("");
  return out;
}

/** The example vault's data.json, as the plugin would load it. */
export function exampleSettings(): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, ".obsidian/plugins/one-on-one/data.json"), "utf8"));
}
