// Loading and saving data.json through migrate(), telling the user when stored data was bad.
import { Notice, type Plugin } from "obsidian";
import { migrate, type OneOnOneSettings } from "../settings";

export async function loadSettings(plugin: Plugin): Promise<OneOnOneSettings> {
  let raw: unknown;
  try {
    raw = await plugin.loadData();
  } catch {
    raw = "unreadable";
  }
  const { settings, problems } = migrate(raw);
  if (problems.length) {
    new Notice(`One-on-one: some settings could not be read and were reset to defaults.\n${problems.slice(0, 3).join("\n")}`);
  }
  return settings;
}
