/**
 * Markdown building blocks for the summary and the report file. Text that comes from outside
 * (changelogs, commit messages, state files, branch and environment names, API answers) goes
 * through `text`/`cell`, so it can neither break a table nor form HTML, a link or an image: `[`
 * and `]` are escaped, and a URL in it is not turned into a link (a zero-width space after its
 * scheme or `www`, invisible when read). Links are made only by `link`, from URLs we build.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const ZERO_WIDTH_SPACE = '\u200b';

/** Inline text: HTML escaped (so it cannot open a tag), no link or image syntax, no autolinks, newlines folded. */
export function text(value: unknown): string {
  return String(value ?? '')
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/[[\]]/g, '\\$&')
    .replace(/\b(https?|ftp)(?=:\/\/)|\b(www)(?=\.)/gi, `$&${ZERO_WIDTH_SPACE}`)
    .replace(/\r\n?|\n/g, ' ');
}

/** A table cell: inline text with pipes escaped. */
export function cell(value: unknown): string {
  return text(value).replace(/\|/g, '\\|');
}

/** Inline code that survives backticks inside it. */
export function code(value: unknown): string {
  const s = String(value ?? '').replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ` ${s} ` : s}${fence}`;
}

export function table(headers: string[], rows: unknown[][]): string {
  const head = `| ${headers.map(cell).join(' | ')} |`;
  const rule = `|${headers.map(() => '---').join('|')}|`;
  const body = rows.map((row) => `| ${row.map((v) => (typeof v === 'string' && RAW_CELLS.has(v) ? v.slice(1) : cell(v))).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

/** What `raw` made: outside text that merely starts with the marker is still escaped. */
const RAW_CELLS = new Set<string>();

/** A table cell that is already safe Markdown (a link we built); `table` does not escape it. */
export function raw(markdown: string): string {
  const marked = `\u0000${markdown}`;
  RAW_CELLS.add(marked);
  return marked;
}

export function link(label: string, url: string | undefined): string {
  if (!url) return cell(label);
  // Encode what needs it without encoding an existing %XX escape twice (a stray % becomes %25);
  // parentheses too, so an unbalanced one cannot end the destination early.
  const href = encodeURI(url)
    .replace(/%25([0-9A-Fa-f]{2})/g, '%$1')
    .replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
  // Inside a link's text nothing is autolinked, so the label keeps its URLs as written.
  return `[${cell(label).replace(new RegExp(ZERO_WIDTH_SPACE, 'g'), '')}](${href})`;
}

export function details(summary: string, body: string): string {
  return `<details><summary>${text(summary)}</summary>\n\n${body}\n\n</details>`;
}

/** A fenced block of literal text; the fence is longer than any backtick run inside it. */
export function fenced(body: string, indent = ''): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [fence + 'text', ...body.replace(/\r\n?/g, '\n').trimEnd().split('\n'), fence].map((l) => indent + l).join('\n');
}
