// In-memory fake of the `obsidian` module (vitest aliases `obsidian` here); written from obsidian.d.ts 1.13.
// Test helpers live beside the API: createTestApp, loadPlugin, unloadPlugin, notices, lastModal, typeQuery, …
export { Events, Component, listenerErrors, type EventRef } from "./obsidian/events";
export { TAbstractFile, TFile, TFolder, Vault, type FileStats, type DataWriteOptions } from "./obsidian/vault";
export { MetadataCache } from "./obsidian/metadata-cache";
export { computeCache } from "./obsidian/markdown-cache";
export type { CachedMetadata, ListItemCache, HeadingCache, TagCache, LinkCache, EmbedCache, SectionCache, BlockCache, Pos, Loc, CacheItem, ReferenceCache, FrontmatterLinkCache } from "./obsidian/markdown-cache";
export { FileManager, getFrontMatterInfo, type FrontMatterInfo } from "./obsidian/file-manager";
export { parseYaml, stringifyYaml, YAMLException } from "./obsidian/yaml";
export { editorInfoField, type MarkdownFileInfo } from "./obsidian/editor-info";
export { Editor, type EditorPosition, type EditorRange, type EditorSelection, type EditorChange, type EditorTransaction } from "./obsidian/editor";
export { View, ItemView, FileView, EditableFileView, TextFileView, MarkdownView, type MarkdownViewModeType, type ViewStateResult } from "./obsidian/views";
export { Workspace, WorkspaceLeaf, type ViewState, type OpenViewState, type PaneType } from "./obsidian/workspace";
export { Notice, notices, noticeInstances, clearNotices } from "./obsidian/notice";
export { Menu, MenuItem, MenuSeparator, openMenus } from "./obsidian/menu";
export { Modal, SuggestModal, FuzzySuggestModal, PopoverSuggest, AbstractInputSuggest, openModals, lastModal, typeQuery, chooseSuggestion, type FuzzyMatch, type Instruction } from "./obsidian/modal";
export {
  Setting,
  SettingTab,
  PluginSettingTab,
  BaseComponent,
  ValueComponent,
  AbstractTextComponent,
  TextComponent,
  TextAreaComponent,
  SearchComponent,
  MomentFormatComponent,
  ToggleComponent,
  DropdownComponent,
  SliderComponent,
  ButtonComponent,
  ExtraButtonComponent,
  ColorComponent,
  ProgressBarComponent,
  settingsIn,
  settingByName,
  typeInto,
  selectOption,
  slideTo,
} from "./obsidian/setting";
export { MarkdownRenderChild, MarkdownRenderer, type MarkdownPostProcessor, type MarkdownPostProcessorContext, type MarkdownSectionInformation } from "./obsidian/render";
export { Plugin, type PluginManifest, type Command, type ViewCreator, type ObsidianProtocolHandler } from "./obsidian/plugin";
export { App, createTestApp, loadPlugin, unloadPlugin, resourcesOf, DEFAULT_MANIFEST, type TestApp, type TestAppOptions, type ResourceCounts, type RenderedBlock } from "./obsidian/app";
export {
  moment,
  apiVersion,
  requireApiVersion,
  normalizePath,
  getLinkpath,
  parseLinktext,
  stripHeading,
  stripHeadingForLink,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterAliases,
  parseFrontMatterTags,
  getAllTags,
  debounce,
  Platform,
  addIcon,
  removeIcon,
  getIcon,
  getIconIds,
  setIcon,
  setTooltip,
  displayTooltip,
  prepareFuzzySearch,
  prepareSimpleSearch,
  renderMatches,
  renderResults,
  sortSearchResults,
  getLanguage,
  Keymap,
  Scope,
  type Debouncer,
  type SearchResult,
  type Modifier,
} from "./obsidian/util";
export { liveDomListeners, liveIntervals } from "./obsidian/tracking";
