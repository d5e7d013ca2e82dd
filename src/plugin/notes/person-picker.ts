// The person picker: fuzzy search over people's names and aliases; a new name offers to create the person note.
import { FuzzySuggestModal, normalizePath, type App, type FuzzyMatch } from "obsidian";
import { personFromNote, type Person, type PersonDirectory } from "../../core/people/directory";
import { safeName } from "../../core/templates/paths";
import { peopleFolderOf } from "./people-folder";
import { createIfAbsent } from "./vault-io";

type PickerItem = { kind: "person"; text: string; person: Person } | { kind: "create"; name: string };

/** A new person note: empty `aliases` and `cadence` to fill in, and the topics queue. */
export function newPersonNoteText(name: string): string {
  return `---\naliases: []\ncadence:\n---\n# ${name}\n\n## Next 1:1\n`;
}

export class PersonPickerModal extends FuzzySuggestModal<PickerItem> {
  private chosen = false;

  constructor(
    app: App,
    private readonly directory: PersonDirectory,
    placeholder: string,
    private readonly resolve: (item: PickerItem | null) => void,
    peopleFolder = "",
  ) {
    super(app);
    this.setPlaceholder(placeholder);
    // Says where the note goes: with no people yet (most vaults), this line is all the picker shows.
    const folder = peopleFolderOf(peopleFolder);
    this.emptyStateText = `Type a name to create a person note in ${folder ? `“${folder}”` : "the vault"}.`;
  }

  getItems(): PickerItem[] {
    return this.directory.names().map((n) => ({ kind: "person", text: n.text, person: n.person }));
  }

  getItemText(item: PickerItem): string {
    if (item.kind === "create") return `Create person note: ${item.name}`;
    return item.text === item.person.name ? item.text : `${item.text} (${item.person.name})`;
  }

  getSuggestions(query: string): FuzzyMatch<PickerItem>[] {
    const found = super.getSuggestions(query);
    const name = query.trim();
    if (name !== "" && this.directory.resolve(name) === null) found.push({ item: { kind: "create", name }, match: { score: -1e9, matches: [] } });
    return found;
  }

  onChooseItem(item: PickerItem): void {
    this.chosen = true;
    this.resolve(item);
  }

  onClose(): void {
    // Obsidian closes the modal before reporting the choice (synchronously): decide after that.
    void Promise.resolve().then(() => {
      if (!this.chosen) this.resolve(null);
    });
  }
}

/** Asks for a person; a new name creates `<people folder>/<safe name>.md` (or uses the note already there). */
export async function pickPerson(app: App, directory: PersonDirectory, peopleFolder: string, placeholder: string): Promise<Person | null> {
  const item = await new Promise<PickerItem | null>((resolve) => new PersonPickerModal(app, directory, placeholder, resolve, peopleFolder).open());
  if (item === null) return null;
  if (item.kind === "person") return item.person;
  const folder = peopleFolderOf(peopleFolder);
  const name = safeName(item.name);
  const path = normalizePath(folder ? `${folder}/${name}.md` : `${name}.md`);
  const { file } = await createIfAbsent(app, path, newPersonNoteText(name));
  return personFromNote(file.path, await app.vault.cachedRead(file), folder);
}
