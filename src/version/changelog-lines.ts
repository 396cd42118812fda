/**
 * A changelog's lines, with fenced code blocks marked (a heading or a link definition inside a
 * fence is text), and the Markdown headings among them. Pure.
 */

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just after the content (before `\r\n` / `\n`). */
  end: number;
  /** Offset of the next line. */
  next: number;
  text: string;
  /** Inside (or on the fence of) a fenced code block: never a heading or link definition. */
  fenced: boolean;
}

/**
 * The lines with their fences. A fence left open to the end of the file is not taken as a fence
 * (its opening line is then plain text), so a stray ``` cannot swallow the older sections and the
 * link lines: the section still ends at the next version heading (unclosedFences says where).
 */
export function scanLines(text: string): Line[] {
  const ignored = new Set<number>();
  for (;;) {
    const { lines, openAt } = scanOnce(text, ignored);
    if (openAt === undefined) return lines;
    ignored.add(openAt);
  }
}

/** 1-based lines of fences opened and never closed (ignored as fences by the changelog reader). */
export function unclosedFences(text: string): number[] {
  const ignored = new Set<number>();
  for (;;) {
    const { openAt } = scanOnce(text, ignored);
    if (openAt === undefined) return [...ignored].map((i) => i + 1);
    ignored.add(openAt);
  }
}

function scanOnce(text: string, ignored: ReadonlySet<number>): { lines: Line[]; openAt?: number } {
  const lines: Line[] = [];
  let fence: string | null = null;
  let openAt: number | undefined;
  // A byte order mark is not part of the first line (a heading may follow it).
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    if (nl !== -1 && end > pos && text[end - 1] === '\r') end--;
    const content = text.slice(pos, end);
    const marker = ignored.has(lines.length) ? null : /^ {0,3}(`{3,}|~{3,})/.exec(content);
    let fenced = fence !== null;
    if (marker) {
      if (fence === null) {
        fence = marker[1];
        openAt = lines.length;
        fenced = true;
      } else if (marker[1][0] === fence[0] && marker[1].length >= fence.length && content.trim() === marker[1]) {
        fence = null;
        fenced = true;
      }
    }
    lines.push({ start: pos, end, next, text: content, fenced });
    pos = next;
  }
  return fence === null ? { lines } : { lines, openAt };
}


export function headingOf(line: Line): { level: number; title: string } | null {
  if (line.fenced) return null;
  const m = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line.text);
  return m ? { level: m[1].length, title: (m[2] ?? '').trim() } : null;
}
