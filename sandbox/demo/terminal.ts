/**
 * The job summary as a terminal shows it best (`npm run demo`): headings set off, tables aligned
 * in columns, inline Markdown (code, bold, links, escapes) turned into plain text, <details>
 * kept as an indented block under their title, and long machine dumps (the settings JSON) left
 * out with a note. Everything fits the width (80 columns): text wraps at spaces, a table too wide
 * wraps its last column, or, when even that does not fit, shows each row as a small block.
 * `npm run demo -- --markdown` prints the raw text instead. Pure: text in, text out.
 */

/** The demo's width: a terminal's default, and what the demo's tests hold it to. */
export const WIDTH = 80;

export interface TerminalOptions {
  /** ANSI bold/dim; off for pipes and NO_COLOR. */
  color: boolean;
  /** Fenced blocks in <details> longer than this many lines are replaced by a note. */
  maxFencedLines?: number;
  /** Columns to fit in; default WIDTH. */
  width?: number;
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
  // eslint-disable-next-line no-control-regex
  for (const ch of s.replace(/\u001b\[[0-9;]*m/g, '')) {
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

/**
 * Text in lines of at most `width` columns: broken at spaces, a word longer than a line cut where
 * it must be. The first line starts with `first`, the others with `rest` (a hanging indent).
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  // What fits stays as it is (the spacing of a code line included).
  if (displayWidth(first + text) <= width) return [(first + text).trimEnd()];
  const lines: string[] = [];
  const leading = /^\s*/.exec(text)![0];
  let line = first + leading;
  let empty = true;
  const room = () => width - displayWidth(line);
  for (const word of text.slice(leading.length).split(' ').filter((w) => w !== '')) {
    let w = word;
    if (!empty && displayWidth(w) + 1 > room()) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    // A word wider than a whole line: cut it, a line at a time.
    while (displayWidth(w) > room()) {
      const cut = fitPrefix(w, Math.max(1, room()));
      lines.push(line + cut);
      line = rest;
      w = w.slice(cut.length);
    }
    line += (empty ? '' : ' ') + w;
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/** The longest start of `s` that takes at most `columns`. */
function fitPrefix(s: string, columns: number): string {
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > columns) break;
    out += ch;
  }
  return out || [...s][0]!;
}

/** The narrowest the last column may get before a table is shown as blocks instead. */
const MIN_LAST_COLUMN = 24;

/**
 * A Markdown table (header, rule, rows) as aligned columns; an empty header row is left out.
 * Wider than `width`: the last column wraps under itself; when the other columns leave it less
 * than MIN_LAST_COLUMN, each row becomes a block: its first cell (and a short last cell, a
 * verdict, unless it is a bare dash) on a line, then `header  value` lines.
 */
export function alignTable(lines: string[], indent = '', width = Infinity): string[] {
  const rows = lines.filter((l, i) => !(i === 1 && /^\|?\s*:?-+/.test(l.trim()))).map(cells);
  const header = rows[0]!;
  const body = rows.slice(1);
  const shown = header.every((h) => h === '') ? body : rows;
  const widths = header.map((_, c) => Math.max(...shown.map((r) => displayWidth(r[c] ?? ''))));
  const last = widths.length - 1;
  const lead = displayWidth(indent) + widths.slice(0, last).reduce((a, w) => a + w + 2, 0);
  const fits = lead + widths[last]! <= width;
  if (!fits && width - lead < MIN_LAST_COLUMN) return asBlocks(header, body, shown === rows, indent, width);
  const line = (r: string[]): string[] => {
    const start = indent + r.slice(0, last).map((v, c) => pad(v, widths[c]!)).join('  ') + (last > 0 ? '  ' : '');
    const value = r[last] ?? '';
    return fits ? [(start + value).trimEnd()] : wrap(value, width, start, ' '.repeat(displayWidth(start)));
  };
  const rule = indent + widths.map((w, c) => '─'.repeat(c === last && !fits ? Math.min(w, width - lead) : w)).join('  ');
  return shown === body ? body.flatMap(line) : [...line(header), rule, ...body.flatMap(line)];
}

/** Each row as a block: the first cell (with a short last cell), then the other cells under their names. */
function asBlocks(header: string[], body: string[][], named: boolean, indent: string, width: number): string[] {
  const last = header.length - 1;
  const shortLast = body.every((r) => displayWidth(r[last] ?? '') <= 12);
  const fields = header.map((h, c) => ({ name: named ? h : '', c })).slice(1, shortLast ? last : undefined);
  const nameWidth = Math.max(0, ...fields.map((f) => displayWidth(f.name)));
  const out: string[] = [];
  body.forEach((r, i) => {
    if (i > 0) out.push('');
    // A dash says nothing: left out rather than put beside the title.
    const aside = shortLast && r[last] && r[last] !== '–' ? `  ${r[last]}` : '';
    out.push(...wrap(`${r[0] ?? ''}${aside}`, width, indent));
    for (const f of fields) {
      const start = `${indent}  ${pad(f.name, nameWidth)}${nameWidth ? '  ' : ''}`;
      out.push(...wrap(r[f.c] ?? '', width, start, ' '.repeat(displayWidth(start))));
    }
  });
  return out;
}

/** Renders a job summary (GitHub-flavoured Markdown with <details>) for a terminal. */
export function renderForTerminal(markdown: string, opts: TerminalOptions): string {
  const bold = (s: string) => (opts.color ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string) => (opts.color ? `\u001b[2m${s}\u001b[22m` : s);
  const maxFenced = opts.maxFencedLines ?? 20;
  const width = opts.width ?? WIDTH;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let indent = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const details = /^<details>\s*<summary>(.*?)<\/summary>\s*$/.exec(line);
    const fence = /^(\s*)(`{3,})(\w*)\s*$/.exec(line);
    if (heading) {
      const title = wrap(inline(heading[2]!), width);
      const rule = Math.max(...title.map(displayWidth));
      out.push('', ...title.map(bold), heading[1]!.length <= 2 ? '═'.repeat(rule) : '─'.repeat(rule));
    } else if (details) {
      out.push(...wrap(inline(details[1]!), width, `${indent}▸ `, `${indent}  `).map((l, k) => (k === 0 ? `${indent}▸ ${bold(l.slice(indent.length + 2))}` : bold(l))));
      indent += '  ';
    } else if (/^<\/details>\s*$/.test(line)) {
      indent = indent.slice(2);
    } else if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i]!.trim() !== fence[2]; i++) body.push(lines[i]!.slice(fence[1]!.length));
      // A long dump is for machines (the --markdown output and the report-json output keep it).
      if (indent && body.length > maxFenced) out.push(...wrap(`(${body.length} lines of ${fence[3] || 'text'} left out; npm run demo -- --markdown shows them)`, width, indent).map(dim));
      else out.push(...body.flatMap((b) => wrap(b, width, `${indent}  `)).map(dim));
    } else if (/^\s*\|/.test(line)) {
      const table: string[] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]!); i++) table.push(lines[i]!);
      i--;
      const aligned = alignTable(table, indent, width);
      const rule = aligned.findIndex((l) => /^\s*─/.test(l));
      out.push(...aligned.map((l, k) => (k < rule ? bold(l) : l)));
    } else if (/^\s*[-*]\s+/.test(line)) {
      out.push(...wrap(inline(line.replace(/^\s*[-*]\s+/, '')), width, `${indent}• `, `${indent}  `));
    } else {
      out.push(...(line.trim() ? wrap(inline(line), width, indent) : ['']));
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

/** Plain text (lines of it) fitted to `width`: each line wrapped, continuations indented by two. */
export function fitted(text: string, width = WIDTH): string {
  return text
    .split('\n')
    .flatMap((line) => wrap(line, width, '', `${/^\s*/.exec(line)![0]}  `))
    .join('\n');
}
