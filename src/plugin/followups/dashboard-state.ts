// What the dashboard keeps across restarts: the view's state, which Obsidian saves in the workspace layout and gives back.

// A type, not an interface: it is a view state, a Record<string, unknown>.
export type DashboardState = {
  /** The filter box's text. */
  filter: string;
  /** "Done in the last 7 days" is on. */
  showDone: boolean;
  /** Sections ("section:<id>") and groups the user folded (true) or unfolded (false); the others keep their default. */
  collapsed: Record<string, boolean>;
  /** The setup tips were hidden by the user (a "Show setup tips" button stays). */
  hideTips: boolean;
};

/** The readable parts of a saved state (workspace.json may be old or hand-edited): a value of the wrong type is left out. */
export function readDashboardState(raw: unknown): { filter?: string; showDone?: boolean; collapsed?: [string, boolean][]; hideTips?: boolean } {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const folds = r.collapsed;
  return {
    filter: typeof r.filter === "string" ? r.filter : undefined,
    showDone: typeof r.showDone === "boolean" ? r.showDone : undefined,
    collapsed: typeof folds === "object" && folds !== null && !Array.isArray(folds) ? Object.entries(folds).filter((e): e is [string, boolean] => typeof e[1] === "boolean") : undefined,
    hideTips: typeof r.hideTips === "boolean" ? r.hideTips : undefined,
  };
}
