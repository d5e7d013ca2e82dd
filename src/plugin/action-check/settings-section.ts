// Settings for the agreed-action check: in the editor or not, 1:1 notes or every note, and each rule's severity.
import { Setting } from "obsidian";
import { ACTION_RULES } from "../../core/action-check/rules";
import { ruleSeveritySetting } from "../rule-severity-setting";
import type { SettingsSection } from "../settings-tab";

export const actionCheckSettings: SettingsSection = (el, host) => {
  const s = host.settings;
  new Setting(el)
    .setName("Check action items while writing")
    .setDesc("Underline agreed actions without an owner or a due date. The commands work either way.")
    .addToggle((t) =>
      t.setValue(s.actionCheck).onChange((v) => {
        s.actionCheck = v;
        void host.saveSettings();
      }),
    );
  new Setting(el)
    .setName("Check action items in every note")
    .setDesc("Off: only 1:1 notes are checked. Template notes are never checked.")
    .addToggle((t) =>
      t.setValue(s.actionCheckEverywhere).onChange((v) => {
        s.actionCheckEverywhere = v;
        void host.saveSettings();
      }),
    );
  for (const rule of ACTION_RULES) ruleSeveritySetting(el, host, rule);
};
