// An editor extension that settings turn on, off or reconfigure, without rebuilding the editors' other extensions.
import type { Extension } from "@codemirror/state";
import type { Host } from "./host";

/**
 * Registers `make()` as an editor extension, made again whenever `key()` changes after a settings save
 * (null: off). Other features save settings too, often while the user types: an unchanged key costs nothing.
 */
export function registerSwitchableExtension(host: Host, key: () => string, make: () => Extension | null): void {
  // Obsidian keeps this array: mutating it and calling updateOptions() reconfigures open editors.
  const extensions: Extension[] = [];
  host.plugin.registerEditorExtension(extensions);
  let applied: string | null = null;
  const reconfigure = () => {
    const wanted = key();
    if (wanted === applied) return;
    applied = wanted;
    extensions.length = 0;
    const extension = make();
    if (extension !== null) extensions.push(extension);
    host.app.workspace.updateOptions();
  };
  reconfigure();
  host.onSettingsChange(reconfigure);
}
