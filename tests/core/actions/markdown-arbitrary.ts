// fast-check arbitraries for Markdown-ish notes: task lines with fields, and everything that hides or nests them.
import fc from "fast-check";

const words = fc.constantFrom("send", "the", "deck", "Alex", "review", "plan", "Müller", "日本", "🎉", "a", "to");
const date = fc.oneof(
  fc.constantFrom("2024-05-01", "2024-02-29", "2024-02-30", "2023-13-01", "1999-12-31"),
  fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  ),
);
const space = fc.constantFrom(" ", "  ", "\u00a0", "", "\t");
const field = fc.oneof(
  fc.tuple(fc.constantFrom("📅", "📆", "🗓️", "⏳", "⌛", "🛫", "➕", "✅", "❌"), space, date).map(([e, s, d]) => `${e}${s}${d}`),
  fc.tuple(fc.constantFrom("due", "completion", "scheduled", "start", "created", "cancelled", "Due"), date).map(([k, d]) => `[${k}:: ${d}]`),
  fc.constantFrom("🔺", "⏫", "🔼", "🔽", "⏬", "🔁 every week", "🔁", "[priority:: high]", "(repeat:: every day)"),
  fc.constantFrom("@alex", "@[[Alex Kim]]", "[owner:: [[Sam Lee]]]", "(owner:: Mei)", "@me", "bob@example.com"),
  fc.constantFrom("#tag", "#123", "#a/b", "[[Alex Kim]]", "[[People/Sam|S]]", "![[img.png]]", "`📅 2024-01-01`", "<!-- #x -->", "%% c %%"),
);
const status = fc.constantFrom(" ", "x", "X", "/", "-", ">", "?", "😀");
const marker = fc.constantFrom("-", "*", "+", "1.", "2)", "- 1.");
const indent = fc.constantFrom("", "  ", "    ", "\t", "\t\t", "> ", ">> ", "> > ", " >");
const body = fc.array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 2, arbitrary: field }), { maxLength: 8 }).map((p) => p.join(" "));
const blockId = fc.constantFrom("", "", " ^abc", " ^x-1", " ^bad_id");

/** One task line, `- [ ] text 📅 date ^id` with random parts. */
export const taskLine = fc
  .tuple(indent, marker, fc.constantFrom(" ", "  "), status, body, blockId)
  .map(([i, m, s, st, b, id]) => `${i}${m}${s}[${st}] ${b}${id}`);

const otherLine = fc.oneof(
  fc.constantFrom("", "", "# Heading", "## Action items ##", "- plain item", "  continued", "Some paragraph text.", "> [!todo] Callout", ">", ">> [!Private]- folded", "> [!x]"),
  fc.constantFrom("```", "~~~", "````", "%%", "<!--", "-->", "---", "| a | b |", "    indented", "- [] not", "-[ ] not", "- [ ]"),
);

/** A note made of task lines and other Markdown, with random line endings, BOM and final newline. */
export const markdownNote = fc
  .tuple(
    fc.array(fc.oneof({ weight: 2, arbitrary: taskLine }, { weight: 3, arbitrary: otherLine }), { maxLength: 30 }),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([lines, eol, bom, finalEol]) => (bom ? "\uFEFF" : "") + lines.join(eol) + (finalEol && lines.length ? eol : ""));
