// Request → action item: the due date from the deadline phrase, and the edit into the action items section.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { resolveDue } from "../../../src/core/feedback/due";
import { findTrackableRequests, trackEdit } from "../../../src/core/feedback/track";
import { applyFix } from "../../../src/core/feedback/fix";
import { blockWith } from "../../../src/core/feedback/examples";

// 2024-03-07 is a Thursday. Calendar phrases need the injected parser (tests/plugin/feedback/calendar.test.ts).
const due = (s: string, cadenceDays?: number) => resolveDue(s, "2024-03-07", { cadenceDays })?.date ?? null;

describe("resolveDue", () => {
  it("uses the 1:1 cadence for \"next 1:1\"", () => {
    expect(due("Let's review it at our next 1:1.")).toBe("2024-03-14");
    expect(due("Let's review it at our next one-on-one.", 14)).toBe("2024-03-21");
  });

  it("prefers an explicit due date", () => {
    expect(due("Write the doc 📅 2024-05-01, and review it at our next 1:1")).toBe("2024-05-01");
    expect(due("Write the doc [due:: 2024-05-02]")).toBe("2024-05-02");
    expect(due("Write the doc 📅 2024-02-30")).toBeNull();
  });

  it("finds nothing in a request without a date", () => {
    expect(due("Be more careful.")).toBeNull();
  });
});

describe("findTrackableRequests and trackEdit", () => {
  const request = "Could you draft the runbook? Let's review it at our next 1:1.";
  const note = `---\ndate: 2024-03-07\n---\n${blockWith("request", request)}\n## Action items\n\n- [ ] Book a room @me\n\n## Next time\n`;

  it("offers the request sentence that names a deadline, dated from the note", () => {
    const [r, ...rest] = findTrackableRequests(note, { noteDate: "2000-01-01" });
    expect(rest).toEqual([]);
    expect(r.due).toBe("2024-03-14");
    expect(r.request).toBe("Let's review it at our next 1:1");
    expect(note.slice(r.phraseFrom, r.phraseTo)).toBe("next 1:1");
    expect(note.slice(r.from, r.to)).toBe("Let's review it at our next 1:1.");
    expect(note.split("\n")[r.line - 1]).toBe(request);
  });

  it("appends the task at the end of the action items section, and does not offer it again", () => {
    const [r] = findTrackableRequests(note);
    const after = applyFix(note, trackEdit(note, r));
    expect(after).toContain("- [ ] Book a room @me\n- [ ] Let's review it at our next 1:1 📅 2024-03-14\n\n## Next time\n");
    expect(findTrackableRequests(after)).toEqual([]);
  });

  it("creates the section at the end when it is missing, keeping the final newline or its absence and CRLF", () => {
    const bare = blockWith("request", "Could you send the draft 📅 2024-03-08?");
    const [r] = findTrackableRequests(bare, { noteDate: "2024-03-07" });
    expect(applyFix(bare, trackEdit(bare, r)).endsWith("?\n\n## Action items\n\n- [ ] Could you send the draft? 📅 2024-03-08\n")).toBe(true);
    const noFinal = bare.replace(/\n+$/, "");
    expect(applyFix(noFinal, trackEdit(noFinal, r)).endsWith("?\n\n## Action items\n\n- [ ] Could you send the draft? 📅 2024-03-08")).toBe(true);
    const crlf = bare.replace(/\n/g, "\r\n");
    const [rc] = findTrackableRequests(crlf, { noteDate: "2024-03-07" });
    expect(applyFix(crlf, trackEdit(crlf, rc)).replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("fills an empty section right under its heading", () => {
    const text = `${blockWith("request", "Could you send the draft 📅 2024-03-08?")}\n## Action items\n\n## Later\n`;
    const [r] = findTrackableRequests(text, { noteDate: "2024-03-07" });
    expect(applyFix(text, trackEdit(text, r))).toContain("## Action items\n\n- [ ] Could you send the draft? 📅 2024-03-08\n\n## Later");
  });

  it("offers nothing without a note date or with feedback-lint off", () => {
    const text = blockWith("request", "Could you send the draft 📅 2024-03-08?");
    expect(findTrackableRequests(text)).toEqual([]);
    expect(findTrackableRequests(`---\nfeedback-lint: off\n---\n${text}`, { noteDate: "2024-03-07" })).toEqual([]);
  });

  it("changes nothing but the inserted task (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.constantFrom("\n", "\r\n"), (before, after, eol) => {
        const text = (before.replace(/[#>\-[\]`%<!]/g, "") + eol + blockWith("request", "Could you send the draft 📅 2024-03-08?") + eol + after.replace(/[#>\-[\]`%<!]/g, "")).replace(/\r?\n/g, eol);
        const [r] = findTrackableRequests(text, { noteDate: "2024-03-07" });
        expect(r).toBeDefined();
        const fix = trackEdit(text, r);
        expect(fix.edits).toHaveLength(1);
        const e = fix.edits[0];
        expect(e.from).toBe(e.to);
        const out = applyFix(text, fix);
        expect(out.slice(0, e.from) + out.slice(e.from + e.insert.length)).toBe(text);
        expect(e.insert).toContain("- [ ] Could you send the draft? 📅 2024-03-08");
      }),
      { numRuns: 150 },
    );
  });
});
