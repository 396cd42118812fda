/** Secrets found in inputs: passed to core.setSecret as soon as they are read. */
import * as core from '@actions/core';
import { isAlias, isMap, isScalar, isSeq, type Document } from 'yaml';

/**
 * Masks the value of every header (scalars directly in a `headers` mapping, at any depth), even in
 * a document with errors or in checks that are otherwise invalid.
 */
export function maskHeaderValues(doc: Document, secrets: string[]): void {
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const visit = (node: unknown, depth: number): void => {
    node = resolve(node);
    if (depth > 50) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const value = resolve(pair.value);
        if (isScalar(pair.key) && pair.key.value === 'headers' && isMap(value)) {
          for (const header of value.items) {
            const headerValue = resolve(header.value);
            if (isScalar(headerValue) && headerValue.value !== null && String(headerValue.value) !== '') {
              const secret = String(headerValue.value);
              core.setSecret(secret);
              secrets.push(secret);
              // `Bearer <token>`, `Basic <credentials>`: the credential alone is a secret too.
              const credential = /^\s*[A-Za-z][\w-]*\s+(\S{4,})\s*$/.exec(secret)?.[1];
              if (credential) {
                core.setSecret(credential);
                secrets.push(credential);
              }
            }
          }
        }
        visit(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(doc.contents, 0);
}
