// Settings for action items: what to skip, how to stamp and when to warn (who "me" is and the people folder come first, in settings/).
import { Setting, normalizePath } from "obsidian";
import type { DoneDateFormat } from "../../settings";
import type { SettingsSection } from "../settings-tab";
import type { Host } from "../host";
import { commitOnPause } from "../settings/path-field";
import { save, splitList } from "../settings/you-and-people";

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

export const actionItemsSettings: SettingsSection = (el, host) => {
  const s = host.settings;
  new Setting(el)
    .setName("Excluded folders")
    .setDesc("Action items in these folders are ignored (for example templates or an archive), separated by commas.")
    .addText((t) => {
      t.setPlaceholder("Example: Templates, archive").setValue(s.excludedFolders.join(", "));
      // Each change re-reads the vault: save after a pause or on leaving the field, not per keystroke.
      commitOnPause(t, (v) => {
        const next = folderList(v);
        if (next.join("\n") !== s.excludedFolders.join("\n")) void save(host, "excludedFolders", next);
      });
    });
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
