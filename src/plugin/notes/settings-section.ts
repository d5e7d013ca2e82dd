// Settings for 1:1 notes (where they go, template, questions) and for daily notes (template and the fallback folder and format).
import { Setting, requireApiVersion } from "obsidian";
import type { SettingsSection } from "../settings-tab";
import type { Host } from "../host";
import { addPathField, commitOnPause, type PathKind } from "../settings/path-field";
import { save } from "../settings/you-and-people";

type PathKey = "noteTemplate" | "dailyTemplate" | "questionBank" | "dailyFolder";

/** A note or folder setting with suggestions, a "does not exist" hint, and empty for "use the default". */
function pathSetting(el: HTMLElement, host: Host, key: PathKey, kind: PathKind, name: string, desc: string, placeholder: string): void {
  const setting = new Setting(el).setName(name).setDesc(desc);
  addPathField(setting, host.app, { kind, placeholder, value: host.settings[key], save: (v) => save(host, key, v) });
}

/** A text setting saved after a pause or on blur; an empty field keeps the last value. */
function textSetting(el: HTMLElement, host: Host, key: "notePathPattern" | "dailyFormat", name: string, desc: string, placeholder: string): void {
  new Setting(el)
    .setName(name)
    .setDesc(desc)
    .addText((t) => {
      t.setPlaceholder(placeholder).setValue(host.settings[key]);
      commitOnPause(t, (v) => {
        if (v.trim() !== "" && v.trim() !== host.settings[key]) void save(host, key, v.trim());
      });
    });
}

/** Obsidian 1.13 shows a slider's value beside it; older versions show it only while dragging, so add a label there. */
export function sliderValueLabel(setting: Setting, value: number, shownByObsidian = requireApiVersion("1.13.0")): HTMLElement | null {
  return shownByObsidian ? null : setting.controlEl.createSpan({ cls: "one-on-one-slider-value", text: String(value) });
}

export const noteSettings: SettingsSection = (el, host) => {
  const s = host.settings;
  textSetting(el, host, "notePathPattern", "1:1 note path", "Where a new 1:1 note goes. Variables: {{person}}, {{date:FORMAT}}. Notes are found by their frontmatter, so moving them later is fine.", "Example: 1-1s/{{person}}/{{date:YYYY-MM-DD}}.md");
  pathSetting(el, host, "noteTemplate", "note", "1:1 template", 'A note used as the template of new 1:1 notes. Empty: the built-in one ("Create default templates" writes it for editing).', "Example: Templates/1-1 note.md");
  pathSetting(el, host, "questionBank", "note", "Question bank", "A note whose list items are starter questions. Empty: the built-in questions.", "Example: Templates/1-1 questions.md");
  const questions = new Setting(el).setName("Questions per 1:1").setDesc("How many starter questions {{questions}} picks. None repeats with a person until all were asked.");
  const shown = sliderValueLabel(questions, s.questionCount);
  questions.addSlider((sl) =>
    sl
      .setLimits(0, 10, 1)
      .setValue(s.questionCount)
      .onChange((v) => {
        shown?.setText(String(v));
        return save(host, "questionCount", v);
      }),
  );
  new Setting(el)
    .setName("Allow a second note on the same day")
    .setDesc("Off: a new 1:1 with someone you already have a note with today opens that note. On: a new note with a suffix, like (2).")
    .addToggle((t) => t.setValue(s.allowSameDayNote).onChange((v) => save(host, "allowSameDayNote", v)));
};

export const dailyNoteSettings: SettingsSection = (el, host) => {
  pathSetting(el, host, "dailyTemplate", "note", "Daily note template", "Used to create today's daily note when the core daily notes plugin has no template. Empty: the built-in one.", "Example: Templates/Daily note.md");
  pathSetting(el, host, "dailyFolder", "folder", "Daily notes folder", "Used when the core daily notes plugin is off.", "Example: Daily");
  textSetting(el, host, "dailyFormat", "Daily note name format", "A moment.js format, used when the core daily notes plugin is off.", "Example: YYYY-MM-DD");
};
