// MarkdownRenderChild and MarkdownRenderer: a plain renderer that still runs registered code block processors.
import { Component } from "./events";
import type { App } from "./app";

export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

export interface MarkdownSectionInformation {
  text: string;
  lineStart: number;
  lineEnd: number;
}

export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: any;
  addChild(child: MarkdownRenderChild): void;
  getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

export type MarkdownPostProcessor = ((el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<any> | void) & { sortOrder?: number };

let docIds = 0;

/** Builds the context Obsidian passes to processors; `section` locates the block in the source note. */
export function makeContext(app: App, sourcePath: string, component: Component, section: MarkdownSectionInformation | null): MarkdownPostProcessorContext {
  const file = app.vault.getFileByPath(sourcePath);
  return {
    docId: `doc-${++docIds}`,
    sourcePath,
    frontmatter: file ? (app.metadataCache.getFileCache(file)?.frontmatter ?? null) : null,
    addChild: (child) => {
      component.addChild(child);
    },
    getSectionInfo: () => section,
  };
}

/**
 * Inline Markdown as Obsidian's reading view renders it (the parts plugins rely on): `[[target|alias]]` → an
 * `a.internal-link` with `data-href`, `#tag` → `a.tag`, `` `code` ``; everything else stays text (never HTML).
 * obsidian.d.ts, MarkdownRenderer.render: "sourcePath - the normalized path of this Markdown file, used to resolve
 * relative internal links", i.e. links are rendered as links; the class names are those of Obsidian's rendered DOM.
 */
function inline(parent: HTMLElement, text: string): void {
  const re = /\[\[([^\]|#]+)(#[^\]|]*)?(?:\|([^\]]+))?\]\]|(?<![\w#])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)|`([^`]+)`/gu;
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > at) parent.appendChild(document.createTextNode(text.slice(at, m.index)));
    if (m[1] !== undefined) {
      const a = parent.appendChild(document.createElement("a"));
      const href = m[1] + (m[2] ?? "");
      a.className = "internal-link";
      a.setAttribute("data-href", href);
      a.setAttribute("href", href);
      a.textContent = m[3] ?? href;
    } else if (m[4] !== undefined) {
      const a = parent.appendChild(document.createElement("a"));
      a.className = "tag";
      a.setAttribute("href", `#${m[4]}`);
      a.textContent = `#${m[4]}`;
    } else parent.appendChild(document.createElement("code")).textContent = m[5];
    at = m.index + m[0].length;
  }
  if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
}

export abstract class MarkdownRenderer extends MarkdownRenderChild {
  static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    const app = (globalThis as { __fakeObsidianApp?: App }).__fakeObsidianApp;
    if (!app) throw new Error("MarkdownRenderer.renderMarkdown needs a test app (createTestApp)");
    await MarkdownRenderer.render(app, markdown, el, sourcePath, component);
  }

  /** Headings, list items (task checkboxes), paragraphs and fenced blocks; text only, never HTML. */
  static async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    const lines = markdown.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const fence = /^\s*(```+|~~~+)\s*([^\s`]*)/.exec(line);
      if (fence) {
        const body: string[] = [];
        let j = i + 1;
        while (j < lines.length && !lines[j].trim().startsWith(fence[1])) body.push(lines[j++]);
        const lang = fence[2];
        const handler = app.markdownProcessors.codeBlocks.get(lang);
        const block = document.createElement("div");
        el.appendChild(block);
        if (handler) {
          block.className = `block-language-${lang}`;
          await handler(body.join("\n") + "\n", block, makeContext(app, sourcePath, component, { text: markdown, lineStart: i, lineEnd: j }));
        } else {
          const pre = block.appendChild(document.createElement("pre"));
          pre.appendChild(document.createElement("code")).textContent = body.join("\n");
        }
        i = j;
        continue;
      }
      if (line.trim() === "") continue;
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      const item = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[(.)\]\s)?(.*)$/.exec(line);
      if (heading) el.appendChild(document.createElement(`h${heading[1].length}`)).textContent = heading[2];
      else if (item) {
        const li = el.appendChild(document.createElement("li"));
        if (item[1] !== undefined) {
          li.className = "task-list-item";
          li.setAttribute("data-task", item[1]);
          const box = li.appendChild(document.createElement("input"));
          box.type = "checkbox";
          box.className = "task-list-item-checkbox";
          box.checked = item[1] !== " ";
        }
        inline(li, item[2]);
      } else inline(el.appendChild(document.createElement("p")), line);
    }
    for (const pp of app.markdownProcessors.postProcessors) await pp(el, makeContext(app, sourcePath, component, null));
  }
}
