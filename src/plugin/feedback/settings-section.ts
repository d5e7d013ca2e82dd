// Settings for the feedback linter: on or off in the editor, and each rule's severity.
import { Setting } from "obsidian";
import { RULES } from "../../core/feedback/rules";
import { ruleSeveritySetting } from "../rule-severity-setting";
import type { SettingsSection } from "../settings-tab";

export const feedbackSettings: SettingsSection = (el, host) => {
  const s = host.settings;
  new Setting(el)
    .setName("Check feedback while writing")
    .setDesc("Underline problems in feedback blocks. The commands work either way.")
    .addToggle((t) =>
      t.setValue(s.feedbackLint).onChange((v) => {
        s.feedbackLint = v;
        void host.saveSettings();
      }),
    );
  for (const rule of RULES) ruleSeveritySetting(el, host, rule);
};
