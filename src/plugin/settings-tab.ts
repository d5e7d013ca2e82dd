// The settings tab: one section per feature, each contributed by that feature's module.
import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import type { Host } from "./host";

export type SettingsSection = (containerEl: HTMLElement, host: Host, redisplay: () => void) => void;

export class OneOnOneSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: Host,
    private readonly sections: { heading: string; render: SettingsSection }[],
  ) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const section of this.sections) {
      new Setting(containerEl).setName(section.heading).setHeading();
      section.render(containerEl, this.host, () => this.display());
    }
  }
}
