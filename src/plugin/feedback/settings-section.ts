// Settings for the feedback linter: on or off in the editor, and each rule's severity.
import { Setting } from "obsidian";
import { RULES } from "../../core/feedback/rules";
import type { RuleSetting } from "../../settings";
import type { SettingsSection } from "../settings-tab";

const CHOICES: RuleSetting[] = ["error", "warning", "info", "hint", "off"];

export const feedbackSettings: SettingsSection = (el, host) => {
  new Setting(el)
    .setName("Check feedback while writing")
    .setDesc("Underline problems in feedback blocks in the editor. The commands work either way.")
    .addToggle((t) =>
      t.setValue(host.settings.feedbackLint).onChange(async (v) => {
        host.settings.feedbackLint = v;
        await host.saveSettings();
      }),
    );
  for (const rule of RULES) {
    new Setting(el)
      .setName(rule.id)
      .setDesc(rule.description)
      .addDropdown((d) => {
        d.addOption("default", `Default (${rule.severity})`);
        for (const c of CHOICES) d.addOption(c, c === "off" ? "Off" : c[0].toUpperCase() + c.slice(1));
        d.setValue(host.settings.ruleSeverity[rule.id] ?? "default").onChange(async (v) => {
          if (v === "default") delete host.settings.ruleSeverity[rule.id];
          else host.settings.ruleSeverity[rule.id] = v as RuleSetting;
          await host.saveSettings();
        });
      });
  }
};
