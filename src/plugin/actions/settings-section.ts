// Settings for action items: who "me" is, where people live, what to skip, how to stamp and when to warn.
import { Setting, normalizePath } from "obsidian";
import type { DoneDateFormat, OneOnOneSettings } from "../../settings";
import type { SettingsSection } from "../settings-tab";
import type { Host } from "../host";

/** "a, b , c" → ["a", "b", "c"]. */
export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function folderList(value: string): string[] {
  return splitList(value).map((f) => normalizePath(f));
}

type NumberKey = "staleCarried" | "staleDays" | "dueSoonDays";

function numberSetting(el: HTMLElement, host: Host, key: NumberKey, name: string, desc: string, min: number, max: number): void {
  new Setting(el)
    .setName(name)
    .setDesc(desc)
    .addText((t) => {
      t.inputEl.type = "number";
      t.setValue(String(host.settings[key])).onChange(async (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < min || n > max) return; // keep the last valid value while typing
        host.settings[key] = n;
        await host.saveSettings();
      });
    });
}

async function save<K extends keyof OneOnOneSettings>(host: Host, key: K, value: OneOnOneSettings[K]): Promise<void> {
  host.settings[key] = value;
  await host.saveSettings();
}

export const actionItemsSettings: SettingsSection = (el, host) => {
  const s = host.settings;
  new Setting(el)
    .setName("My name")
    .setDesc("Items owned by @me or by this name are yours.")
    .addText((t) => t.setPlaceholder("Your name").setValue(s.myName).onChange((v) => save(host, "myName", v.trim())));
  new Setting(el)
    .setName("My aliases")
    .setDesc("Other names that mean you, separated by commas.")
    .addText((t) => t.setPlaceholder("Nickname, initials").setValue(s.myAliases.join(", ")).onChange((v) => save(host, "myAliases", splitList(v))));
  new Setting(el)
    .setName("People folder")
    .setDesc("Each note in this folder is a person; its aliases in frontmatter also match.")
    .addText((t) => t.setPlaceholder("People").setValue(s.peopleFolder).onChange((v) => save(host, "peopleFolder", v.trim() === "" ? "" : normalizePath(v))));
  new Setting(el)
    .setName("Excluded folders")
    .setDesc("Action items in these folders are ignored (for example templates or an archive), separated by commas.")
    .addText((t) => t.setPlaceholder("Templates, archive").setValue(s.excludedFolders.join(", ")).onChange((v) => save(host, "excludedFolders", folderList(v))));
  new Setting(el)
    .setName("Done date")
    .setDesc("What completing an item appends.")
    .addDropdown((d) =>
      d
        .addOptions({ emoji: "✅ date (tasks)", dataview: "[completion:: date] (dataview)", none: "No date" })
        .setValue(s.doneDate)
        .onChange((v) => save(host, "doneDate", v as DoneDateFormat)),
    );
  new Setting(el)
    .setName("Cancelled date")
    .setDesc("Append ❌ and the date when cancelling an item.")
    .addToggle((t) => t.setValue(s.cancelledDate).onChange((v) => save(host, "cancelledDate", v)));
  numberSetting(el, host, "staleCarried", "Stale after 1:1s", "An open item is stale once carried through this many later 1:1s.", 1, 1000);
  numberSetting(el, host, "staleDays", "Stale after days", "An open item is stale once older than this many days.", 1, 10000);
  numberSetting(el, host, "dueSoonDays", "Due soon within days", "Items due within this many days count as due soon.", 0, 365);
};
