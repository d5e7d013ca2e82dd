import { describe, expect, it } from "vitest";
import moment from "moment";
import { render, type RenderContext } from "../../../src/core/templates/render";

const ctx: RenderContext = { today: "2024-05-08", now: "09:30", moment };

describe("render: Obsidian's core variables", () => {
  it("fills date, time and title with their default formats", () => {
    expect(render("{{title}} on {{date}} at {{time}}", { title: "2024-05-08" }, ctx)).toEqual({ text: "2024-05-08 on 2024-05-08 at 09:30", unknownVariables: [] });
  });
  it("formats with moment tokens, colons included", () => {
    expect(render("{{date:dddd D MMMM YYYY}} · {{time:HH:mm:ss}} · {{date:[week] W}}", {}, ctx).text).toBe("Wednesday 8 May 2024 · 09:30:00 · week 19");
  });
  it("does date arithmetic in days, weeks, months and years, both ways", () => {
    const r = render("{{date+7d:YYYY-MM-DD}} {{date-1d}} {{date+2w:D MMM}} {{date+1m:YYYY-MM-DD}} {{date-1y:YYYY}} {{date+30d}}", {}, ctx);
    expect(r.text).toBe("2024-05-15 2024-05-07 22 May 2024-06-08 2023 2024-06-07");
  });
  it("takes midnight when no time is given, and tolerates spaces and upper case", () => {
    expect(render("{{ time }} {{ Date : YYYY }}", {}, { today: "2024-02-29", moment }).text).toBe("00:00 2024");
  });
});

describe("render: our variables", () => {
  it("inserts strings and calls functions with the argument after the colon", () => {
    const vars = { person: "Alex Kim", questions: (arg: string | null) => `q${arg ?? "default"}` };
    expect(render("{{person}}: {{questions}} {{questions:3}}", vars, ctx).text).toBe("Alex Kim: qdefault q3");
  });
  it("never re-scans inserted text, so a value that looks like a variable stays as it is", () => {
    const r = render("Topic: {{agenda}}", { agenda: "- ask about {{date}} and {{mood}}" }, ctx);
    expect(r).toEqual({ text: "Topic: - ask about {{date}} and {{mood}}", unknownVariables: [] });
  });
  it("leaves $-patterns in values alone", () => {
    expect(render("{{person}}", { person: "$& $1 $$" }, ctx).text).toBe("$& $1 $$");
  });
});

describe("render: unknown variables", () => {
  it("stay as written and are each reported once", () => {
    const r = render("{{mood}} {{person}} {{mood}} {{weather:sunny}} {{person+1d}}", { person: "Sam" }, ctx);
    expect(r.text).toBe("{{mood}} Sam {{mood}} {{weather:sunny}} {{person+1d}}");
    expect(r.unknownVariables).toEqual(["{{mood}}", "{{weather:sunny}}", "{{person+1d}}"]);
  });
  it("a function returning null (a bad argument) counts as unknown", () => {
    const r = render("{{questions:many}}", { questions: (a) => (a === "many" ? null : "x") }, ctx);
    expect(r).toEqual({ text: "{{questions:many}}", unknownVariables: ["{{questions:many}}"] });
  });
  it("runs no code: Templater and JavaScript-looking tokens are left untouched", () => {
    const t = "<% tp.date.now() %> {{constructor}} {{__proto__}} {{toString}} {{ process.exit() }}";
    const r = render(t, { person: "x" }, ctx);
    expect(r.text).toBe(t);
    expect(r.unknownVariables).toEqual(["{{constructor}}", "{{__proto__}}", "{{toString}}", "{{ process.exit() }}"]);
  });
});

describe("render: values inside frontmatter", () => {
  it("are escaped for the YAML quotes around them, so any name keeps the frontmatter valid", () => {
    const t = `---\nperson: "{{person_link}}"\nalias: '{{person}}'\nnote: it's {{person}}\n---\n"{{person}}"\n`;
    const r = render(t, { person: 'Sam "the man" O\'Brien\\', person_link: '[[Sam "the man" O\'Brien\\]]' }, ctx);
    expect(r.text).toBe(`---\nperson: "[[Sam \\"the man\\" O'Brien\\\\]]"\nalias: 'Sam "the man" O''Brien\\'\nnote: it's Sam "the man" O'Brien\\\n---\n"Sam "the man" O'Brien\\"\n`);
  });
});
