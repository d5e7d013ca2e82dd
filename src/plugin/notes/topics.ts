// "Add topic for next 1:1…": a person, then the selection or a prompt; appended under `## Next 1:1` with vault.process.
import { MarkdownView, Notice } from "obsidian";
import { appendTopic } from "../../core/people/topics";
import type { Host } from "../host";
import { pickPerson } from "./person-picker";
import { promptText } from "./prompt-modal";
import { fileAt } from "./vault-io";

export async function addTopicForNextOneOnOne(host: Host): Promise<void> {
  const { app } = host;
  const editor = app.workspace.getActiveViewOfType(MarkdownView)?.editor;
  const selection = editor?.somethingSelected() ? editor.getSelection().trim() : "";
  await host.actions.whenReady();
  const person = await pickPerson(app, host.actions.directory(), host.settings.peopleFolder, "Whose next 1:1 is this topic for?");
  if (!person) return;
  const topic = selection || (await promptText(app, `Topic for the next 1:1 with ${person.name}`, "What do you want to raise?", "Add topic"));
  if (!topic) return;
  const file = fileAt(app, person.path);
  if (!file) {
    new Notice(`The person note ${person.path} was not found.`);
    return;
  }
  await app.vault.process(file, (text) => appendTopic(text, topic));
  new Notice(`Topic added for the next 1:1 with ${person.name}.`);
}
