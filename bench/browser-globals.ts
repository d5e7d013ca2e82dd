// Browser globals (happy-dom's window) for the benchmarks that run the plugin in the fake host the tests own.
import { runInThisContext } from "node:vm";

let installed: Promise<void> | null = null;

/** Gives this Node process the browser globals the fake host and the plugin use (happy-dom's window), once: every benchmark shares one window. */
export function browserGlobals(): Promise<void> {
  installed ??= install();
  return installed;
}

async function install(): Promise<void> {
  const { Window } = await import("happy-dom");
  const win = new Window({ url: "http://localhost/" }) as unknown as Record<string, unknown>;
  // Node's global object (no popout window here): the fake host reads `window` and `document` from it.
  const g = runInThisContext("this") as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (!(key in g)) Object.defineProperty(g, key, { value: win[key], configurable: true, writable: true });
  }
  g.window = win;
  g.document = win.document;
  await import("../tests/fakes/dom-helpers");
}
