// One debounced signal for everything that shows follow-ups: index changes, settings changes and the day rolling over.
import { debounce, type Debouncer } from "obsidian";
import type { Host } from "../host";

/** Changes that come close together (a save fires several events) reach views once. */
export const SIGNAL_DELAY_MS = 50;
const DAY_CHECK_MS = 60_000;

export class FollowupSignal {
  private readonly listeners = new Set<() => void>();
  private day: string;
  private readonly fire: Debouncer<[], void>;
  /** How many times listeners were told (tests, diagnostics). */
  fired = 0;

  constructor(private readonly host: Pick<Host, "plugin" | "actions" | "onSettingsChange">) {
    this.day = host.actions.today();
    this.fire = debounce(() => this.emit(), SIGNAL_DELAY_MS, true);
    const off = host.actions.onChange(() => this.fire());
    host.plugin.register(() => {
      off();
      this.fire.cancel();
      this.listeners.clear();
    });
    host.onSettingsChange(() => this.fire());
    // The day rolls over at midnight without a restart: overdue and due-this-week move with it.
    host.plugin.registerInterval(window.setInterval(() => this.checkDay(), DAY_CHECK_MS));
  }

  /** Tells listeners when the date changed since the last check. */
  checkDay(): void {
    const today = this.host.actions.today();
    if (today === this.day) return;
    this.day = today;
    this.fire();
  }

  /** Views and blocks listening now (a closed note's blocks are gone from here). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    this.fired++;
    for (const l of [...this.listeners]) l();
  }
}
