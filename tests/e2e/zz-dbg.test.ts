// @vitest-environment node
import { it } from "vitest";
import { exampleCorePlugins, exampleSettings, exampleVault, openBrowser, startHost } from "./harness";
it("dbg", async () => {
  const b = await openBrowser();
  const h = await startHost({ browser: b, files: exampleVault(), pluginData: exampleSettings(), corePlugins: exampleCorePlugins(), now: "2026-11-25T10:00:00" }); console.log(await h.page.evaluate(() => new Date().toString()));
  const page = h.page;
  page.setDefaultTimeout(4000);
  await h.page.evaluate(() => host.layoutReady());
  console.log(await page.evaluate(async (p) => {
      await host.openFile(p);
      const v = host.showInEditor(true);
      host.cm.lint.forceLinting(v);
      return [host.app.fake.editorExtensions.length, v.state.doc.length];
    }, "Drafts/Jordan - Saturday restart (draft).md"));
  await page.waitForTimeout(1000);
  console.log(await page.evaluate(() => [document.querySelectorAll(".cm-lintRange").length, host.cm.lint.diagnosticCount(host.editor.state), host.errors()]));
  const range = page.locator(".cm-lintRange", { hasText: "Why didn't you" });
  console.log("count", await range.count(), await page.locator(".cm-lintRange").allTextContents());
  await range.first().hover();
  await page.waitForTimeout(800);
  console.log("tooltips", await page.locator(".cm-tooltip").count(), await page.locator(".cm-tooltip-lint").allTextContents());
  console.log(await page.locator(".cm-diagnosticAction").evaluateAll(els => els.map(e => e.outerHTML)));
  console.log(await page.locator(".cm-tooltip-lint").evaluate((el) => { const out = []; let e = el; while (e) { out.push(e.tagName + "." + e.className); e = e.parentElement; } const cs = getComputedStyle(el); return [out, cs.position, cs.left, cs.maxWidth, cs.backgroundColor, el.getAttribute("style")]; }));
  await h.screenshot("dbg");
  await h.close();
  await b.close();
}, 60000);
