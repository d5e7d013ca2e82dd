// Registers the follow-ups: the dashboard view (ribbon, command), the live block, the status bar, one shared signal.
import type { ResolvedItem } from "../../core/followups/types";
import type { Host } from "../host";
import { VIEW_TYPE, DashboardView } from "./dashboard-view";
import { ItemActions } from "./item-actions";
import { BLOCK_LANGUAGE, FollowupBlock, notePersonOf } from "./live-block";
import { FollowupSignal } from "./signal";
import { registerOverdueStatus } from "./status-bar";

export interface Followups {
  signal: FollowupSignal;
  openDashboard(): Promise<void>;
}

export function registerFollowups(host: Host): Followups {
  const { plugin, app } = host;
  const signal = new FollowupSignal(host);
  const actions = new ItemActions(host);
  const delegate = (item: ResolvedItem) => void actions.delegate(item);
  plugin.registerView(VIEW_TYPE, (leaf) => new DashboardView(leaf, host, signal, actions, delegate));
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
    ctx.addChild(new FollowupBlock(el, source, ctx.sourcePath, notePersonOf(ctx), host, signal, actions, delegate));
  });
  registerOverdueStatus(host, signal, () => void openDashboard());
  return { signal, openDashboard };
}
