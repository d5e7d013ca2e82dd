// Registers the follow-ups: the dashboard view (ribbon, command), the live block, the status bar, one shared signal.
import type { Host } from "../host";
import { VIEW_TYPE, DashboardView } from "./dashboard-view";
import { ItemActions } from "./item-actions";
import { BLOCK_LANGUAGE, FollowupBlock, notePersonOf } from "./live-block";
import { FollowupSignal } from "./signal";
import { registerOverdueStatus } from "./status-bar";
import { MarkdownRenderChild } from "obsidian";
import { parseBlockQuery } from "../../core/followups/block-query";
import { personOfNote } from "../notes/active-person";
import { PersonOverviewPanel } from "./person-overview-panel";
import { registerPersonOverview } from "./person-overview-commands";

export interface Followups {
  signal: FollowupSignal;
  openDashboard(): Promise<void>;
  openPersonOverview(person: string): Promise<void>;
}

export function registerFollowups(host: Host): Followups {
  const { plugin, app } = host;
  const signal = new FollowupSignal(host);
  const actions = new ItemActions(host);
  const overview = registerPersonOverview(host, signal, actions);
  plugin.registerView(VIEW_TYPE, (leaf) => new DashboardView(leaf, host, signal, actions, (person) => void overview(person)));
  const openDashboard = async () => {
    const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0] ?? app.workspace.getRightLeaf(false);
    if (!leaf) return;
    if (leaf.view.getViewType() !== VIEW_TYPE) await leaf.setViewState({ type: VIEW_TYPE, active: true });
    // Makes the leaf active, which shows its sidebar tab (revealLeaf needs a newer Obsidian than the manifest's).
    app.workspace.setActiveLeaf(leaf, { focus: true });
  };
  plugin.addRibbonIcon("list-checks", "Open follow-up dashboard", () => void openDashboard());
  plugin.addCommand({ id: "open-dashboard", name: "Open follow-up dashboard", callback: () => openDashboard() });
  plugin.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source, el, ctx) => {
    const parsed = parseBlockQuery(source);
    // `view: person` embeds the person overview (of `person:`, else the note's person), with the same refresh discipline.
    const person = parsed.ok && parsed.query.view === "person" ? (parsed.query.person ?? notePersonOf(ctx) ?? personOfNote(host, app.vault.getFileByPath(ctx.sourcePath))?.name ?? null) : null;
    if (person !== null) ctx.addChild(new OverviewBlock(el, person, host, signal, actions));
    else ctx.addChild(new FollowupBlock(el, source, ctx.sourcePath, notePersonOf(ctx), host, signal, actions));
  });
  registerOverdueStatus(host, signal, () => void openDashboard());
  return { signal, openDashboard, openPersonOverview: overview };
}

/** A `view: person` block: the overview panel as the block's child, unloaded with the note. */
class OverviewBlock extends MarkdownRenderChild {
  constructor(containerEl: HTMLElement, private readonly person: string, private readonly host: Host, private readonly signal: FollowupSignal, private readonly actions: ItemActions) {
    super(containerEl);
  }

  onload(): void {
    this.containerEl.addClass("one-on-one-block");
    this.addChild(new PersonOverviewPanel(this.containerEl.createDiv(), this.person, this.host, this.signal, this.actions));
  }
}
