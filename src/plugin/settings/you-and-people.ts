// The first two settings sections: who you are (so @me and your name mean you) and where person notes live.
import { Setting } from "obsidian";
import type { OneOnOneSettings } from "../../settings";
import type { SettingsSection } from "../settings-tab";
import type { Host } from "../host";
import { addPathField } from "./path-field";

/** "a, b , c" → ["a", "b", "c"]. */
export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export async function save<K extends keyof OneOnOneSettings>(host: Host, key: K, value: OneOnOneSettings[K]): Promise<void> {
  host.settings[key] = value;
  await host.saveSettings();
}

export const youSettings: SettingsSection = (el, host) => {
  const s = host.settings;
  new Setting(el)
    .setName("My name")
    .setDesc("Items owned by @me or by this name are yours.")
    .addText((t) => t.setPlaceholder("Your name as you write it").setValue(s.myName).onChange((v) => save(host, "myName", v.trim())));
  new Setting(el)
    .setName("My aliases")
    .setDesc("Other names that mean you, separated by commas.")
    .addText((t) => t.setPlaceholder("Nicknames or initials").setValue(s.myAliases.join(", ")).onChange((v) => save(host, "myAliases", splitList(v))));
};

export const peopleSettings: SettingsSection = (el, host) => {
  const setting = new Setting(el).setName("People folder").setDesc("Each note in this folder is a person; its aliases in frontmatter also match.");
  addPathField(setting, host.app, { kind: "folder", placeholder: "Example: People", value: host.settings.peopleFolder, save: (v) => save(host, "peopleFolder", v) });
};
