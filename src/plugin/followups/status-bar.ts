// The status bar's "N overdue": hidden at 0, redrawn on the follow-up signal, a click opens the dashboard.
import type { Host } from "../host";
import type { FollowupSignal } from "./signal";

export function registerOverdueStatus(host: Host, signal: FollowupSignal, open: () => void): HTMLElement {
  const el = host.plugin.addStatusBarItem();
  el.addClass("one-on-one-status", "mod-clickable");
  el.setAttr("aria-label", "Open follow-up dashboard");
  const update = () => {
    const n = host.actions.ready ? host.actions.query({}).counts.overdue : 0;
    el.setText(`${n} overdue`);
    el.toggleClass("is-hidden", n === 0);
  };
  host.plugin.registerDomEvent(el, "click", open);
  host.plugin.register(signal.subscribe(update));
  update();
  void host.actions.whenReady().then(update);
  return el;
}
