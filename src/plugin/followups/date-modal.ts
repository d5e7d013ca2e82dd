// "Pick a date": a modal with the platform's date input; resolves with YYYY-MM-DD, or null when closed without one.
import { Modal, Setting, type App } from "obsidian";

class DateModal extends Modal {
  private value: string;
  private done = false;

  constructor(
    app: App,
    private readonly title: string,
    initial: string,
    private readonly resolve: (date: string | null) => void,
  ) {
    super(app);
    this.value = initial;
  }

  onOpen(): void {
    this.setTitle(this.title);
    new Setting(this.contentEl).setName("Date").addText((t) => {
      t.inputEl.type = "date";
      t.setValue(this.value).onChange((v) => (this.value = v));
      t.inputEl.addEventListener("keydown", (evt: KeyboardEvent) => {
        if (evt.key === "Enter") {
          evt.preventDefault();
          this.submit();
        }
      });
    });
    new Setting(this.contentEl).addButton((b) => b.setButtonText("Set date").setCta().onClick(() => this.submit()));
  }

  onClose(): void {
    this.contentEl.empty();
    if (!this.done) this.resolve(null);
  }

  private submit(): void {
    if (!/^\d{4}-\d\d-\d\d$/.test(this.value)) return;
    this.done = true;
    this.resolve(this.value);
    this.close();
  }
}

export function pickDate(app: App, title: string, initial: string): Promise<string | null> {
  return new Promise((resolve) => new DateModal(app, title, initial, resolve).open());
}
