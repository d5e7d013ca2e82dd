// Wiring only: settings, services, views, commands and events come from src/plugin/.
import { Plugin } from "obsidian";
import type { OneOnOneSettings } from "./settings";
import type { Host } from "./plugin/host";
import { loadSettings } from "./plugin/settings-store";
import { OneOnOneSettingTab } from "./plugin/settings-tab";

export default class OneOnOnePlugin extends Plugin implements Host {
  settings!: OneOnOneSettings;
  private settingsListeners: (() => void)[] = [];

  get plugin(): Plugin {
    return this;
  }

  async onload(): Promise<void> {
    this.settings = await loadSettings(this);
    this.addSettingTab(new OneOnOneSettingTab(this.app, this, this, []));
  }

  onunload(): void {
    this.settingsListeners = [];
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    for (const l of this.settingsListeners) l();
  }

  onSettingsChange(listener: () => void): void {
    this.settingsListeners.push(listener);
  }
}
