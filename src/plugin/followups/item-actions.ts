// What a row can do to its item: each is one pure line edit through the one note writer, or a jump to the note.
import { Menu, Notice, TFile } from "obsidian";
import { cancelItem, completeItem, delegateItem, forwardItem, rescheduleItem, uncompleteItem, type EditOptions } from "../../core/actions/edits";
import type { ResolvedItem } from "../../core/followups/types";
import { editOptions } from "../../settings";
import { addDays } from "../../core/markdown/iso-day";
import { noticeIfNotRepeated } from "../actions/repeat-notice";
import { writeItem, type ItemEdit } from "../actions/write-item";
import { jumpToLine } from "../note-actions";
import type { Host } from "../host";
import { pickPerson } from "../notes/person-picker";
import { pickDate } from "./date-modal";

export class ItemActions {
  constructor(private readonly host: Host) {}

  private options(): EditOptions {
    return editOptions(this.host.settings);
  }

  private today(): string {
    return this.host.actions.today();
  }

  /** Writes one edit; true when written (a refusal was already told and the note re-indexed). */
  async apply(item: ResolvedItem, edit: ItemEdit): Promise<boolean> {
    return (await writeItem(this.host, this.host.actions, item, edit)).ok;
  }

  /** Completes the item; a repeating one gets its next occurrence above it (or the user is told why not). */
  async complete(item: ResolvedItem): Promise<boolean> {
    const r = await writeItem(this.host, this.host.actions, item, (t, at) => completeItem(t, at, this.today(), this.options()));
    noticeIfNotRepeated(r);
    return r.ok;
  }

  uncomplete(item: ResolvedItem): Promise<boolean> {
    return this.apply(item, (t, at) => uncompleteItem(t, at, this.today(), this.options()));
  }

  cancel(item: ResolvedItem): Promise<boolean> {
    return this.apply(item, (t, at) => cancelItem(t, at, this.today(), this.options()));
  }

  forward(item: ResolvedItem): Promise<boolean> {
    return this.apply(item, (t, at) => forwardItem(t, at, this.today(), this.options()));
  }

  reschedule(item: ResolvedItem, due: string): Promise<boolean> {
    return this.apply(item, (t, at) => rescheduleItem(t, at, this.today(), due, this.options()));
  }

  /** Asks for a date (starting from the item's due date, else tomorrow) and reschedules to it. */
  async rescheduleAsk(item: ResolvedItem, title = "Reschedule to"): Promise<boolean> {
    const date = await pickDate(this.host.app, title, item.due ?? addDays(this.today(), 1) ?? this.today());
    return date === null ? false : this.reschedule(item, date);
  }

  /** Asks who should do it (the person picker) and writes them as the owner. */
  async delegate(item: ResolvedItem): Promise<boolean> {
    const { app, settings } = this.host;
    const person = await pickPerson(app, this.host.actions.directory(), settings.peopleFolder, "Delegate to…");
    return person === null ? false : this.apply(item, (t, at) => delegateItem(t, at, this.today(), person.name, this.options()));
  }

  /** Opens the note with the cursor on the item's line. */
  open(item: ResolvedItem): void {
    const file = this.host.app.vault.getFileByPath(item.path);
    if (file) jumpToLine(this.host.app, file, item.line);
    else new Notice(`${item.path} no longer exists.`);
  }

  async copyLink(item: ResolvedItem): Promise<void> {
    const file = this.host.app.vault.getAbstractFileByPath(item.path);
    if (!(file instanceof TFile)) return;
    const link = this.host.app.fileManager.generateMarkdownLink(file, "", item.blockId ? `#^${item.blockId}` : undefined);
    try {
      await navigator.clipboard.writeText(link);
      new Notice(`Copied ${link}`);
    } catch {
      new Notice("Could not write to the clipboard.");
    }
  }

  /** The row's menu: from a right click, a long press, or the row's "More" button. */
  menu(item: ResolvedItem, evt: MouseEvent): void {
    const today = this.today();
    const menu = new Menu();
    if (item.isOpen) {
      menu.addItem((i) => i.setTitle("Complete").setIcon("check").onClick(() => void this.complete(item)));
      menu.addItem((i) => i.setTitle("Cancel").setIcon("x").onClick(() => void this.cancel(item)));
      menu.addSeparator();
      menu.addItem((i) => i.setTitle("Reschedule to tomorrow").setIcon("calendar-plus").onClick(() => void this.reschedule(item, addDays(today, 1) ?? today)));
      menu.addItem((i) => i.setTitle("Reschedule to next week").setIcon("calendar-range").onClick(() => void this.reschedule(item, addDays(today, 7) ?? today)));
      menu.addItem((i) => i.setTitle("Reschedule to a date…").setIcon("calendar").onClick(() => void this.rescheduleAsk(item)));
      menu.addItem((i) => i.setTitle("Forward").setIcon("forward").onClick(() => void this.forward(item)));
      menu.addItem((i) => i.setTitle("Delegate to…").setIcon("user-plus").onClick(() => void this.delegate(item)));
    } else if (item.state === "done") {
      menu.addItem((i) => i.setTitle("Mark as not done").setIcon("rotate-ccw").onClick(() => void this.uncomplete(item)));
    }
    menu.addSeparator();
    menu.addItem((i) => i.setTitle("Open source note").setIcon("file-text").onClick(() => this.open(item)));
    menu.addItem((i) => i.setTitle("Copy link").setIcon("link").onClick(() => void this.copyLink(item)));
    menu.showAtMouseEvent(evt);
  }
}
