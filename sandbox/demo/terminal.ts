/**
 * The job summary as a terminal shows it best (`npm run demo`): headings set off, tables aligned
 * in columns, inline Markdown (code, bold, links, escapes) turned into plain text, <details>
 * kept as an indented block under their title, and long machine dumps (the settings JSON) left
 * out with a note. `npm run demo -- --markdown` prints the raw text instead. Pure: text in, text out.
 */

export interface TerminalOptions {
  /** ANSI bold/dim; off for pipes and NO_COLOR. */
  color: boolean;
  /** Fenced blocks in <details> longer than this many lines are replaced by a note. */
  maxFencedLines?: number;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Inline Markdown to plain text: links keep their label, code and emphasis lose their marks. */
export function inline(markdown: string): string {
  return markdown
    .replace(/\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1')
    .replace(/(`+) ?(.+?) ?\1/g, '$2')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

/** Columns a string takes in a terminal: emoji and wide characters take two, joiners and selectors none. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfe0f || cp === 0x200d || (cp >= 0x300 && cp <= 0x36f)) continue;
    width += /\p{Extended_Pictographic}/u.test(ch) && cp > 0xff ? 2 : 1;
  }
  return width;
}

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** Splits a Markdown table row on unescaped pipes. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => inline(c.trim()));
}

/** A Markdown table (header, rule, rows) as aligned columns; an empty header row is left out. */
export function alignTable(lines: string[], indent = ''): string[] {
  const rows = lines.filter((l, i) => !(i === 1 && /^\|?\s*:?-+/.test(l.trim()))).map(cells);
  const header = rows[0]!;
  const body = rows.slice(1);
  const shown = header.every((h) => h === '') ? body : rows;
  const widths = header.map((_, c) => Math.max(...shown.map((r) => displayWidth(r[c] ?? ''))));
  const line = (r: string[]) => indent + r.map((v, c) => (c === r.length - 1 ? v : pad(v, widths[c]!))).join('  ').trimEnd();
  if (shown === body) return body.map(line);
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line)];
}

/** Renders a job summary (GitHub-flavoured Markdown with <details>) for a terminal. */
export function renderForTerminal(markdown: string, opts: TerminalOptions): string {
  const bold = (s: string) => (opts.color ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string) => (opts.color ? `\u001b[2m${s}\u001b[22m` : s);
  const maxFenced = opts.maxFencedLines ?? 20;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let indent = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const details = /^<details>\s*<summary>(.*?)<\/summary>\s*$/.exec(line);
    const fence = /^(\s*)(`{3,})(\w*)\s*$/.exec(line);
    if (heading) {
      const title = inline(heading[2]!);
      out.push('', bold(title), heading[1]!.length <= 2 ? '═'.repeat(displayWidth(title)) : '─'.repeat(displayWidth(title)));
    } else if (details) {
      out.push(`${indent}▸ ${bold(inline(details[1]!))}`);
      indent += '  ';
    } else if (/^<\/details>\s*$/.test(line)) {
      indent = indent.slice(2);
    } else if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i]!.trim() !== fence[2]; i++) body.push(lines[i]!.slice(fence[1]!.length));
      // A long dump is for machines (the --markdown output and the report-json output keep it).
      if (indent && body.length > maxFenced) out.push(dim(`${indent}(${body.length} lines of ${fence[3] || 'text'} left out; npm run demo -- --markdown shows them)`));
      else out.push(...body.map((b) => dim(`${indent}  ${b}`)));
    } else if (/^\s*\|/.test(line)) {
      const table: string[] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]!); i++) table.push(lines[i]!);
      i--;
      const [head, ...rest] = alignTable(table, indent);
      out.push(rest.length && /─/.test(rest[0]!) ? bold(head!) : head!, ...rest);
    } else if (/^\s*[-*]\s+/.test(line)) {
      out.push(`${indent}• ${inline(line.replace(/^\s*[-*]\s+/, ''))}`);
    } else {
      out.push(line.trim() ? `${indent}${inline(line)}` : '');
    }
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `name  value` lines, names aligned; multi-line values are indented under their name. */
export function keyValues(entries: Record<string, string>, indent = '  '): string {
  const width = Math.max(0, ...Object.keys(entries).map((k) => k.length));
  return Object.entries(entries)
    .map(([k, v]) => `${indent}${k.padEnd(width)}  ${v.split('\n').join(`\n${indent}${' '.repeat(width + 2)}`)}`)
    .join('\n');
}
