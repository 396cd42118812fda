/**
 * Bounds on YAML read from inputs and files: aliases (`*name`) may not expand a document without
 * bound (a few hundred bytes of nested aliases can stand for billions of nodes). The yaml
 * package's own guard (maxAliasCount) decides; every YAML input and file is checked with it
 * before anything walks the document.
 */
import type { Document } from 'yaml';

/** As the yaml package counts them: how many nodes aliases may stand for, in all. */
export const MAX_YAML_ALIAS_COUNT = 100;

/** Why the document's aliases expand too far, or undefined. Call only on a document without errors. */
export function aliasExpansionProblem(doc: Document): string | undefined {
  try {
    doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
    return undefined;
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return `its aliases (*name) expand too far (more than ${MAX_YAML_ALIAS_COUNT} aliased nodes); write the values out or use fewer nested aliases`;
    }
    throw error;
  }
}
