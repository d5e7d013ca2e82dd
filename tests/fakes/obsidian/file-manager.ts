// FileManager: frontmatter edits that keep the body byte for byte, renames that update links, link text.
import { scanNote } from "../../../src/core/markdown/scan-note";
import type { MetadataCache } from "./metadata-cache";
import { TFile, TFolder, type DataWriteOptions, type TAbstractFile, type Vault } from "./vault";
import { parseYaml, stringifyYaml } from "./yaml";

export interface FrontMatterInfo {
  exists: boolean;
  frontmatter: string;
  from: number;
  to: number;
  contentStart: number;
}

/** Where the YAML between the `---` lines sits: `from`..`to` is the YAML text, `contentStart` the body. */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const scan = scanNote(content);
  if (scan.frontmatterEnd < 1) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  let off = scan.bom ? 1 : 0;
  const starts: number[] = [];
  for (let i = 0; i < scan.lines.length; i++) {
    starts.push(off);
    off += scan.lines[i].text.length + scan.eols[i].length;
  }
  const from = starts[1];
  const to = starts[scan.frontmatterEnd];
  const end = scan.frontmatterEnd;
  return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: starts[end] + scan.lines[end].text.length + scan.eols[end].length };
}

export class FileManager {
  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
    void sourcePath;
    void newFilePath;
    return this.vault.getRoot();
  }

  /** Renames and rewrites wikilinks / Markdown links in other notes that pointed at the file. */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    const targets = new Map<string, TFile>();
    const collect = (f: TAbstractFile) => {
      if (f instanceof TFile) targets.set(f.path, f);
      else if (f instanceof TFolder) f.children.forEach(collect);
    };
    collect(file);
    // Which notes link to which target, resolved before the rename.
    const edits: { source: TFile; link: string; original: string; target: TFile; subpath: string; alias: string | undefined; wiki: boolean }[] = [];
    for (const source of this.vault.getMarkdownFiles()) {
      const cache = this.metadataCache.getFileCache(source);
      for (const ref of [...(cache?.links ?? []), ...(cache?.embeds ?? [])]) {
        const hash = ref.link.indexOf("#");
        const path = hash === -1 ? ref.link : ref.link.slice(0, hash);
        if (!path) continue;
        const dest = this.metadataCache.getFirstLinkpathDest(path, source.path);
        if (dest && targets.has(dest.path)) {
          const wiki = ref.original.includes("[[");
          const bar = ref.original.indexOf("|");
          edits.push({ source, link: ref.link, original: ref.original, target: dest, subpath: hash === -1 ? "" : ref.link.slice(hash), alias: wiki && bar !== -1 ? ref.original.slice(bar + 1, -2) : undefined, wiki });
        }
      }
    }
    await this.vault.rename(file, newPath);
    const bySource = new Map<TFile, typeof edits>();
    for (const e of edits) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
    for (const [source, list] of bySource) {
      await this.vault.process(source, (text) => {
        let out = text;
        for (const e of list) {
          const embed = e.original.startsWith("!") ? "!" : "";
          const replacement = e.wiki
            ? `${embed}[[${this.metadataCache.fileToLinktext(e.target, source.path)}${e.subpath}${e.alias !== undefined ? `|${e.alias}` : ""}]]`
            : e.original.replace(/\]\((<?)[^)]*?(>?)\)$/, `]($1${encodeURI(e.target.path)}${e.subpath}$2)`);
          out = out.split(e.original).join(replacement);
        }
        return out;
      });
    }
  }

  async promptForDeletion(file: TAbstractFile): Promise<boolean> {
    await this.trashFile(file);
    return true;
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.trash(file, true);
  }

  /** Wikilink with the shortest unambiguous link text, as with Obsidian's default settings. */
  generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const text = this.metadataCache.fileToLinktext(file, sourcePath);
    const embed = file.extension !== "md" ? "!" : "";
    return `${embed}[[${text}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
  }

  /**
   * Parses the frontmatter (throws on broken YAML, writing nothing), lets `fn` mutate it, writes it back.
   * Only the YAML between the `---` lines changes; the delimiters and the body keep every byte.
   */
  async processFrontMatter(file: TFile, fn: (frontmatter: any) => void, options?: DataWriteOptions): Promise<void> {
    await this.vault.process(
      file,
      (text) => {
        const info = getFrontMatterInfo(text);
        const fm = info.exists ? (parseYaml(info.frontmatter) ?? {}) : {};
        if (typeof fm !== "object" || Array.isArray(fm)) throw new Error("Frontmatter is not a mapping");
        fn(fm);
        const empty = Object.keys(fm).length === 0;
        if (!info.exists && empty) return text;
        const eol = info.exists ? eolAfterFirstLine(text) : "\n";
        const yaml = empty ? "" : stringifyYaml(fm).replace(/\n/g, eol);
        if (info.exists) return text.slice(0, info.from) + yaml + text.slice(info.to);
        const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        return `${bom}---\n${yaml}---\n${text.slice(bom.length)}`;
      },
      options,
    );
  }

  async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
    void sourcePath;
    const dot = filename.lastIndexOf(".");
    const base = dot > 0 ? filename.slice(0, dot) : filename;
    const ext = dot > 0 ? filename.slice(dot) : "";
    let candidate = filename;
    for (let n = 1; this.vault.getAbstractFileByPath(candidate); n++) candidate = `${base} ${n}${ext}`;
    return candidate;
  }
}

function eolAfterFirstLine(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : "\n";
}
