// `%% … %%` and `<!-- … -->` written inside a line or paragraph, found in one pass.

/**
 * The spans [from, to) of inline comments in s, in order: each opens at `%%` or `<!--` and closes at the next
 * `%%` or `-->`; one left open hides nothing (as the regex `%%[\s\S]*?%%|<!--[\s\S]*?-->` reads it). Once a
 * kind has no closer left, later openers of that kind are not searched again: linear however many are open.
 */
export function inlineCommentSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  let percentDead = false;
  let htmlDead = false;
  let i = 0;
  for (;;) {
    const p = percentDead ? -1 : s.indexOf("%%", i);
    const h = htmlDead ? -1 : s.indexOf("<!--", i);
    if (p === -1 && h === -1) return spans;
    if (p !== -1 && (h === -1 || p < h)) {
      const close = s.indexOf("%%", p + 2);
      if (close === -1) {
        percentDead = true;
        i = p;
        continue;
      }
      spans.push([p, close + 2]);
      i = close + 2;
    } else {
      const close = s.indexOf("-->", h + 4);
      if (close === -1) {
        htmlDead = true;
        i = h;
        continue;
      }
      spans.push([h, close + 3]);
      i = close + 3;
    }
  }
}

/** s with its inline comments replaced by `by(length)`. */
export function replaceInlineComments(s: string, by: (length: number) => string): string {
  const spans = inlineCommentSpans(s);
  if (spans.length === 0) return s;
  let out = "";
  let at = 0;
  for (const [from, to] of spans) {
    out += s.slice(at, from) + by(to - from);
    at = to;
  }
  return out + s.slice(at);
}
