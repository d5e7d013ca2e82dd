// Obsidian's DOM and language helpers (createEl, empty, setText, addClass, Array#last, sleep, …), from obsidian.d.ts.
// A vitest setup file, and bundled into the browser harness too: no imports, no test APIs.

type Attrs = Record<string, string | number | boolean | null>;
interface ElInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Attrs;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  prepend?: boolean;
  placeholder?: string;
  href?: string;
}

function define(target: object, name: string, value: unknown, onlyIfMissing = false): void {
  if (onlyIfMissing && name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: (this: any) => unknown): void {
  Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function addClasses(el: Element, cls: string | string[]): void {
  const list = (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c !== "");
  if (list.length) el.classList.add(...list);
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === false) el.removeAttribute(k);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
}

function setText(el: Node, val: string | DocumentFragment): void {
  if (typeof val === "string") el.textContent = val;
  else {
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(val);
  }
}

function place(el: Node, parent: Node | undefined, prepend: boolean | undefined): void {
  if (!parent) return;
  if (prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
}

function createElImpl(doc: Document, tag: string, o?: ElInfo | string, callback?: (el: any) => void): HTMLElement {
  const el = doc.createElement(tag);
  const info: ElInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  if (info.cls) addClasses(el, info.cls);
  if (info.text !== undefined) setText(el, info.text);
  if (info.attr) setAttrs(el, info.attr);
  if (info.title !== undefined) el.title = info.title;
  if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
  if (info.type !== undefined && "type" in el) (el as HTMLInputElement).type = info.type;
  if (info.placeholder !== undefined && "placeholder" in el) (el as HTMLInputElement).placeholder = info.placeholder;
  if (info.href !== undefined && "href" in el) (el as HTMLAnchorElement).href = info.href;
  place(el, info.parent, info.prepend);
  callback?.(el);
  return el;
}

function createSvgImpl(doc: Document, tag: string, o?: { cls?: string | string[]; attr?: Attrs; parent?: Node; prepend?: boolean } | string, callback?: (el: any) => void): SVGElement {
  const el: SVGElement = doc.createElementNS("http://www.w3.org/2000/svg", tag);
  const info = typeof o === "string" ? { cls: o } : (o ?? {});
  if (info.cls) addClasses(el, info.cls);
  if (info.attr) setAttrs(el, info.attr);
  place(el, info.parent, info.prepend);
  callback?.(el);
  return el;
}

function docOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? document);
}

function install(): void {
  const NodeP = Node.prototype as any;
  define(NodeP, "createEl", function (this: Node, tag: string, o?: ElInfo | string, cb?: (el: any) => void) {
    const info: ElInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
    info.parent = this;
    return createElImpl(docOf(this), tag, info, cb);
  });
  define(NodeP, "createDiv", function (this: Node, o?: ElInfo | string, cb?: (el: any) => void) {
    return (this as any).createEl("div", o, cb) as HTMLDivElement;
  });
  define(NodeP, "createSpan", function (this: Node, o?: ElInfo | string, cb?: (el: any) => void) {
    return (this as any).createEl("span", o, cb) as HTMLSpanElement;
  });
  define(NodeP, "createSvg", function (this: Node, tag: string, o?: { cls?: string | string[]; attr?: Attrs; parent?: Node; prepend?: boolean } | string, cb?: (el: any) => void) {
    const info = typeof o === "string" ? { cls: o, parent: this } : { ...(o ?? {}) };
    info.parent = this;
    return createSvgImpl(docOf(this), tag, info, cb);
  });
  define(NodeP, "detach", function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(NodeP, "empty", function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(NodeP, "insertAfter", function (this: Node, node: Node, child: Node | null) {
    this.insertBefore(node, child ? child.nextSibling : this.firstChild);
    return node;
  });
  define(NodeP, "indexOf", function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(NodeP, "setChildrenInPlace", function (this: Node, children: Node[]) {
    const keep = new Set(children);
    for (const c of Array.from(this.childNodes)) if (!keep.has(c)) this.removeChild(c);
    let ref = this.firstChild;
    for (const c of children) {
      if (c === ref) ref = ref.nextSibling;
      else this.insertBefore(c, ref);
    }
  });
  define(NodeP, "appendText", function (this: Node, val: string) {
    this.appendChild(docOf(this).createTextNode(val));
  });
  define(NodeP, "instanceOf", function (this: Node, type: new () => unknown) {
    return Object.prototype.isPrototypeOf.call(type.prototype, this);
  });
  defineGetter(NodeP, "doc", function (this: Node) {
    return docOf(this);
  });
  defineGetter(NodeP, "win", function (this: Node) {
    return docOf(this).defaultView ?? window;
  });
  defineGetter(NodeP, "constructorWin", function (this: Node) {
    return docOf(this).defaultView ?? window;
  });

  const ElP = Element.prototype as any;
  define(ElP, "getText", function (this: Element) {
    return this.textContent ?? "";
  });
  define(ElP, "setText", function (this: Element, val: string | DocumentFragment) {
    setText(this, val);
  });
  define(ElP, "addClass", function (this: Element, ...classes: string[]) {
    addClasses(this, classes);
  });
  define(ElP, "addClasses", function (this: Element, classes: string[]) {
    addClasses(this, classes);
  });
  define(ElP, "removeClass", function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes.filter(Boolean));
  });
  define(ElP, "removeClasses", function (this: Element, classes: string[]) {
    this.classList.remove(...classes.filter(Boolean));
  });
  define(ElP, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
    for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
  });
  define(ElP, "hasClass", function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(ElP, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
    setAttrs(this, { [name]: value });
  });
  define(ElP, "setAttrs", function (this: Element, obj: Attrs) {
    setAttrs(this, obj);
  });
  define(ElP, "getAttr", function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(ElP, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
    const el = this.closest(selector);
    if (!el || (lastParent && (el === lastParent || !lastParent.contains(el)))) return null;
    return el;
  });
  define(ElP, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
    return getComputedStyle(this, pseudo).getPropertyValue(property);
  });
  define(ElP, "isActiveElement", function (this: Element) {
    return docOf(this).activeElement === this;
  });
  define(ElP, "find", function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(ElP, "findAll", function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(ElP, "findAllSelf", function (this: Element, selector: string) {
    const all = Array.from(this.querySelectorAll(selector));
    return this.matches(selector) ? [this, ...all] : all;
  });
  for (const P of [DocumentFragment.prototype as any]) {
    define(P, "find", function (this: DocumentFragment, selector: string) {
      return this.querySelector(selector);
    });
    define(P, "findAll", function (this: DocumentFragment, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    });
  }

  const HP = HTMLElement.prototype as any;
  define(HP, "show", function (this: HTMLElement) {
    this.style.display = "";
  });
  define(HP, "hide", function (this: HTMLElement) {
    this.style.display = "none";
  });
  define(HP, "toggle", function (this: HTMLElement, show: boolean) {
    this.style.display = show ? "" : "none";
  });
  define(HP, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
    this.style.visibility = visible ? "" : "hidden";
  });
  define(HP, "isShown", function (this: HTMLElement) {
    if (!this.isConnected) return false;
    return this.closest<HTMLElement>("[style*='display: none']") === null;
  });
  const cssStyles = function (this: HTMLElement | SVGElement, styles: Partial<CSSStyleDeclaration>) {
    Object.assign(this.style, styles);
  };
  const cssProps = function (this: HTMLElement | SVGElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  };
  define(HP, "setCssStyles", cssStyles);
  define(HP, "setCssProps", cssProps);
  define(SVGElement.prototype, "setCssStyles", cssStyles);
  define(SVGElement.prototype, "setCssProps", cssProps);
  defineGetter(HP, "innerWidth", function (this: HTMLElement) {
    return this.clientWidth;
  });
  defineGetter(HP, "innerHeight", function (this: HTMLElement) {
    return this.clientHeight;
  });

  // Delegated events: el.on("click", ".selector", listener).
  type Listener = (this: unknown, ev: Event, delegateTarget: Element) => unknown;
  type Info = { selector: string; listener: Listener; options?: boolean | AddEventListenerOptions; callback: EventListener };
  const on = function (this: HTMLElement | Document, type: string, selector: string, listener: Listener, options?: boolean | AddEventListenerOptions) {
    const self = this as any;
    self._EVENTS ??= {};
    const list: Info[] = (self._EVENTS[type] ??= []);
    if (list.some((i) => i.selector === selector && i.listener === listener && i.options === options)) return;
    const callback = (evt: Event) => {
      const target = evt.target as Element | null;
      const match = target && typeof target.closest === "function" ? target.closest(selector) : null;
      if (match && (this === match || (this as Node).contains(match))) listener.call(this, evt, match);
    };
    list.push({ selector, listener, options, callback });
    this.addEventListener(type, callback, options);
  };
  const off = function (this: HTMLElement | Document, type: string, selector: string, listener: Listener, options?: boolean | AddEventListenerOptions) {
    const self = this as any;
    const list: Info[] | undefined = self._EVENTS?.[type];
    if (!list) return;
    for (const i of list.filter((x) => x.selector === selector && x.listener === listener && x.options === options)) {
      this.removeEventListener(type, i.callback, options);
      list.splice(list.indexOf(i), 1);
    }
  };
  define(HP, "on", on);
  define(HP, "off", off);
  define(Document.prototype, "on", on);
  define(Document.prototype, "off", off);
  define(HP, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
    this.addEventListener("click", listener as EventListener, options);
    this.addEventListener("auxclick", listener as EventListener, options);
  });
  // Obsidian fires the listener each time the node is put into the page (a CSS animation's start), not only the first.
  const inserted = new Set<{ el: HTMLElement; connected: boolean; check: () => void }>();
  let insertWatcher: MutationObserver | null = null;
  define(HP, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
    const entry = {
      el: this,
      connected: false,
      check: () => {
        const now = entry.el.isConnected;
        if (now && !entry.connected) {
          listener();
          if (once) inserted.delete(entry);
        }
        entry.connected = now;
      },
    };
    inserted.add(entry);
    insertWatcher ??= new MutationObserver(() => {
      for (const e of [...inserted]) e.check();
    });
    insertWatcher.observe(document, { childList: true, subtree: true });
    queueMicrotask(() => inserted.has(entry) && entry.check());
    return () => {
      inserted.delete(entry);
    };
  });
  define(HP, "onWindowMigrated", function () {
    return () => {};
  });
  define(HP, "trigger", function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
  });

  const UIP = UIEvent.prototype as any;
  defineGetter(UIP, "targetNode", function (this: UIEvent) {
    return this.target instanceof Node ? this.target : null;
  });
  defineGetter(UIP, "win", function (this: UIEvent) {
    return this.view ?? window;
  });
  defineGetter(UIP, "doc", function (this: UIEvent) {
    return (this.view ?? window).document;
  });
  define(UIP, "instanceOf", function (this: UIEvent, type: new (...a: any[]) => unknown) {
    return Object.prototype.isPrototypeOf.call(type.prototype, this);
  });

  // Language helpers declared global by obsidian.d.ts.
  const AP = Array.prototype as any;
  define(AP, "first", function (this: unknown[]) {
    return this[0];
  });
  define(AP, "last", function (this: unknown[]) {
    return this[this.length - 1];
  });
  define(AP, "contains", function (this: unknown[], target: unknown) {
    return this.includes(target);
  });
  define(AP, "remove", function (this: unknown[], target: unknown) {
    for (let i = this.indexOf(target); i !== -1; i = this.indexOf(target)) this.splice(i, 1);
  });
  define(AP, "shuffle", function (this: unknown[]) {
    for (let i = this.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [this[i], this[j]] = [this[j], this[i]];
    }
    return this;
  });
  define(AP, "unique", function (this: unknown[]) {
    return Array.from(new Set(this));
  });
  define(
    AP,
    "findLastIndex",
    function (this: unknown[], predicate: (v: unknown) => boolean) {
      for (let i = this.length - 1; i >= 0; i--) if (predicate(this[i])) return i;
      return -1;
    },
    true,
  );
  define(Array, "combine", (arrays: unknown[][]) => ([] as unknown[]).concat(...arrays));
  define(Object, "isEmpty", (o: Record<string, unknown>) => Object.keys(o).length === 0);
  define(Object, "each", (o: Record<string, unknown>, cb: (v: unknown, k?: string) => boolean | void, ctx?: unknown) => {
    for (const k of Object.keys(o)) if (cb.call(ctx, o[k], k) === false) return false;
    return true;
  });
  define(Math, "clamp", (v: number, min: number, max: number) => Math.min(max, Math.max(min, v)));
  define(Math, "square", (v: number) => v * v);
  define(String, "isString", (o: unknown) => typeof o === "string");
  define(Number, "isNumber", (o: unknown) => typeof o === "number");
  define(String.prototype, "contains", function (this: string, target: string) {
    return this.includes(target);
  });
  define(String.prototype, "format", function (this: string, ...args: string[]) {
    return this.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? args[Number(i)] : m));
  });

  const g = globalThis as any;
  g.createEl = (tag: string, o?: ElInfo | string, cb?: (el: any) => void) => createElImpl(document, tag, o, cb);
  g.createDiv = (o?: ElInfo | string, cb?: (el: any) => void) => createElImpl(document, "div", o, cb);
  g.createSpan = (o?: ElInfo | string, cb?: (el: any) => void) => createElImpl(document, "span", o, cb);
  g.createSvg = (tag: string, o?: any, cb?: (el: any) => void) => createSvgImpl(document, tag, o, cb);
  g.createFragment = (cb?: (el: DocumentFragment) => void) => {
    const f = document.createDocumentFragment();
    cb?.(f);
    return f;
  };
  g.fish = (selector: string) => document.querySelector(selector);
  g.fishAll = (selector: string) => Array.from(document.querySelectorAll(selector));
  g.isBoolean = (o: unknown) => typeof o === "boolean";
  g.ready = (fn: () => unknown) => {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", () => fn(), { once: true });
  };
  g.sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  g.nextFrame = () => new Promise<void>((r) => (typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => r()) : setTimeout(r, 16)));
  g.activeWindow = window;
  g.activeDocument = document;
  (window as any).activeWindow = window;
  (window as any).activeDocument = document;
  (window as any).sleep = g.sleep;
  (window as any).nextFrame = g.nextFrame;
}

// Node-environment test files (e.g. the Chromium e2e driver) have no DOM to extend.
if (typeof Node !== "undefined" && typeof window !== "undefined") install();

export {};
