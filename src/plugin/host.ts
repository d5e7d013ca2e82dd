// What feature modules get from the plugin: the app, register* through the plugin, and settings.
import type { App, Plugin } from "obsidian";
import type { OneOnOneSettings } from "../settings";
import type { ActionIndexService } from "./actions/index-sync";

export interface Host {
  readonly app: App;
  /** The plugin instance: every event, command, view and interval is registered through it. */
  readonly plugin: Plugin;
  readonly settings: OneOnOneSettings;
  saveSettings(): Promise<void>;
  /** Listeners told after settings changed (features re-read what they cache). */
  onSettingsChange(listener: () => void): void;
  /** Every action item in the vault, kept current (src/plugin/actions/index-sync.ts). */
  readonly actions: ActionIndexService;
}
