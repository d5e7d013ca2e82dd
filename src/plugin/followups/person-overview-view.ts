// The "Person overview" view: one person's overview panel in a tab; its state is the person's name, so it survives a restart.
import { FuzzySuggestModal, ItemView, type App, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Person, PersonDirectory } from "../../core/people/directory";
import type { Host } from "../host";
import type { ItemActions } from "./item-actions";
import { PersonOverviewPanel } from "./person-overview-panel";
import type { FollowupSignal } from "./signal";

export const PERSON_VIEW_TYPE = "one-on-one-person";

export class PersonOverviewView extends ItemView {
  person = "";
  panel: PersonOverviewPanel | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Host,
    private readonly signal: FollowupSignal,
    private readonly actions: ItemActions,
  ) {
    super(leaf);
    this.icon = "user";
  }

  getViewType(): string {
    return PERSON_VIEW_TYPE;
  }

  getDisplayText(): string {
    return this.person ? `Overview: ${this.person}` : "Person overview";
  }

  getState(): Record<string, unknown> {
    return { person: this.person };
  }

  async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const person = (state as { person?: unknown } | null)?.person;
    if (typeof person === "string" && person !== this.person) {
      this.person = person;
      if (this.panel) this.panel.setPerson(person);
      else this.mount();
    }
    await super.setState(state, result);
  }

  protected async onOpen(): Promise<void> {
    if (this.person) this.mount();
  }

  protected async onClose(): Promise<void> {
    if (this.panel) this.removeChild(this.panel);
    this.panel = null;
  }

  onResize(): void {
    this.panel?.redraw();
  }

  private mount(): void {
    this.panel = this.addChild(new PersonOverviewPanel(this.contentEl, this.person, this.host, this.signal, this.actions));
  }
}

/** Opens (or reuses) the overview tab for a person. */
export async function openPersonOverview(app: App, person: string): Promise<void> {
  const existing = app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0];
  const leaf = existing ?? app.workspace.getLeaf("tab");
  await leaf.setViewState({ type: PERSON_VIEW_TYPE, active: true, state: { person } });
  app.workspace.setActiveLeaf(leaf, { focus: true });
}

/** Picks a person by name or alias; the query starts as `initial` (the active note's person), so Enter picks them. */
export class PersonOverviewPicker extends FuzzySuggestModal<{ text: string; person: Person }> {
  constructor(
    app: App,
    private readonly directory: PersonDirectory,
    private readonly initial: string,
    private readonly choose: (person: Person) => void,
  ) {
    super(app);
    this.setPlaceholder("Whose overview?");
    this.emptyStateText = "No person note has that name.";
  }

  onOpen(): void {
    void super.onOpen();
    if (this.initial) {
      this.inputEl.value = this.initial;
      this.inputEl.dispatchEvent(new Event("input"));
    }
  }

  getItems(): { text: string; person: Person }[] {
    return this.directory.names();
  }

  getItemText(item: { text: string; person: Person }): string {
    return item.text === item.person.name ? item.text : `${item.text} (${item.person.name})`;
  }

  onChooseItem(item: { text: string; person: Person }): void {
    this.choose(item.person);
  }
}
