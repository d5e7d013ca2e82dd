// Keeps a container's children in step with a list by key: unchanged rows stay (same element), only new ones are built.

export interface KeyedRow {
  el: HTMLElement;
  /** Releases what the row holds (its render component). */
  dispose(): void;
  /** Set once the row no longer shows its item as it is (a write went through): the next update builds it anew, even under the same key. */
  spent?: boolean;
}

export class KeyedList<T> {
  private rows = new Map<string, KeyedRow>();
  /** Rows built since the list was made (tests and the benchmark read it). */
  created = 0;

  constructor(readonly container: HTMLElement) {}

  get size(): number {
    return this.rows.size;
  }

  /** Whether a row must be built anew on the next update (see KeyedRow.spent). */
  get hasSpent(): boolean {
    for (const row of this.rows.values()) if (row.spent) return true;
    return false;
  }

  /** Makes the container show `items` in order; rows whose key is still there are moved, never rebuilt. */
  update(items: readonly T[], key: (item: T) => string, create: (item: T) => KeyedRow, update?: (row: KeyedRow, item: T) => void): void {
    const next = new Map<string, KeyedRow>();
    let prev: HTMLElement | null = null;
    for (const item of items) {
      const k = key(item);
      let row = this.rows.get(k);
      if (row?.spent) {
        // A completed repeating task without dates leaves an item with the same key: a fresh row shows it as it is.
        this.rows.delete(k);
        row.el.remove();
        row.dispose();
        row = undefined;
      }
      if (row) {
        this.rows.delete(k);
        update?.(row, item);
      } else {
        row = create(item);
        this.created++;
      }
      next.set(k, row);
      const want: ChildNode | null = prev ? prev.nextSibling : this.container.firstChild;
      if (want !== row.el) this.container.insertBefore(row.el, want);
      prev = row.el;
    }
    this.dropAll();
    this.rows = next;
  }

  clear(): void {
    this.dropAll();
  }

  private dropAll(): void {
    for (const row of this.rows.values()) {
      row.el.remove();
      row.dispose();
    }
    this.rows.clear();
  }
}
