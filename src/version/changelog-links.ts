/**
 * The link definitions at the end of a Keep a Changelog file (`[unreleased]: <base>/compare/v1.1.0...HEAD`,
 * `[1.1.0]: <base>/releases/tag/v1.1.0`): on a release the Unreleased link moves to compare from the
 * new tag, and a link for the new version is added below it, in the style the file uses (angle
 * brackets kept). Pure: link definitions in, text edits out.
 *
 * The base URL of a link is everything before the route GitHub (or GitLab, `.../-/compare/...`)
 * puts after a repository, found from the right, so a repository or group whose name is itself
 * `tree`, `releases`, `tags`, `commit(s)` or `compare` keeps its name in the base:
 * `https://github.com/acme/tree/compare/v1...HEAD` has the base `https://github.com/acme/tree`.
 */
import semver from 'semver';

export interface LinkDef {
  /** Index of the line. */
  index: number;
  label: string;
  /** As written, angle brackets included. */
  url: string;
  urlStart: number;
  urlEnd: number;
  /** Offsets of the line's first character and of its end (before the line break). */
  lineStart: number;
  lineEnd: number;
}

export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

/** The link definition on a line of text (`[label]: url`, up to 3 spaces of indent), or null. */
export function linkDefOn(text: string, lineStart: number, lineEnd: number, index: number): LinkDef | null {
  const m = /^ {0,3}\[([^\]]+)\]:[ \t]*(<[^>]*>|\S+)/.exec(text.slice(lineStart, lineEnd));
  if (!m) return null;
  const urlStart = lineStart + m[0].length - m[2].length;
  return { index, label: m[1], url: m[2], urlStart, urlEnd: urlStart + m[2].length, lineStart, lineEnd };
}

function unangled(url: string): { url: string; angled: boolean } {
  const m = /^<(.*)>$/.exec(url);
  return m ? { url: m[1], angled: true } : { url, angled: false };
}

/** `<base>/compare/<from>...<to>`, the last `/compare/` whose rest holds `...`. */
function compareParts(url: string): { base: string; from: string; to: string } | null {
  for (let at = url.lastIndexOf('/compare/'); at > 0; at = url.lastIndexOf('/compare/', at - 1)) {
    const rest = url.slice(at + '/compare/'.length);
    const dots = rest.indexOf('...');
    if (dots > 0 && dots + 3 < rest.length) return { base: url.slice(0, at), from: rest.slice(0, dots), to: rest.slice(dots + 3) };
  }
  return null;
}

/** The repository's base URL of a changelog link, or null when the link has no known route. */
export function linkBase(written: string): string | null {
  const { url } = unangled(written);
  const compare = compareParts(url);
  if (compare) return compare.base;
  const releaseTag = url.lastIndexOf('/releases/tag/');
  if (releaseTag > 0 && releaseTag + '/releases/tag/'.length < url.length) return url.slice(0, releaseTag);
  const releases = /^(.+)\/releases\/?$/.exec(url);
  if (releases) return releases[1];
  let best = -1;
  for (const route of ['/tree/', '/commits/', '/commit/', '/tags/', '/tag/']) {
    const at = url.lastIndexOf(route);
    if (at > 0 && at + route.length < url.length) best = Math.max(best, at);
  }
  return best > 0 ? url.slice(0, best) : null;
}

export interface LinkEditOptions {
  /** The new version's label as its heading shows it (`1.2.0` or `v1.2.0`). */
  label: string;
  /** The new tag (with prefix). */
  tag: string;
  previousTag: string | null;
  repoUrl: string;
  eol: string;
}

/**
 * The edits that move the Unreleased link and add the new version's link; none when the file has
 * no such links. An existing definition for the new version is kept as it is (not added twice),
 * and the Unreleased link moves all the same.
 */
export function releaseLinkEdits(links: readonly LinkDef[], opts: LinkEditOptions): TextEdit[] {
  const unreleasedLink = links.find((l) => /^unreleased$/i.test(l.label.trim()));
  const versionLinks = links.filter((l) => /^[vV]?\d/.test(l.label.trim()) && semver.valid(l.label.trim().replace(/^[vV]/, '')));
  if (!unreleasedLink && versionLinks.length === 0) return [];
  const hasOwnLink = links.some((l) => l.label.trim().toLowerCase() === opts.label.toLowerCase());
  const sample = unreleasedLink ?? versionLinks[0];
  const angled = unangled(sample.url).angled;
  const wrap = (url: string): string => (angled ? `<${url}>` : url);
  const base = linkBase(sample.url) ?? opts.repoUrl.replace(/\/+$/, '');
  const compare = unreleasedLink ? compareParts(unangled(unreleasedLink.url).url) : null;
  const from = opts.previousTag ?? compare?.from ?? null;
  const line = `[${opts.label}]: ${wrap(from ? `${base}/compare/${from}...${opts.tag}` : `${base}/releases/tag/${opts.tag}`)}`;

  const edits: TextEdit[] = [];
  if (unreleasedLink) {
    // The Unreleased link now compares from the new tag (to the same head, HEAD by default).
    const unreleasedBase = compare ? compare.base : linkBase(unreleasedLink.url);
    if (unreleasedBase !== null) {
      const moved = `${unreleasedBase}/compare/${opts.tag}...${compare ? compare.to : 'HEAD'}`;
      const own = unangled(unreleasedLink.url).angled;
      edits.push({ at: unreleasedLink.urlStart, remove: unreleasedLink.urlEnd - unreleasedLink.urlStart, insert: own ? `<${moved}>` : moved });
    }
    if (!hasOwnLink) edits.push({ at: unreleasedLink.lineEnd, remove: 0, insert: `${opts.eol}${line}` });
  } else if (!hasOwnLink) {
    edits.push({ at: versionLinks[0].lineStart, remove: 0, insert: `${line}${opts.eol}` });
  }
  return edits;
}
