import { hasControlChar } from './problems.js';

/** Why `name` is not a valid git ref name (git check-ref-format rules), or undefined. */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '@') return "'@' alone is not a ref name";
  if (hasControlChar(name) || /[ ~^:?*[\\]/.test(name)) {
    return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
  }
  if (name.includes('..')) return "it contains '..'";
  if (name.includes('@{')) return "it contains '@{'";
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
    return "it starts or ends with '/' or contains '//'";
  }
  if (name.endsWith('.')) return "it ends with '.'";
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return "a part of it starts with '.'";
    if (part.endsWith('.lock')) return "a part of it ends with '.lock'";
  }
  return undefined;
}
