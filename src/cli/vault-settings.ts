// The plugin's settings as the CLI sees them: the vault's data.json through migrate(), else the defaults.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { migrate, type OneOnOneSettings } from "../settings";
import type { CliIo } from "./io";

// On disk there is no Vault#configDir: vaults use Obsidian's default config folder (the lint warning is expected).
export const SETTINGS_FILE = ".obsidian/plugins/one-on-one/data.json";

/** Reads `<vault>/.obsidian/plugins/one-on-one/data.json`; problems are reported on stderr, never fatal. */
export async function loadVaultSettings(root: string, io: CliIo): Promise<OneOnOneSettings> {
  let raw: unknown = null;
  try {
    const text = await fs.readFile(path.join(root, ...SETTINGS_FILE.split("/")), "utf8");
    try {
      raw = JSON.parse(text) as unknown;
    } catch {
      io.err(`one-on-one: ${SETTINGS_FILE} is not valid JSON; using default settings.`);
    }
  } catch {
    // No settings file: the plugin was never configured in this vault.
  }
  const { settings, problems } = migrate(raw);
  for (const p of problems) io.err(`one-on-one: ${SETTINGS_FILE}: ${p}`);
  return settings;
}
