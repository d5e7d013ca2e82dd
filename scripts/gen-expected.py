# Derives examples/expected.json from the vault text, by DESIGN.md's rules (independent of src/).
import json, os, re, datetime
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "vault")
TODAY = "2026-11-25"
ME = "Dana Reyes"
ME_ALIASES = ["Dana"]  # as examples/vault/.obsidian/plugins/one-on-one/data.json says

def files():
    out = []
    for d, dirs, fs in os.walk(ROOT):
        dirs[:] = sorted(x for x in dirs if x != ".obsidian")
        for f in sorted(fs):
            if f.endswith(".md"):
                out.append(os.path.relpath(os.path.join(d, f), ROOT))
    return sorted(out)

def read(p):
    raw = open(os.path.join(ROOT, p), "rb").read().decode("utf-8")
    crlf = "\r\n" in raw
    final = raw.endswith("\n")
    text = raw[1:] if raw.startswith("\ufeff") else raw
    lines = re.split(r"\r\n|\n|\r", text)
    if final: lines = lines[:-1]
    return lines, {"eol": "crlf" if crlf else "lf", "finalNewline": final}

QUOTE = re.compile(r"^(?:[ ]{0,3}>[ \t]?)*")
TASK = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ ]+\[([^\]])\](?:[ \t]|$)")
LOOKALIKE = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]*\[.{0,2}\]|\|\s*-\s*\[.\]\s*\|")

def classify(lines):
    ctx = []
    fm_end = -1
    if lines and lines[0].rstrip() == "---":
        for i in range(1, len(lines)):
            if lines[i].rstrip() == "---":
                fm_end = i; break
    fence = None; pct = False; html = False
    for i, t in enumerate(lines):
        if i <= fm_end: ctx.append("frontmatter"); continue
        q = QUOTE.match(t).end(); body = t[q:]; lead = body.lstrip(" \t")
        if fence:
            m = re.match(r"^(`{3,}|~{3,})\s*$", lead)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence): fence = None
            ctx.append("code"); continue
        if html:
            if "-->" in t: html = False
            ctx.append("comment"); continue
        if pct:
            if t.count("%%") % 2 == 1: pct = False
            ctx.append("comment"); continue
        m = re.match(r"^(`{3,}|~{3,})", lead)
        if m: fence = m.group(1); ctx.append("code"); continue
        if lead.startswith("<!--"):
            if "-->" not in lead[4:]: html = True
            ctx.append("comment"); continue
        if lead.startswith("%%"):
            if t.count("%%") % 2 == 1: pct = True
            ctx.append("comment"); continue
        if t.count("%%") % 2 == 1: pct = True
        ctx.append("table" if lead.startswith("|") else "text")
    return ctx, fm_end

def frontmatter(lines, fm_end):
    fm = {}; key = None
    for t in lines[1:fm_end]:
        m = re.match(r"^([A-Za-z_-]+):\s*(.*)$", t)
        if m:
            key, v = m.group(1), m.group(2).strip()
            if v.startswith("[") and v.endswith("]") and not v.startswith("[["):
                fm[key] = [x.strip().strip('"') for x in v[1:-1].split(",") if x.strip()]
            elif v == "": fm[key] = []
            else: fm[key] = v.strip('"')
        elif key and re.match(r"^\s+-\s+", t):
            fm[key].append(re.sub(r"^\s+-\s+", "", t).strip().strip('"'))
    return fm

def valid_date(s):
    try: datetime.date.fromisoformat(s); return True
    except ValueError: return False

paths = files()
data = {p: read(p) for p in paths}

people = []
for p in paths:
    if not p.startswith("People/"): continue
    lines, _ = data[p]; ctx, fe = classify(lines); fm = frontmatter(lines, fe)
    al = fm.get("aliases", []); al = [al] if isinstance(al, str) else al
    topics = []; inside = False
    for t in lines[fe + 1:]:
        h = re.match(r"^(#{1,6})\s+(.*)$", t)
        if h:
            inside = h.group(2).strip() == "Next 1:1"; continue
        if inside and re.match(r"^- (?!\[.\])", t): topics.append(t[2:])
    people.append({"path": p, "name": os.path.basename(p)[:-3], "aliases": al, "cadence": fm["cadence"], "nextTopics": topics})

names = {}
for pe in people:
    names[pe["name"]] = pe["name"]
    for a in pe["aliases"]: names[a] = pe["name"]

ones = []; not_ones = []
for p in paths:
    lines, _ = data[p]; ctx, fe = classify(lines)
    if fe < 0: continue
    fm = frontmatter(lines, fe)
    if fm.get("type") != "one-on-one": continue
    m = re.fullmatch(r"\[\[([^\]|]+)\]\]", fm.get("person", ""))
    if m and m.group(1) in names and valid_date(fm.get("date", "")):
        ones.append({"path": p, "person": m.group(1), "date": fm["date"]})
    else:
        not_ones.append({"path": p, "why": "type: one-on-one but person/date are template variables, not a person link and a date"})
ones.sort(key=lambda o: (o["person"], o["date"]))
one_by_path = {o["path"]: o for o in ones}

DATE = r"[\ufe0f]?[\s\u00a0]*(\d{4}-\d{2}-\d{2})"
def field(body, emojis, dv):
    best = None
    for e in emojis:
        for m in re.finditer(re.escape(e) + DATE, body):
            if valid_date(m.group(1)) and (best is None or m.start() < best[0]): best = (m.start(), m.group(1))
    for k in dv:
        for m in re.finditer(r"[\[(]" + k + r"::\s*(\d{4}-\d{2}-\d{2})\s*[\])]", body):
            if valid_date(m.group(1)) and (best is None or m.start() < best[0]): best = (m.start(), m.group(1))
    return best[1] if best else None

def leading_name(body):
    """DESIGN.md: a leading "Name to ..." with a known name or alias (or the user's name) is the owner. Returns (owner, words after 'to') or None."""
    text = re.sub(r"^[ \t]*(?:[-*+]|\d+[.)])[ ]+\[.\][ \t]*", "", body)
    known = {**{k: v for k, v in names.items()}, ME: "me", **{a: "me" for a in ME_ALIASES}}
    best = None
    for key in known:
        for form in (re.escape(key), r"\*\*" + re.escape(key) + r"\*\*", r"\[\[" + re.escape(key) + r"(?:\|[^\]]*)?\]\]"):
            m = re.match(form + r" to (.*)$", text)
            if m and (best is None or len(key) > len(best[2])): best = (known[key], m.group(1), key)
    return (best[0], best[1]) if best else None

def owner_of(body):
    cands = []
    for m in re.finditer(r"(?<![\w@])@([A-Za-z][\w'-]*)", body):
        tok = m.group(1)
        if tok == "me": cands.append((m.start(), "me"))
        elif tok in names: cands.append((m.start(), names[tok]))
    for m in re.finditer(r"[\[(]owner::\s*\[\[([^\]|]+)(?:\|[^\]]*)?\]\]\s*[\])]", body):
        n = m.group(1)
        cands.append((m.start(), "me" if n == ME else names.get(n)))
    cands.sort()
    if cands: return cands[0][1]
    if written_owner(body): return None
    lead = leading_name(body)
    return lead[0] if lead else None

def written_owner(body):
    """Any owner written with @ (known or not, e-mail addresses aside) or an owner:: field."""
    return re.search(r"(?<![\w@])@(?:[A-Za-z]|\[\[)", body) is not None or re.search(r"[\[(]owner::", body) is not None

def mentioned(body):
    """Links to a person note and @Name tokens, leftmost first (owner tokens included: they come after the owner check)."""
    hits = []
    for m in re.finditer(r"\[\[([^\]|#]+)", body):
        base = os.path.basename(m.group(1))
        if base in names: hits.append((m.start(), names[base]))
    for m in re.finditer(r"(?<![\w@])@([A-Za-z][\w'-]*)", body):
        if m.group(1) in names: hits.append((m.start(), names[m.group(1)]))
    hits.sort()
    return hits[0][1] if hits else None

def named_in_text(body):
    hits = []
    for m in re.finditer(r"\[\[([^\]|#]+)", body):
        base = os.path.basename(m.group(1))
        if base in names: hits.append((m.start(), names[base]))
    scrubbed = re.sub(r"@\w+|\[\[[^\]]*\]\]|[\[(]owner::[^\])]*[\])]", lambda x: " " * len(x.group(0)), body)
    for key in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", scrubbed):
            hits.append((m.start(), names[key]))
    hits.sort()
    return hits[0][1] if hits else None

CLOSED = set("xX->")
tasks = {}; decoys = {}; specials = []; invalid = []
for p in paths:
    lines, meta = data[p]; ctx, fe = classify(lines)
    for i, t in enumerate(lines):
        q = QUOTE.match(t).end(); body = t[q:]
        m = TASK.match(body) if ctx[i] == "text" else None
        if m:
            st = m.group(1)
            entry = {"line": i + 1, "status": st}
            due = field(body, ["📅", "📆", "🗓"], ["due"])
            if due: entry["due"] = due
            done = field(body, ["✅"], ["completion"])
            if done: entry["done"] = done
            own = owner_of(body)
            entry["owner"] = own
            person = own if own not in (None, "me") else (mentioned(body) or (one_by_path[p]["person"] if p in one_by_path else None))
            entry["person"] = person
            named = named_in_text(body)
            if named and named != person and own in (None, "me"): entry["namedInText"] = named
            entry["direction"] = "I owe" if own == "me" else ("they owe" if own else "unassigned")
            if st not in CLOSED and p in one_by_path and person:
                d0 = one_by_path[p]["date"]
                entry["carried"] = sum(1 for o in ones if o["person"] == person and o["date"] > d0)
            for d in re.findall(r"\d{4}-\d{2}-\d{2}", body):
                if not valid_date(d):
                    invalid.append({"path": p, "line": i + 1, "value": d}); entry["invalidDate"] = d
            tasks.setdefault(p, []).append(entry)
        elif LOOKALIKE.search(body) or (ctx[i] in ("code", "comment") and re.search(r"\[.\]", body)):
            decoys.setdefault(p, []).append({"line": i + 1, "context": ctx[i], "text": t})

# The agreed-action check (docs/action-rules.md): open items of 1:1 notes only; a sub-item shares its parent's owner and due date.
VAGUE = ("look into", "look at", "think about", "think through", "consider", "try to", "try and", "maybe", "perhaps", "possibly", "see if", "see whether")
def words_of(body):
    lead = leading_name(body)
    text = lead[1] if lead else re.sub(r"^[ \t]*(?:[-*+]|\d+[.)])[ ]+\[.\][ \t]*", "", body)
    text = re.sub(r"[\[(]\w+::[^\])]*[\])]", " ", text)
    text = re.sub(r"(?:📅|📆|🗓|⏳|⌛|🛫|➕|✅|❌)\ufe0f?[\s\u00a0]*\d{4}-\d{2}-\d{2}", " ", text)
    text = re.sub(r"🔁[^📅📆🗓⏳⌛🛫➕✅❌^]*", " ", text)
    text = re.sub(r"@\[\[[^\]]*\]\]|(?<![\w@])@[\w'-]+|(?:^|\s)#\S+|\s\^[\w-]+$|[🔺⏫🔼🔽⏬]", " ", text)
    return " ".join(text.split())
def indent(t):
    lead = re.match(r"^[ \t]*", t).group(0)
    return len(lead.replace("\t", "    "))
agreed = []
for o in ones:
    p = o["path"]; lines, _ = data[p]; ctx, fe = classify(lines)
    stack = []  # (indent, has owner, due) of the task items above, innermost last
    for e in tasks.get(p, []):
        t = lines[e["line"] - 1]; body = t[QUOTE.match(t).end():]
        ind = indent(body)
        while stack and stack[-1][0] >= ind: stack.pop()
        own = written_owner(body) or leading_name(body) is not None
        due = e.get("due")
        inherited_owner = own or any(s_[1] for s_ in stack)
        inherited_due = due or next((s_[2] for s_ in reversed(stack) if s_[2]), None)
        stack.append((ind, own, due))
        if e["status"] in CLOSED: continue
        rules = []
        if not inherited_owner: rules.append("actions/no-owner")
        if not inherited_due: rules.append("actions/no-due")
        w = words_of(body)
        if w.lower().startswith(VAGUE) or 0 < len(re.findall(r"[^\W_][\w'’-]*", w)) <= 2: rules.append("actions/vague")
        agreed.append({"path": p, "line": e["line"], "rules": rules})

# The person overview (CLI `person`): per person, the 1:1 timeline and the open items, both ways.
CADENCE_DAYS = {"daily": 1, "weekly": 7, "biweekly": 14, "bi-weekly": 14, "fortnightly": 14, "every other week": 14, "monthly": 30, "quarterly": 91}
def cadence_days(c):
    c = c.strip().lower()
    if c in CADENCE_DAYS: return CADENCE_DAYS[c]
    m = re.fullmatch(r"every\s+(\d+)\s+(days?|weeks?)", c)
    return int(m.group(1)) * (7 if m.group(2).startswith("week") else 1) if m else None
persons = []
for pe in people:
    mine = sorted((o for o in ones if o["person"] == pe["name"]), key=lambda o: o["date"])
    past = [o for o in mine if o["date"] <= TODAY]; future = [o for o in mine if o["date"] > TODAY]
    last = past[-1]["date"] if past else None
    days = cadence_days(pe["cadence"]) if pe["cadence"] else None
    if days is None: nxt = None
    elif future: nxt = future[0]["date"]
    elif last: nxt = (datetime.date.fromisoformat(last) + datetime.timedelta(days=days)).isoformat()
    else: nxt = TODAY
    open_items = [(p, t) for p, ts in tasks.items() for t in ts if t["person"] == pe["name"] and t["status"] not in CLOSED]
    persons.append({
        "name": pe["name"], "aliases": pe["aliases"], "cadence": pe["cadence"], "lastOneOnOne": last, "nextDue": nxt,
        "oneOnOnes": [{"path": o["path"], "date": o["date"], "opened": len(tasks.get(o["path"], [])), "closedSince": sum(1 for t in tasks.get(o["path"], []) if t["status"] in CLOSED)} for o in reversed(mine)],
        "open": len(open_items),
        "iOwe": sum(1 for _, t in open_items if t["direction"] == "I owe"),
        "theyOwe": sum(1 for _, t in open_items if t["direction"] == "they owe"),
        "topics": pe["nextTopics"],
    })

def locate(p, needle):
    lines, _ = data[p]
    hits = [i + 1 for i, t in enumerate(lines) if needle in t]
    assert len(hits) == 1, (p, needle, hits)
    return hits[0]

SPEC = [
    ("carried", "1-1s/Alex Kim/2026-10-06.md", "on-call runbook for the ledger consumer", "open, no date; the 3 later 1:1s with Alex (20 Oct, 10 Nov, 24 Nov) mention it in prose only, never copy the checkbox: carried 3 = stale"),
    ("impossible-date", "1-1s/Alex Kim/2026-11-10.md", "📅 2026-02-30", "typo date: must be reported, never used as a due date"),
    ("nbsp-date", "1-1s/Priya Natarajan/2026-11-11.md", "talk abstract @me", "U+00A0 between 📅 and the date: due 2026-11-26"),
    ("multi-line", "1-1s/Priya Natarajan/2026-10-28.md", "Draft the Q1 staffing ask", "the next two indented lines continue the item; they are not tasks"),
    ("numbered", "1-1s/Priya Natarajan/2026-09-30.md", "1. [x] Priya to write the ADR", "ordered-list tasks (1. 2. 3.) followed by a '-' task"),
    ("numbered-paren", "1-1s/Mei Chen/2026-10-27.md", "1) [ ] Ask Marco", "'1)' marker"),
    ("task-then-number", "Daily/2026-11-19.md", "- [ ] 2. Reply to Priya", "'- [ ] 2. text' is one task (Obsidian also reports a nested ordered item on the same line)"),
    ("callout-todo", "1-1s/Alex Kim/2026-10-20.md", "> - [ ] Read the outline", "task inside a > [!todo] callout"),
    ("callout-private", "1-1s/Priya Natarajan/2026-11-11.md", "> - [ ] Check Priya's comp", "task inside a > [!private] callout (left out of 'copy agenda for sharing')"),
    ("nested-tab", "1-1s/Alex Kim/2026-11-24.md", "\t- [ ] Write the impact summary", "tab-indented sub-item of 'Prep Alex's promo packet'"),
    ("nested-spaces", "1-1s/Sam O'Brien/2026-11-12.md", "    - [ ] Pick one area", "4-space-indented sub-item"),
    ("recurring", "1-1s/Alex Kim/2026-11-24.md", "🔁 every week", "recurrence field"),
    ("forwarded", "1-1s/Priya Natarajan/2026-10-14.md", "- [>] Q1 headcount", "closed here, carried elsewhere"),
    ("upper-x", "1-1s/Alex Kim/2026-10-06.md", "- [X] Alex to book", "capital X = done; Dataview (completion:: …)"),
    ("owner-apostrophe", "1-1s/Sam O'Brien/2026-10-08.md", "[owner:: [[Sam O'Brien]]]", "owner link with an apostrophe"),
    ("block-id", "1-1s/Jordan Lee/2026-10-26.md", "^pm-oct24", "block id stays last"),
    ("star-marker", "1-1s/Jordan Lee/2026-11-18.md", "* [ ] Jordan to check", "'*' list marker"),
    ("plus-marker", "1-1s/Jordan Lee/2026-11-18.md", "+ [x] Jordan to announce", "'+' list marker"),
    ("in-person-note", "People/Mei Chen.md", "visa renewal letter", "task in a person note, not a 1:1 note: person by mention"),
    ("crlf", "Daily/2026-11-20.md", "Call the offsite venue back", "this file has CRLF line endings"),
    ("no-final-newline", "Daily/2026-11-25.md", "Move Sam's 1:1", "this file has no final newline"),
]
for kind, p, needle, note in SPEC:
    specials.append({"kind": kind, "path": p, "line": locate(p, needle), "note": note})

FB = [
    ("1-1s/Alex Kim/2026-10-20.md", "## Feedback for Alex", "heading", "good", [], [], "the handbook example from DESIGN.md, verbatim, under Facts/Feelings/Options/Request: must raise nothing at all"),
    ("1-1s/Priya Natarajan/2026-10-14.md", "## Feedback for Priya: review timing", "heading", "good", [], [], "part aliases as sub-headings: Situation / Impact / Questions / Next steps"),
    ("1-1s/Jordan Lee/2026-10-26.md", "> [!feedback] Saturday's Kafka restart", "callout", "good", [], [], "callout form with **Facts:** … inline labels; the rewrite of the Drafts/ version"),
    ("1-1s/Sam O'Brien/2026-11-12.md", "## Feedback for Sam: pairing with Jun", "heading", "good", [], ["request/no-deadline"], "request has no deadline on purpose; %% feedback-lint-disable request/no-deadline %% on the line before it"),
    ("1-1s/Mei Chen/2026-10-27.md", "## Feedback for Mei: design crit", "heading", "good", [], [], "inline '- Label:' parts under a heading, with aliases Observation / Thoughts / Ideas / Next steps"),
    ("1-1s/Mei Chen/2026-09-28.md", "## Feedback for Mei", "heading", "bad", ["facts/hearsay", "facts/no-anchor", "feelings/feel-that"], ["facts/no-observable-action", "feelings/no-feeling-word"], "'The team feels…' and 'I feel that you…'"),
    ("1-1s/Sam O'Brien/2026-10-22.md", "## Feedback for Sam: release notes", "heading", "bad", ["structure/missing-part"], [], "Options missing; the other three parts are clean"),
    ("1-1s/Priya Natarajan/2026-10-28.md", "## Feedback for Priya: the rollback call", "heading", "bad", ["options/why-or-leading"], [], "'Why didn't you tell support…?'; a values statement keeps options/no-invitation quiet"),
    ("1-1s/Alex Kim/2026-11-10.md", "## Feedback for Alex: on-call handoffs", "heading", "bad", ["request/threat"], [], "'otherwise I'll escalate it to Marco'; deadline and follow-up present"),
    ("Drafts/Jordan - Saturday restart (draft).md", "## Feedback for Jordan", "heading", "bad",
     ["any/person-label", "facts/generalization", "facts/no-anchor", "facts/no-observable-action", "feelings/pseudo-feeling", "options/why-or-leading", "request/no-deadline", "request/vague", "request/no-follow-up"],
     ["facts/judgement", "feelings/no-feeling-word", "options/no-invitation"], "the angry first draft: every part goes wrong"),
    ("1-1s/Alex Kim/2026-11-24.md", "## Feedback from Alex", "heading", "skipped", [], [], "feedback Dana received: skipped, although its text would trip several rules"),
]
feedback = []
for p, needle, form, verdict, rules, extra, note in FB:
    e = {"path": p, "line": locate(p, needle), "title": re.sub(r"^(#+ |> \[!feedback\] )", "", needle), "form": form, "expect": verdict}
    if verdict == "bad": e["rules"] = rules; e["mayAlsoFire"] = extra
    if verdict == "good" and extra: e["suppressed"] = extra
    e["note"] = note
    feedback.append(e)

bank_lines, _ = data["Templates/Question bank.md"]
bank = [t[2:] for t in bank_lines if t.startswith("- ")]
asked = {}
for o in ones:
    lines, _ = data[o["path"]]; ctx, _ = classify(lines)
    qs = [t[2:] for i, t in enumerate(lines) if ctx[i] == "text" and t.startswith("- ") and t[2:] in bank]
    if qs: asked[o["path"]] = qs

fileinfo = {p: data[p][1] for p in paths if data[p][1] != {"eol": "lf", "finalNewline": True}}
allt = [t for ts in tasks.values() for t in ts]
counts = {
    "people": len(people), "oneOnOnes": len(ones), "markdownFiles": len(paths),
    "tasks": len(allt),
    "open": sum(1 for t in allt if t["status"] not in CLOSED),
    "inProgress": sum(1 for t in allt if t["status"] == "/"),
    "done": sum(1 for t in allt if t["status"] in "xX"),
    "cancelled": sum(1 for t in allt if t["status"] == "-"),
    "forwarded": sum(1 for t in allt if t["status"] == ">"),
    "decoys": sum(len(v) for v in decoys.values()),
    "feedbackGood": sum(1 for f in feedback if f["expect"] == "good"),
    "feedbackBad": sum(1 for f in feedback if f["expect"] == "bad"),
    "feedbackSkipped": sum(1 for f in feedback if f["expect"] == "skipped"),
    "agreedChecked": len(agreed),
    "agreedUnderSpecified": sum(1 for a in agreed if a["rules"]),
}
out = {
    "$comment": [
        "Expectations for examples/vault, derived from the text by a script and checked by tests/examples/vault-shape.test.ts.",
        "Lines are 1-based. tasks lists every real task line (first line of the item) with its status character.",
        "owner: 'me', a person's note name, or null; person: DESIGN.md's 'person of an item', reading 'mentioned' as an @Name token (a [[link]] to a person note also counts), else the 1:1 note's person; direction as in DESIGN.md.",
        "namedInText: set when the line names a person in plain text (name or alias, no @ or link) who is not its person; a resolver that reads plain names as mentions would pick that person instead.",
        "carried (open items in 1:1 notes only): later 1:1 notes with the item's person. due/done: leftmost date field, invalid dates are left out.",
        "questionsAsked: bank questions written as list items in a 1:1 note (questions asked in prose or quotes are not listed).",
        "decoys: lines that look like tasks but are not (code, %% and HTML comments, '-[ ]', '- []', table cells).",
        "persons: the person overview (CLI `person`): lastOneOnOne = latest 1:1 on or before today; nextDue = the first 1:1 note dated after today, else last + cadence, else today (null without a cadence); oneOnOnes newest first with the count of tasks written in each (opened) and of those closed (x, X, -, >); open/iOwe/theyOwe count open tasks whose person is this person.",
        "agreedActions: every open task of a 1:1 note with the agreed-action rules it must raise (docs/action-rules.md), [] for well-formed ones. Owner: @anything, owner::, or a leading 'Name to' with a known name, alias or the user's name; a sub-item shares its parent's owner and due date.",
        "feedback.rules: rule ids the block is written to trigger (each must fire); mayAlsoFire: ids a reasonable reading of feedback-rules.md may add; good and skipped blocks must raise nothing.",
    ],
    "vault": "examples/vault",
    "today": TODAY,
    "settings": {"myName": ME, "peopleFolder": "People", "noteTemplate": "Templates/1-1 template.md", "dailyTemplate": "Templates/Daily template.md", "questionBank": "Templates/Question bank.md"},
    "counts": counts,
    "people": people,
    "oneOnOnes": ones,
    "notOneOnOnes": not_ones,
    "tasks": tasks,
    "decoys": decoys,
    "questionBank": bank,
    "questionsAsked": asked,
    "invalidDates": invalid,
    "specials": specials,
    "feedback": feedback,
    "agreedActions": agreed,
    "persons": persons,
    "files": fileinfo,
}
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "expected.json"), "w").write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
print(json.dumps(counts, indent=1))
