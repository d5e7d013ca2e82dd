// Notice: shown in a container on the page and recorded so tests can assert every message.

/** Every notice message shown since the last clearNotices(), in order (setMessage updates the entry). */
export const notices: string[] = [];
/** The Notice objects behind `notices`, same order. */
export const noticeInstances: Notice[] = [];

export function clearNotices(): void {
  notices.length = 0;
  noticeInstances.length = 0;
}

function textOf(message: string | DocumentFragment): string {
  return typeof message === "string" ? message : (message.textContent ?? "");
}

function container(): HTMLElement {
  let el = document.body.querySelector<HTMLElement>(":scope > .notice-container");
  if (!el) {
    el = document.createElement("div");
    el.className = "notice-container";
    document.body.appendChild(el);
  }
  return el;
}

export class Notice {
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  /** Fake-internal: the duration asked for (Obsidian's default is 5 s; the fake never hides on its own). */
  readonly duration: number | undefined;
  private readonly index: number;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.duration = duration;
    this.containerEl = document.createElement("div");
    this.containerEl.className = "notice";
    this.messageEl = document.createElement("div");
    this.messageEl.className = "notice-message";
    this.containerEl.appendChild(this.messageEl);
    this.noticeEl = this.messageEl;
    container().appendChild(this.containerEl);
    this.index = notices.length;
    notices.push("");
    noticeInstances.push(this);
    this.setMessage(message);
  }

  setMessage(message: string | DocumentFragment): this {
    while (this.messageEl.firstChild) this.messageEl.removeChild(this.messageEl.firstChild);
    if (typeof message === "string") this.messageEl.textContent = message;
    else this.messageEl.appendChild(message.cloneNode(true));
    if (noticeInstances[this.index] === this) notices[this.index] = textOf(message);
    return this;
  }

  hide(): void {
    this.containerEl.remove();
  }
}
