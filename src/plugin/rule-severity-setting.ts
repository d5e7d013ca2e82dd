// One settings row per lint rule (feedback and agreed actions alike): its name, its id beside it, and its severity.
import { Setting } from "obsidian";
import type { RuleSetting } from "../settings";
import type { Host } from "./host";

export interface RuleRow {
  id: string;
  name: string;
  severity: string;
}

export function ruleSeveritySetting(el: HTMLElement, host: Pick<Host, "settings" | "saveSettings">, rule: RuleRow): void {
  const s = host.settings;
  new Setting(el)
    // The human name with the id beside it: the id is what suppression comments and the CLI use. Descriptions stay in the docs, out of main.js.
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
