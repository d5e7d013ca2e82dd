// Events and Component as Obsidian implements them: ordered listeners, offref, recursive load/unload.

/** Opaque handle returned by `Events.on`; `registerEvent` uses it to detach the listener on unload. */
export interface EventRef {
  e: Events;
  name: string;
  fn: (...data: unknown[]) => unknown;
  ctx?: unknown;
}

/** Errors thrown by listeners; Obsidian rethrows them asynchronously, the fake also keeps them here. */
export const listenerErrors: unknown[] = [];

export class Events {
  private _: Record<string, EventRef[]> = {};

  on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef {
    const ref: EventRef = { e: this, name, fn: callback, ctx };
    (this._[name] ??= []).push(ref);
    return ref;
  }

  off(name: string, callback: (...data: any[]) => unknown): void {
    const list = this._[name];
    if (!list) return;
    this._[name] = list.filter((r) => r.fn !== callback);
    if (this._[name].length === 0) delete this._[name];
  }

  offref(ref: EventRef): void {
    const list = this._[ref.name];
    if (!list) return;
    this._[ref.name] = list.filter((r) => r !== ref);
    if (this._[ref.name].length === 0) delete this._[ref.name];
  }

  trigger(name: string, ...data: unknown[]): void {
    const list = this._[name];
    if (!list) return;
    for (const ref of list.slice()) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    try {
      evt.fn.apply(evt.ctx, args);
    } catch (e) {
      listenerErrors.push(e);
      // Obsidian rethrows on a timer, so a listener's bug never stops the other listeners.
      setTimeout(() => {
        throw e;
      }, 0);
    }
  }

  /** Test helper: live listeners, per event name or in total. */
  listenerCount(name?: string): number {
    if (name !== undefined) return this._[name]?.length ?? 0;
    return Object.values(this._).reduce((n, l) => n + l.length, 0);
  }
}

export class Component {
  _loaded = false;
  _events: (() => unknown)[] = [];
  _children: Component[] = [];
  /** Fake-internal: the promise an async onload returned (loadPlugin awaits it). */
  _onloadResult: unknown = undefined;

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this._onloadResult = this.onload();
    for (const child of this._children.slice()) child.load();
  }

  onload(): void | Promise<void> {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this._children.length > 0) this._children.pop()!.unload();
    while (this._events.length > 0) this._events.pop()!();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(component: T): T {
    this._children.push(component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const i = this._children.indexOf(component);
    if (i !== -1) {
      this._children.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this._events.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => eventRef.e.offref(eventRef));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: any) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, callback as EventListener, options);
    this.register(() => el.removeEventListener(type, callback as EventListener, options));
  }

  registerInterval(id: number): number {
    this.register(() => window.clearInterval(id));
    return id;
  }
}
