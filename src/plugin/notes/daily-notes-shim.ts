// The one place that reads the core Daily notes plugin's settings (internal API, typed here, guarded, never throws).
import type { App } from "obsidian";
import type { DailyNoteConfig } from "../../core/daily/path";

/** What this shim relies on in `app.internalPlugins`; not in obsidian.d.ts, so every step is checked. */
interface InternalPluginsLike {
  getPluginById?: (id: string) => { enabled?: unknown; instance?: { options?: Record<string, unknown> } } | null | undefined;
}

function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

/** The core Daily notes settings when that plugin is enabled; null when it is off, missing, or shaped differently. */
export function coreDailyNotesConfig(app: App): Partial<DailyNoteConfig> | null {
  try {
    const internal = (app as unknown as { internalPlugins?: InternalPluginsLike }).internalPlugins;
    const plugin = typeof internal?.getPluginById === "function" ? internal.getPluginById("daily-notes") : null;
    if (!plugin || plugin.enabled !== true) return null;
    const options = plugin.instance?.options;
    if (!options || typeof options !== "object") return {};
    const out: Partial<DailyNoteConfig> = {};
    const folder = str(options.folder);
    const format = str(options.format);
    const template = str(options.template);
    if (folder !== null) out.folder = folder;
    if (format !== null && format.trim() !== "") out.format = format;
    if (template !== null) out.template = template;
    return out;
  } catch {
    return null;
  }
}

/** Core Daily notes settings first, then ours (`dailyFolder`, `dailyFormat`, `dailyTemplate`). */
export function dailyNoteConfig(app: App, ours: { dailyFolder: string; dailyFormat: string; dailyTemplate: string }): DailyNoteConfig {
  const core = coreDailyNotesConfig(app);
  return {
    folder: core?.folder ?? ours.dailyFolder,
    format: core?.format ?? (ours.dailyFormat || "YYYY-MM-DD"),
    template: core?.template || ours.dailyTemplate,
  };
}
