// Settings for 1:1 notes: where notes go, which templates and questions, and the daily-note fallback.
import { Setting, normalizePath } from "obsidian";
import type { OneOnOneSettings } from "../../settings";
import type { SettingsSection } from "../settings-tab";
import type { Host } from "../host";

type TextKey = "notePathPattern" | "noteTemplate" | "dailyTemplate" | "questionBank" | "dailyFolder" | "dailyFormat";

async function save<K extends keyof OneOnOneSettings>(host: Host, key: K, value: OneOnOneSettings[K]): Promise<void> {
  host.settings[key] = value;
  await host.saveSettings();
}

/** A path setting: normalised, or empty for "use the default". */
function pathSetting(el: HTMLElement, host: Host, key: TextKey, name: string, desc: string, placeholder: string): void {
  new Setting(el)
    .setName(name)
    .setDesc(desc)
    .addText((t) =>
      t
        .setPlaceholder(placeholder)
        .setValue(host.settings[key])
        .onChange((v) => save(host, key, v.trim() === "" ? "" : normalizePath(v.trim()))),
    );
}

export const noteSettings: SettingsSection = (el, host) => {
  const s = host.settings;
  new Setting(el)
    .setName("1:1 note path")
    .setDesc("Where a new 1:1 note goes. Variables: {{person}}, {{date:FORMAT}}. Notes are found by their frontmatter, so moving them later is fine.")
    .addText((t) =>
      t
        .setPlaceholder("1-1s/{{person}}/{{date:YYYY-MM-DD}}.md")
        .setValue(s.notePathPattern)
        .onChange(async (v) => {
          if (v.trim() === "") return; // keep the last pattern while the field is empty
          await save(host, "notePathPattern", v.trim());
        }),
    );
  pathSetting(el, host, "noteTemplate", "1:1 template", 'A note used as the template of new 1:1 notes. Empty: the built-in one ("Create default templates" writes it for editing).', "Templates/1-1 note.md");
  pathSetting(el, host, "questionBank", "Question bank", "A note whose list items are starter questions. Empty: the built-in questions.", "Templates/1-1 questions.md");
  new Setting(el)
    .setName("Questions per 1:1")
    .setDesc("How many starter questions {{questions}} picks. None repeats with a person until all were asked.")
    .addSlider((sl) =>
      sl
        .setLimits(0, 10, 1)
        .setValue(s.questionCount)
        .onChange((v) => save(host, "questionCount", v)),
    );
  new Setting(el)
    .setName("Allow a second note on the same day")
    .setDesc("Off: a new 1:1 with someone you already have a note with today opens that note. On: a new note with a suffix, like (2).")
    .addToggle((t) => t.setValue(s.allowSameDayNote).onChange((v) => save(host, "allowSameDayNote", v)));
  pathSetting(el, host, "dailyTemplate", "Daily note template", "Used to create today's daily note when the core daily notes plugin has no template. Empty: the built-in one.", "Templates/Daily note.md");
  pathSetting(el, host, "dailyFolder", "Daily notes folder", "Used when the core daily notes plugin is off.", "Daily");
  new Setting(el)
    .setName("Daily note name format")
    .setDesc("A moment.js format, used when the core daily notes plugin is off.")
    .addText((t) =>
      t
        .setValue(s.dailyFormat)
        .onChange(async (v) => {
          if (v.trim() === "") return;
          await save(host, "dailyFormat", v.trim());
        }),
    );
};
