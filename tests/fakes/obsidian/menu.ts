// Menu and MenuItem: items are recorded; tests open a menu and click an item by title.
import { Component } from "./events";

/** Menus shown (showAtMouseEvent/showAtPosition) and not yet hidden, last one last. */
export const openMenus: Menu[] = [];

export class MenuItem {
  title = "";
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  warning = false;
  isLabel = false;
  section = "";
  callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  submenu: Menu | null = null;

  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === "string" ? title : (title.textContent ?? "");
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  setChecked(checked: boolean | null): this {
    this.checked = checked;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    return this;
  }
  setIsLabel(isLabel: boolean): this {
    this.isLabel = isLabel;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
  setSection(section: string): this {
    this.section = section;
    return this;
  }
  setSubmenu(): Menu {
    this.submenu = new Menu();
    return this.submenu;
  }
}

export class MenuSeparator {}

export class Menu extends Component {
  items: (MenuItem | MenuSeparator)[] = [];
  shown = false;
  private hideCallbacks: (() => unknown)[] = [];

  setNoIcon(): this {
    return this;
  }
  setUseNativeMenu(useNativeMenu: boolean): this {
    void useNativeMenu;
    return this;
  }
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    this.items.push(item);
    cb(item);
    return this;
  }
  addSeparator(): this {
    this.items.push(new MenuSeparator());
    return this;
  }
  setParentElement(el: HTMLElement): this {
    void el;
    return this;
  }
  showAtMouseEvent(evt: MouseEvent): this {
    void evt;
    return this.show();
  }
  showAtPosition(position: { x: number; y: number }, doc?: Document): this {
    void position;
    void doc;
    return this.show();
  }
  private show(): this {
    this.shown = true;
    openMenus.push(this);
    this.load();
    return this;
  }
  hide(): this {
    if (!this.shown) return this;
    this.shown = false;
    openMenus.splice(openMenus.indexOf(this), 1);
    this.unload();
    for (const cb of this.hideCallbacks) cb();
    return this;
  }
  close(): void {
    this.hide();
  }
  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }
  static forEvent(evt: PointerEvent | MouseEvent): Menu {
    void evt;
    return new Menu();
  }

  /** Test helper: titles of the items (separators skipped). */
  titles(): string[] {
    return this.items.filter((i): i is MenuItem => i instanceof MenuItem).map((i) => i.title);
  }

  /** Test helper: clicks the item with this title (hides the menu first, as a real click does). */
  click(title: string): void {
    const item = this.items.find((i): i is MenuItem => i instanceof MenuItem && i.title === title);
    if (!item) throw new Error(`No menu item "${title}" (have: ${this.titles().join(", ")})`);
    if (item.disabled) throw new Error(`Menu item "${title}" is disabled`);
    this.hide();
    item.callback?.(new MouseEvent("click"));
  }
}
