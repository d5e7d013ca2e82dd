// Setting, its components (text, toggle, dropdown, slider, button…) and setting tabs, drivable from tests.
import { setIcon } from "./util";
import type { App } from "./app";
import type { Plugin } from "./plugin";

export abstract class BaseComponent {
  disabled = false;
  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export abstract class ValueComponent<T> extends BaseComponent {
  registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
    listeners[key] = (value?: T) => {
      if (value !== undefined) this.setValue(value);
      return this.getValue();
    };
    return this;
  }
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
  inputEl: T;
  protected changeCallback: ((value: string) => unknown) | null = null;

  constructor(inputEl: T) {
    super();
    this.inputEl = inputEl;
    inputEl.addEventListener("input", () => this.onChanged());
  }
  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  /** Like Obsidian: sets the text without calling the onChange callback. */
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }
  onChanged(): void {
    this.changeCallback?.(this.getValue());
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    const input = document.createElement("input");
    input.type = "text";
    input.spellcheck = false;
    containerEl.appendChild(input);
    super(input);
  }
}

export class SearchComponent extends TextComponent {
  clearButtonEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super(containerEl);
    this.inputEl.type = "search";
    this.clearButtonEl = document.createElement("div");
    this.clearButtonEl.className = "search-input-clear-button";
    containerEl.appendChild(this.clearButtonEl);
  }
}

export class MomentFormatComponent extends TextComponent {
  sampleEl: HTMLElement | null = null;
  setDefaultFormat(defaultFormat: string): this {
    this.setPlaceholder(defaultFormat);
    return this;
  }
  setSampleEl(sampleEl: HTMLElement): this {
    this.sampleEl = sampleEl;
    return this;
  }
  updateSample(): void {}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    const ta = document.createElement("textarea");
    containerEl.appendChild(ta);
    super(ta);
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLElement;
  private on = false;
  private changeCallback: ((value: boolean) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = document.createElement("div");
    this.toggleEl.className = "checkbox-container";
    const input = document.createElement("input");
    input.type = "checkbox";
    this.toggleEl.appendChild(input);
    containerEl.appendChild(this.toggleEl);
    this.toggleEl.addEventListener("click", () => this.onClick());
  }
  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.classList.toggle("is-disabled", disabled);
    return this;
  }
  getValue(): boolean {
    return this.on;
  }
  /** Like Obsidian: a real change of value also calls the onChange callback. */
  setValue(on: boolean): this {
    const v = !!on;
    if (v === this.on) return this;
    this.on = v;
    this.toggleEl.classList.toggle("is-enabled", v);
    (this.toggleEl.firstChild as HTMLInputElement).checked = v;
    this.changeCallback?.(v);
    return this;
  }
  setTooltip(tooltip: string): this {
    this.toggleEl.setAttribute("aria-label", tooltip);
    return this;
  }
  onClick(): void {
    if (!this.disabled) this.setValue(!this.on);
  }
  onChange(callback: (value: boolean) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = document.createElement("select");
    this.selectEl.className = "dropdown";
    containerEl.appendChild(this.selectEl);
    this.selectEl.addEventListener("change", () => this.changeCallback?.(this.getValue()));
  }
  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }
  addOption(value: string, display: string): this {
    const opt = document.createElement("option");
    opt.value = value;
    opt.textContent = display;
    this.selectEl.appendChild(opt);
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }
  getValue(): string {
    return this.selectEl.value;
  }
  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
  /** Fake-internal: the option values. */
  options(): string[] {
    return Array.from(this.selectEl.options).map((o) => o.value);
  }
}

export class SliderComponent extends ValueComponent<number> {
  sliderEl: HTMLInputElement;
  private changeCallback: ((value: number) => unknown) | null = null;
  private instant = false;
  private format: (value: number) => string = String;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = document.createElement("input");
    this.sliderEl.type = "range";
    this.sliderEl.className = "slider";
    containerEl.appendChild(this.sliderEl);
    this.sliderEl.addEventListener("input", () => this.instant && this.changeCallback?.(this.getValue()));
    this.sliderEl.addEventListener("change", () => !this.instant && this.changeCallback?.(this.getValue()));
  }
  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.sliderEl.disabled = disabled;
    return this;
  }
  setInstant(instant: boolean): this {
    this.instant = instant;
    return this;
  }
  setLimits(min: number | null, max: number | null, step: number | "any"): this {
    if (min !== null) this.sliderEl.min = String(min);
    if (max !== null) this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }
  getValue(): number {
    return Number(this.sliderEl.value);
  }
  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }
  getValuePretty(): string {
    return this.format(this.getValue());
  }
  setDisplayFormat(format: (value: number) => string): this {
    this.format = format;
    return this;
  }
  setDynamicTooltip(): this {
    return this;
  }
  showTooltip(): void {}
  onChange(callback: (value: number) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ButtonComponent extends BaseComponent {
  buttonEl: HTMLButtonElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = document.createElement("button");
    containerEl.appendChild(this.buttonEl);
  }
  setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
    return this;
  }
  setCta(): this {
    this.buttonEl.classList.add("mod-cta");
    return this;
  }
  removeCta(): this {
    this.buttonEl.classList.remove("mod-cta");
    return this;
  }
  setWarning(): this {
    this.buttonEl.classList.add("mod-warning");
    return this;
  }
  setDestructive(): this {
    this.buttonEl.classList.add("mod-destructive");
    return this;
  }
  removeDestructive(): this {
    this.buttonEl.classList.remove("mod-destructive");
    return this;
  }
  setTooltip(tooltip: string): this {
    this.buttonEl.setAttribute("aria-label", tooltip);
    return this;
  }
  setButtonText(name: string): this {
    this.buttonEl.textContent = name;
    return this;
  }
  setIcon(icon: string): this {
    setIcon(this.buttonEl, icon);
    return this;
  }
  setClass(cls: string): this {
    this.buttonEl.classList.add(cls);
    return this;
  }
  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener("click", (evt) => void callback(evt));
    return this;
  }
}

export class ExtraButtonComponent extends BaseComponent {
  extraSettingsEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = document.createElement("div");
    this.extraSettingsEl.className = "clickable-icon extra-setting-button";
    containerEl.appendChild(this.extraSettingsEl);
  }
  setTooltip(tooltip: string): this {
    this.extraSettingsEl.setAttribute("aria-label", tooltip);
    return this;
  }
  setIcon(icon: string): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }
  onClick(callback: () => unknown): this {
    this.extraSettingsEl.addEventListener("click", () => {
      if (!this.disabled) callback();
    });
    return this;
  }
}

export class ColorComponent extends ValueComponent<string> {
  colorPickerEl: HTMLInputElement;
  private changeCallback: ((value: string) => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.colorPickerEl = document.createElement("input");
    this.colorPickerEl.type = "color";
    containerEl.appendChild(this.colorPickerEl);
    this.colorPickerEl.addEventListener("change", () => this.changeCallback?.(this.getValue()));
  }
  getValue(): string {
    return this.colorPickerEl.value;
  }
  setValue(value: string): this {
    this.colorPickerEl.value = value;
    return this;
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ProgressBarComponent extends ValueComponent<number> {
  progressBar: HTMLElement;
  private value = 0;
  constructor(containerEl: HTMLElement) {
    super();
    this.progressBar = document.createElement("div");
    this.progressBar.className = "setting-progress-bar";
    containerEl.appendChild(this.progressBar);
  }
  getValue(): number {
    return this.value;
  }
  setValue(value: number): this {
    this.value = value;
    return this;
  }
}

const settingOf = new WeakMap<HTMLElement, Setting>();

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];
  errorEl: HTMLElement | null = null;

  constructor(containerEl: HTMLElement) {
    const div = (cls: string) => {
      const el = document.createElement("div");
      el.className = cls;
      return el;
    };
    this.settingEl = div("setting-item");
    this.infoEl = div("setting-item-info");
    this.nameEl = div("setting-item-name");
    this.descEl = div("setting-item-description");
    this.controlEl = div("setting-item-control");
    this.infoEl.append(this.nameEl, this.descEl);
    this.settingEl.append(this.infoEl, this.controlEl);
    containerEl.appendChild(this.settingEl);
    settingOf.set(this.settingEl, this);
  }
  setErrorMessage(message: string | null): this {
    if (message === null) {
      this.errorEl?.remove();
      this.errorEl = null;
    } else {
      this.errorEl ??= this.infoEl.appendChild(document.createElement("div"));
      this.errorEl.className = "setting-item-error";
      this.errorEl.textContent = message;
    }
    return this;
  }
  setName(name: string | DocumentFragment): this {
    setContent(this.nameEl, name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    setContent(this.descEl, desc);
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.classList.add(cls);
    return this;
  }
  setTooltip(tooltip: string): this {
    this.nameEl.setAttribute("aria-label", tooltip);
    return this;
  }
  setHeading(): this {
    this.settingEl.classList.add("setting-item-heading");
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.settingEl.classList.toggle("is-disabled", disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }
  private add<C extends BaseComponent>(c: C, cb: (c: C) => unknown): this {
    this.components.push(c);
    cb(c);
    return this;
  }
  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }
  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
    this.components.push(cb(this.controlEl));
    return this;
  }
  addSearch(cb: (component: SearchComponent) => unknown): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }
  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addMomentFormat(cb: (component: MomentFormatComponent) => unknown): this {
    return this.add(new MomentFormatComponent(this.controlEl), cb);
  }
  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addColorPicker(cb: (component: ColorComponent) => unknown): this {
    return this.add(new ColorComponent(this.controlEl), cb);
  }
  addProgressBar(cb: (component: ProgressBarComponent) => unknown): this {
    return this.add(new ProgressBarComponent(this.controlEl), cb);
  }
  addSlider(cb: (component: SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }
  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }
  clear(): this {
    while (this.controlEl.firstChild) this.controlEl.removeChild(this.controlEl.firstChild);
    this.components = [];
    return this;
  }
}

function setContent(el: HTMLElement, content: string | DocumentFragment): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  if (typeof content === "string") el.textContent = content;
  else el.appendChild(content);
}

/** Test helper: every Setting rendered inside `containerEl`, in page order. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
  return Array.from(containerEl.querySelectorAll<HTMLElement>(".setting-item"))
    .map((el) => settingOf.get(el))
    .filter((s): s is Setting => s !== undefined);
}

/** Test helper: the Setting whose name is exactly `name` (throws, listing the names, when absent). */
export function settingByName(containerEl: HTMLElement, name: string): Setting {
  const all = settingsIn(containerEl);
  const found = all.find((s) => s.nameEl.textContent === name);
  if (!found) throw new Error(`No setting named "${name}"; have: ${all.map((s) => JSON.stringify(s.nameEl.textContent)).join(", ")}`);
  return found;
}

/** Test helper: what a user typing does: sets the input's value and fires `input` (→ onChange). */
export function typeInto(component: AbstractTextComponent<HTMLInputElement | HTMLTextAreaElement>, value: string): void {
  component.inputEl.value = value;
  component.inputEl.dispatchEvent(new Event("input"));
}

/** Test helper: what a user picking an option does (→ onChange). */
export function selectOption(component: DropdownComponent, value: string): void {
  if (!component.options().includes(value)) throw new Error(`Dropdown has no option "${value}" (has ${component.options().join(", ")})`);
  component.selectEl.value = value;
  component.selectEl.dispatchEvent(new Event("change"));
}

/** Test helper: what a user dragging a slider does (→ onChange). */
export function slideTo(component: SliderComponent, value: number): void {
  component.sliderEl.value = String(value);
  component.sliderEl.dispatchEvent(new Event("input"));
  component.sliderEl.dispatchEvent(new Event("change"));
}

export abstract class SettingTab {
  icon = "";
  app: App;
  containerEl: HTMLElement;

  constructor(app: App) {
    this.app = app;
    this.containerEl = document.createElement("div");
    this.containerEl.className = "vertical-tab-content";
  }
  abstract display(): void;
  hide(): void {
    while (this.containerEl.firstChild) this.containerEl.removeChild(this.containerEl.firstChild);
  }
}

export abstract class PluginSettingTab extends SettingTab {
  plugin: Plugin;
  constructor(app: App, plugin: Plugin) {
    super(app);
    this.plugin = plugin;
  }
}
