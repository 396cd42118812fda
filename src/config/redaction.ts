/**
 * Redaction (pure): every secret in a text replaced by `***`, whatever its length or shape.
 *
 * How a value is found decides what else it can hit, so there are two ways:
 * - a distinctive value (8 characters or more, not only digits: a token, a webhook URL, most
 *   header values) is replaced wherever it occurs, even inside a longer word;
 * - any other value (`8675309`, `eu`, `true`, `3`) is replaced only where it stands as a whole
 *   token: not touching a letter, a digit or `_`, nor a `.`, `-` or `+` that carries the token on
 *   (so `3` hides `replicas 3` and `x=3` but not `1.3.0`, `v3` or `503`, and `eu` hides `eu` but
 *   not `queue` or `eu-west-1`).
 * The price of the second way: an unrelated word that equals a short secret (a deploy input
 * `dry=true` and the word `true` in a sentence) is hidden too. That is the contract: a value
 * given as a secret is never shown, whatever its shape. One floor: a single character and a
 * number of one or two digits (`x`, `3`, `12`) are not looked for. Hidden, they would take every
 * count, step and line number of the log with them (`line ***`), and a value that small keeps
 * nothing secret anyway.
 *
 * Besides the value itself, the forms it takes when the action shows it are found too: its
 * whitespace runs folded to one space (one-line messages), escaped inside a JSON string, and
 * percent-encoded (inside a URL).
 */

export const REDACTED = '***';

/** Too small to look for (see above): one character, or a number of one or two digits. */
export function isTooSmall(value: string): boolean {
  return value.length < 2 || /^\d{1,2}$/.test(value);
}

/** A value matched anywhere (not only as a whole token). */
export function isDistinctive(value: string): boolean {
  return value.length >= 8 && !/^\d+$/.test(value);
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A token character, and a `.`/`-`/`+` joining two token characters (`1.3.0`, `eu-west-1`). */
const BEFORE = '(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}_][.+\\-])';
const AFTER = '(?![\\p{L}\\p{N}_])(?![.+\\-][\\p{L}\\p{N}_])';

/** The forms a secret takes in what the action writes. */
function variants(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const folded = secret.replace(/\s+/g, ' ').trim();
  if (folded !== '') forms.add(folded);
  forms.add(JSON.stringify(secret).slice(1, -1));
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // a lone surrogate: no encoded form
  }
  return [...forms].filter((f) => f !== '');
}

/**
 * A function that redacts every one of `secrets` (empty and blank ones ignored) from a text.
 * Compile it once for many texts.
 */
export function compileRedactor(secrets: Iterable<string>): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (isTooSmall(secret.trim())) continue;
    for (const form of variants(secret)) if (!isTooSmall(form)) forms.add(form);
  }
  if (forms.size === 0) return (text) => text;
  // Longest first: at one position, a secret that contains another is replaced whole.
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((form) => (isDistinctive(form) ? escapeRegex(form) : `${BEFORE}${escapeRegex(form)}${AFTER}`));
  const pattern = new RegExp(alternatives.join('|'), 'gu');
  return (text) => (text === '' ? text : text.replace(pattern, REDACTED));
}

/** `text` with every one of `secrets` redacted (see compileRedactor). */
export function redactWith(text: string, secrets: Iterable<string>): string {
  return compileRedactor(secrets)(text);
}

/**
 * A JSON-shaped value with every string in it redacted (object keys, numbers and booleans kept):
 * what a report-json reader parses stays valid JSON of the same shape.
 */
export function redactStrings<T>(value: T, redact: (text: string) => string): T {
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return redact(v);
    if (v === null || typeof v !== 'object' || depth > 100) return v;
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) out[key] = walk(item, depth + 1);
    return out;
  };
  return walk(value, 0) as T;
}
