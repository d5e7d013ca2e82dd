// The chrono-node calendar parser: deadline phrases to dates relative to the note's date, in any time zone.
import { afterEach, describe, expect, it } from "vitest";
import { chronoCalendar } from "../../../src/plugin/feedback/calendar";
import { resolveDue } from "../../../src/core/feedback/due";
import { findTrackableRequests, trackEdit } from "../../../src/core/feedback/track";
import { applyFix } from "../../../src/core/feedback/fix";
import { blockWith, HANDBOOK_EXAMPLE } from "../../../src/core/feedback/examples";

// 2024-03-07 is a Thursday.
const due = (s: string) => resolveDue(s, "2024-03-07", { calendar: chronoCalendar })?.date ?? null;

describe("chronoCalendar", () => {
  it("resolves calendar phrases relative to the note's date", () => {
    expect(due("Let's talk again in two weeks.")).toBe("2024-03-21");
    expect(due("Could you send it by Friday?")).toBe("2024-03-08");
    expect(due("Please finish it by next Tuesday.")).toBe("2024-03-12");
    expect(due("Could you do it within a week?")).toBe("2024-03-14");
    expect(due("Ship it by March 20.")).toBe("2024-03-20");
    expect(due("Ship it by the end of the month.")).toBe("2024-03-31");
    expect(due("Could you post it before 2024-04-02?")).toBe("2024-04-02");
  });

  it("comes before \"next 1:1\" and after an explicit date", () => {
    expect(due("by Friday, or at our next 1:1")).toBe("2024-03-08");
    expect(due("at our next 1:1")).toBe("2024-03-14");
    expect(due("by Friday 📅 2024-03-11")).toBe("2024-03-11");
  });

  it("finds no deadline in triggers or times alone", () => {
    expect(due("From now on, please announce restarts.")).toBeNull();
    expect(due("Please join at 3pm.")).toBeNull();
    expect(chronoCalendar("by Friday", "not a date")).toBeNull();
  });

  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"])("gives the same dates in time zone %s", (zone) => {
    process.env.TZ = zone;
    expect(due("Let's talk again in two weeks.")).toBe("2024-03-21");
    expect(due("Could you send it by Friday?")).toBe("2024-03-08");
  });

  it("turns the handbook's request into a task due two weeks after the 1:1", () => {
    const note = `---\ndate: 2024-03-07\n---\n${blockWith("request", HANDBOOK_EXAMPLE.request)}\n## Action items\n\n- [ ] Book a room @me\n`;
    const [r, ...rest] = findTrackableRequests(note, { calendar: chronoCalendar });
    expect(rest).toEqual([]);
    expect(note.slice(r.phraseFrom, r.phraseTo)).toBe("in two weeks");
    const task = "- [ ] Let's talk again in two weeks to discuss how things are going and if you notice any changes in your interactions with colleagues 📅 2024-03-21";
    expect(applyFix(note, trackEdit(note, r))).toBe(`${note}${task}\n`);
  });
});
