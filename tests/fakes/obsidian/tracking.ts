// Counts live window/document listeners and intervals, so tests can prove a plugin released them.

interface Live {
  listeners: Set<string>;
  intervals: Set<number>;
}

const live: Live = { listeners: new Set(), intervals: new Set() };
let installed = false;
const keyOf = new WeakMap<object, number>();
let nextKey = 0;

function idOf(o: object): number {
  let k = keyOf.get(o);
  if (k === undefined) keyOf.set(o, (k = ++nextKey));
  return k;
}

function capture(options?: boolean | AddEventListenerOptions): boolean {
  return typeof options === "boolean" ? options : !!options?.capture;
}

/** Wraps add/removeEventListener on window and document, and set/clearInterval on window (idempotent). */
export function installTracking(): void {
  if (installed || typeof window === "undefined") return;
  installed = true;
  for (const [name, target] of [
    ["window", window],
    ["document", document],
  ] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      if (listener) live.listeners.add(`${name}:${type}:${idOf(listener)}:${capture(options)}`);
      if (listener) add(type, listener, options);
    }) as typeof target.addEventListener;
    target.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      if (listener) live.listeners.delete(`${name}:${type}:${idOf(listener)}:${capture(options)}`);
      if (listener) remove(type, listener, options);
    }) as typeof target.removeEventListener;
  }
  const setI = window.setInterval.bind(window);
  const clearI = window.clearInterval.bind(window);
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setI(handler, timeout, ...args);
    live.intervals.add(Number(id));
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.intervals.delete(Number(id));
    clearI(id);
  }) as typeof window.clearInterval;
}

export function liveDomListeners(): number {
  return live.listeners.size;
}

export function liveIntervals(): number {
  return live.intervals.size;
}
