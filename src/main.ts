// Wiring only: settings, services, views, commands and events come from src/plugin/.
import { Plugin } from "obsidian";
import type { OneOnOneSettings } from "./settings";
import type { Host } from "./plugin/host";
import { loadSettings } from "./plugin/settings-store";
import { OneOnOneSettingTab } from "./plugin/settings-tab";
import { registerActionIndex, type ActionIndexService } from "./plugin/actions/index-sync";
import { actionItemsSettings } from "./plugin/actions/settings-section";
import { registerNoteCommands } from "./plugin/notes/register";
import { dailyNoteSettings, noteSettings } from "./plugin/notes/settings-section";
import { peopleSettings, youSettings } from "./plugin/settings/you-and-people";
import { feedbackSettings, registerFeedback } from "./plugin/feedback";
import { actionCheckSettings, registerActionCheck } from "./plugin/action-check";
import { registerFollowups, type Followups } from "./plugin/followups";

export default class OneOnOnePlugin extends Plugin implements Host {
  settings!: OneOnOneSettings;
  actions!: ActionIndexService;
  followups!: Followups;
  private settingsListeners: (() => void)[] = [];

  get plugin(): Plugin {
    return this;
  }

  async onload(): Promise<void> {
    this.settings = await loadSettings(this);
    this.actions = registerActionIndex(this);
    this.followups = registerFollowups(this);
    registerNoteCommands(this);
    registerFeedback(this);
    registerActionCheck(this);
    this.addSettingTab(
      new OneOnOneSettingTab(this.app, this, this, [
        // In the order a user sets up.
        { heading: "You", render: youSettings },
        { heading: "People", render: peopleSettings },
        { heading: "1:1 notes", render: noteSettings },
        { heading: "Daily notes", render: dailyNoteSettings },
        { heading: "Action items", render: actionItemsSettings },
        { heading: "Feedback linter", render: feedbackSettings },
        { heading: "Agreed actions", render: actionCheckSettings },
      ]),
    );
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
