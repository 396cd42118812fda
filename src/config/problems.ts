/**
 * Input problems: collected one per bad value, each naming its input, thrown together
 * (InputError) before anything is changed. Secret values are redacted from every message.
 */
import { compileRedactor } from './redaction.js';

/** Every input problem at once; the message lists them one per line. */
export class InputError extends Error {
  readonly problems: string[];
  /** The input each problem is about (same order as `problems`). */
  readonly inputs: string[];
  constructor(problems: string[], inputs: string[] = []) {
    const count = problems.length === 1 ? '1 input problem' : `${problems.length} input problems`;
    super(`${count} (nothing was changed):\n${problems.join('\n')}`);
    this.name = 'InputError';
    this.problems = problems;
    this.inputs = inputs;
  }
}

export class Problems {
  private readonly list: Array<{ input: string; text: string }> = [];
  /** Values redacted from every message (defence in depth: messages never show them anyway). */
  readonly secrets: string[] = [];

  /** `order`: input names in action.yml's order (problems are listed in that order). */
  constructor(private readonly order: readonly string[]) {}

  add(input: string, message: string, where?: string): void {
    this.list.push({ input, text: `Input '${input}'${where ? ` (${where})` : ''}: ${message}` });
  }

  /** A problem worded in full (it must still name the input). */
  addSentence(input: string, text: string): void {
    this.list.push({ input, text });
  }

  /** Throws InputError with every problem, in action.yml's input order, secrets redacted. */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const redact = compileRedactor(this.secrets);
    const ordered = [...this.list].sort((a, b) => this.order.indexOf(a.input) - this.order.indexOf(b.input));
    throw new InputError(
      ordered.map(({ text }) => redact(text)),
      ordered.map(({ input }) => input)
    );
  }
}

/** A value as shown in a message: JSON-quoted (line breaks visible), shortened when long. */
export function show(value: string): string {
  const quoted = JSON.stringify(value);
  return quoted.length > 90 ? `${quoted.slice(0, 86)}…"` : quoted;
}

export function hasControlChar(value: string, allowTab = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && !(allowTab && code === 0x09)) || code === 0x7f) return true;
  }
  return false;
}
