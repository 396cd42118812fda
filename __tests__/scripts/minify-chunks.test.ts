/** The chunks' minifier keeps what the chunk does, and where its source map points. */
import { SourceMap } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import { transformSync } from 'esbuild';
import { minifyChunk } from '../../scripts/minify-chunks.js';

// A chunk as ncc writes one (ESM, `id` and `modules`), from TypeScript, with its map to the .ts file.
const TS = [
  'export const id = 7;',
  'export const modules = {',
  '  7: (_module: unknown, exports: Record<string, unknown>) => {',
  "    const longDescriptiveGreeting = 'naïve ✓ café';",
  '    exports.greet = function greetingFunction(who: string): string {',
  '      if (!who) throw new Error(`marker: ${longDescriptiveGreeting}`);',
  '      return `${longDescriptiveGreeting}, ${who}`;',
  '    };',
  '  }',
  '};',
  ''
].join('\n');

function nccChunk(): { code: string; map: string } {
  const out = transformSync(TS, { loader: 'ts', format: 'esm', sourcemap: 'external', sourcefile: '../src/sample.ts' });
  return { code: `${out.code}//# sourceMappingURL=7.index.js.map\n`, map: out.map };
}

async function load(code: string): Promise<{ modules: Record<number, (m: unknown, e: Record<string, unknown>) => void> }> {
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as never;
}

describe('minifyChunk', () => {
  const input = nccChunk();
  const out = minifyChunk('7.index.js', input.code, input.map);

  it('is smaller, ASCII only, and names its own map on the last line', () => {
    expect(out.code.length).toBeLessThan(input.code.length);
    expect([...out.code].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(out.code.endsWith('//# sourceMappingURL=7.index.js.map\n')).toBe(true);
    expect(out.code.match(/sourceMappingURL/g)).toHaveLength(1);
  });

  it('wraps no function in parentheses (V8 compiles a parenthesised function at once, not when called)', () => {
    expect(out.code).not.toMatch(/\(function|!function|\(\(\w*\)\s*=>/);
  });

  it('does what the chunk did', async () => {
    const exports: Record<string, unknown> = {};
    (await load(out.code)).modules[7]!(undefined, exports);
    const greet = exports.greet as (who: string) => string;
    expect(greet('Ada')).toBe('naïve ✓ café, Ada');
    expect(() => greet('')).toThrow('marker: naïve ✓ café');
  });

  it('maps back to the TypeScript source through the map it was given', () => {
    const map = new SourceMap(JSON.parse(out.map));
    expect(JSON.parse(out.map).sources).toEqual(['../src/sample.ts']);
    const lines = out.code.split('\n');
    const line = lines.findIndex((l) => l.includes('marker: '));
    const column = lines[line]!.indexOf('Error(');
    const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    expect(entry.originalSource).toContain('src/sample.ts');
    expect(TS.split('\n')[entry.originalLine!]).toContain('marker: ');
  });
});
