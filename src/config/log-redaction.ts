/**
 * The step's own log, redacted: everything written to stdout and stderr (the action's lines, its
 * workflow commands, the output of the user's commands it streams) goes through the secrets
 * registry first. The runner masks only what `::add-mask::` told it, and only values long enough
 * to mask without garbling the job's log; this covers the rest (short deploy-inputs values, a
 * secret reused inside another input and echoed by a command) in this step's log.
 *
 * Workflow commands keep their form: `::add-mask::` lines pass untouched (the runner must learn
 * the value), and in `::error title=…,line=3::message` only the message is redacted.
 */
import { redactSecrets } from './secrets.js';

const COMMAND = /^(::[A-Za-z-]+(?: [^:]*)?::)(.*)$/s;

/** One line as it may be written: pure but for the redactor it is given. */
export function redactLogLine(line: string, redact: (text: string) => string): string {
  if (line.startsWith('::add-mask::')) return line;
  const command = COMMAND.exec(line);
  return command ? `${command[1]}${redact(command[2]!)}` : redact(line);
}

/** A chunk of one or more lines, each redacted on its own (line ends kept). */
export function redactLogText(text: string, redact: (text: string) => string): string {
  return text
    .split(/(\r?\n)/)
    .map((part, i) => (i % 2 === 1 ? part : redactLogLine(part, redact)))
    .join('');
}

type Write = NodeJS.WriteStream['write'];

/**
 * Routes every write to process.stdout and process.stderr through `redact` (by default the
 * registry's, read at each write, so secrets registered later count too). Returns the undo.
 */
export function installLogRedaction(redact: (text: string) => string = redactSecrets): () => void {
  const undo: Array<() => void> = [];
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write;
    const write = original.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : undefined;
      if (text === undefined) return write(chunk, ...rest);
      // A string chunk: an encoding argument would now mislead (a buffer was decoded as UTF-8).
      const args = typeof chunk === 'string' ? rest : rest.filter((arg) => typeof arg === 'function');
      return write(redactLogText(text, redact), ...args);
    }) as Write;
    undo.push(() => {
      stream.write = original;
    });
  }
  return () => undo.forEach((u) => u());
}
