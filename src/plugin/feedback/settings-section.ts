// Settings for the feedback linter: on or off in the editor, and each rule's severity.
import { Setting } from "obsidian";
import { RULES } from "../../core/feedback/rules";
import type { RuleSetting } from "../../settings";
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
  for (const rule of RULES) {
    new Setting(el)
      // The human name, with the id beside it: the id is what suppression comments and the CLI use. Descriptions stay in the docs, out of main.js.
      .setName(
        createFragment((f) => {
          f.appendText(`${rule.name} `);
          f.createEl("code", { cls: "one-on-one-feedback-rule-id", text: rule.id });
        }),
      )
      .addDropdown((d) =>
        d
          .addOptions({ default: `Default (${rule.severity})`, error: "Error", warning: "Warning", info: "Info", hint: "Hint", off: "Off" })
          .setValue(s.ruleSeverity[rule.id] ?? "default")
          .onChange((v) => {
            if (v === "default") delete s.ruleSeverity[rule.id];
            else s.ruleSeverity[rule.id] = v as RuleSetting;
            void host.saveSettings();
          }),
      );
  }
};
