// Where today's daily note lives: the Daily notes folder and file-name format (moment tokens; slashes make folders).
import { safePath } from "../templates/paths";
import type { MomentFn } from "../templates/render";

export interface DailyNoteConfig {
  folder: string;
  /** moment format of the file name, e.g. YYYY-MM-DD or YYYY/MM/YYYY-MM-DD. */
  format: string;
  /** Vault path of the template note, or "" for none. */
  template: string;
}

/** The vault path of the daily note for a day. */
export function dailyNotePath(config: Pick<DailyNoteConfig, "folder" | "format">, today: string, moment: MomentFn): string {
  const name = moment(today, "YYYY-MM-DD", true).format(config.format.trim() || "YYYY-MM-DD");
  const folder = config.folder.trim().replace(/^\/+|\/+$/g, "");
  const path = safePath(folder ? `${folder}/${name}` : name);
  return `${path || today}.md`;
}
