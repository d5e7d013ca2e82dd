// A one-line text prompt: resolves with the text, or null when closed without it.
import { Modal, Setting, type App } from "obsidian";

export class TextPromptModal extends Modal {
  private value = "";
  private done = false;

  constructor(
    app: App,
    private readonly title: string,
    private readonly placeholder: string,
    private readonly submitLabel: string,
    private readonly resolve: (text: string | null) => void,
  ) {
    super(app);
  }

  onOpen(): void {
    this.setTitle(this.title);
    new Setting(this.contentEl).addText((t) => {
      t.setPlaceholder(this.placeholder).onChange((v) => (this.value = v));
      t.inputEl.addEventListener("keydown", (evt: KeyboardEvent) => {
        if (evt.key === "Enter") {
          evt.preventDefault();
          this.submit();
        }
      });
      t.inputEl.focus();
    });
    new Setting(this.contentEl).addButton((b) => b.setButtonText(this.submitLabel).setCta().onClick(() => this.submit()));
  }

  onClose(): void {
    this.contentEl.empty();
    if (!this.done) this.resolve(null);
  }

  private submit(): void {
    if (this.value.trim() === "") return;
    this.done = true;
    this.resolve(this.value.trim());
    this.close();
  }
}

export function promptText(app: App, title: string, placeholder: string, submitLabel: string): Promise<string | null> {
  return new Promise((resolve) => new TextPromptModal(app, title, placeholder, submitLabel, resolve).open());
}
