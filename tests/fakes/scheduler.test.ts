// flush() runs deferred Obsidian work under fake timers, and waits for plugin work that yields with setTimeout.
import { afterEach, expect, it, vi } from "vitest";
import { createTestApp, type TestApp } from "./obsidian";

let t: TestApp;
afterEach(() => t?.dispose());
it("flush under fake timers does not hang and runs metadata events", async () => {
  vi.useFakeTimers();
  try {
    t = createTestApp({ files: { "a.md": "x" } });
    let n = 0;
    t.metadataCache.on("changed", () => n++);
    await t.vault.modify(t.file("a.md"), "- [ ] y");
    await t.flush();
    expect(n).toBe(1);
  } finally {
    vi.useRealTimers();
  }
});
it("flush waits for work that yields with setTimeout", async () => {
  t = createTestApp({ files: { "a.md": "x" } });
  let done = false;
  t.vault.on("modify", async () => {
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    done = true;
  });
  await t.vault.modify(t.file("a.md"), "y");
  await t.flush();
  expect(done).toBe(true);
});
