// `actions <vault>`: open action items (all with --all), as a table grouped by person or as JSON.
import { isKnownPerson, personFilterName, queryItems } from "../../core/followups/follow-ups";
import { comparePlace } from "../../core/followups/compare";
import { addDays } from "../../core/markdown/iso-day";
import { followUpOptions } from "../../settings";
import { parseArgs, todayFrom } from "../args";
import { itemJson, itemsTable } from "../format/action-items";
import type { CliCommand } from "../io";
import { PEOPLE_OPTIONS, warnUnknownPeople, warnUnreadableOneOnOnes } from "../people-checks";
import { loadIndex } from "../vault-index";

export const actionsCommand: CliCommand = {
  name: "actions",
  summary: "List open action items (every item with --all), grouped by person",
  usage: "one-on-one actions <vault> [--json] [--all] [--person NAME] [--me NAME] [--people-folder FOLDER] [--today YYYY-MM-DD]",
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ["all"], values: ["person", "me", ...PEOPLE_OPTIONS], maxPositionals: 1 });
    const today = todayFrom(args);
    const { settings, index } = await loadIndex(args, io);
    warnUnknownPeople("actions", index.oneOnOneNotes(), index.directory({ name: settings.myName, aliases: settings.myAliases }), io);
    warnUnreadableOneOnOnes("actions", index.unreadableOneOnOnes(), io);
    const personArg = args.values.get("person");
    if (personArg !== undefined && !isKnownPerson(index, personArg, today, followUpOptions(settings))) {
      const known = index.directory({ name: settings.myName, aliases: settings.myAliases }).all().map((p) => p.name);
      io.err(`one-on-one actions: unknown person "${personArg}".${known.length ? ` Known: ${known.join(", ")}.` : " No person notes found."}`);
      return { exitCode: 2 };
    }
    const all = args.flags.has("all");
    const model = queryItems(index, today, followUpOptions(settings), {
      show: all ? "all" : "open",
      person: personArg === undefined ? undefined : personFilterName(index, personArg, followUpOptions(settings)),
    });
    const soon = addDays(today, settings.dueSoonDays) ?? today;
    if (args.flags.has("json")) {
      // Vault order (path, line) so that output diffs well between runs.
      const items = [...model.items].sort(comparePlace);
      io.out(JSON.stringify(items.map((it) => itemJson(it, today, soon)), null, 2));
    } else io.out(itemsTable(model, soon, all, io.columns));
    return { exitCode: 0 };
  },
};
