// "Create default templates": writes the built-in templates and question bank into the vault, never over a file.
import { Notice, normalizePath } from "obsidian";
import { DEFAULT_TEMPLATE_FILES } from "../../core/templates/defaults";
import type { Host } from "../host";
import { createIfAbsent } from "./vault-io";

export const TEMPLATES_FOLDER = "Templates";

/** Returns the paths written and skipped; settings left empty now point at the written files. */
export async function createDefaultTemplates(host: Host): Promise<{ written: string[]; skipped: string[] }> {
  const written: string[] = [];
  const skipped: string[] = [];
  for (const t of DEFAULT_TEMPLATE_FILES) {
    const path = normalizePath(`${TEMPLATES_FOLDER}/${t.name}`);
    const { created } = await createIfAbsent(host.app, path, t.text);
    (created ? written : skipped).push(path);
    if (created && host.settings[t.setting].trim() === "") host.settings[t.setting] = path;
  }
  if (written.length) await host.saveSettings();
  const parts = [written.length ? `Written: ${written.join(", ")}.` : "", skipped.length ? `Already there, left as they are: ${skipped.join(", ")}.` : ""];
  new Notice(parts.filter((p) => p !== "").join("\n"));
  return { written, skipped };
}
