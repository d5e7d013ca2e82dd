// The linter's settings for the editor and the commands: severities, today (the action index's clock), the person's cadence.
import { parseFrontmatter } from "../../core/markdown/frontmatter";
import { oneOnOneFromFrontmatter } from "../../core/people/one-on-one-notes";
import type { Host } from "../host";
import { chronoCalendar } from "./calendar";
import type { FeedbackLintConfig } from "./extension";

/** Read at every use, so settings changes apply at once. In a 1:1 note, "next 1:1" is the person's cadence away (else 7 days). */
export const feedbackConfig = (host: Host): FeedbackLintConfig => ({
  lint: () => ({ severities: host.settings.ruleSeverity, noteDate: host.actions.today() }),
  track: (text) => {
    const person = oneOnOneFromFrontmatter(parseFrontmatter(text).data)?.person;
    return { noteDate: host.actions.today(), calendar: chronoCalendar, cadenceDays: person ? host.actions.directory().get(person)?.cadence?.days : undefined };
  },
});
