// A typed double of @actions/core for the entry tests, as actions/typescript-action's template
// keeps one: every function the action calls, typed from the real module so a change in its
// signatures breaks the tests. Inputs are read from a map the test fills, the way the runner
// passes them (defaults from action.yml); outputs, failures, logs and the summary are recorded.
import type * as Core from '@actions/core';
import { vi } from 'vitest';

export const inputs = new Map<string, string>();
export const outputs = new Map<string, unknown>();
export const summaries: string[] = [];

export const getInput = vi.fn<typeof Core.getInput>((name, options) => {
  const value = inputs.get(name) ?? '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
});
export const setOutput = vi.fn<typeof Core.setOutput>((name, value) => void outputs.set(name, value));
export const setFailed = vi.fn<typeof Core.setFailed>();
export const setSecret = vi.fn<typeof Core.setSecret>();
export const debug = vi.fn<typeof Core.debug>();
export const info = vi.fn<typeof Core.info>();
export const warning = vi.fn<typeof Core.warning>();
export const error = vi.fn<typeof Core.error>();
export const notice = vi.fn<typeof Core.notice>();
export const group = vi.fn(<T>(_name: string, fn: () => Promise<T>): Promise<T> => fn()) as typeof Core.group;

let pending = '';
/** The part of core.summary the action uses: text added, then written. */
export const summary = {
  addRaw: vi.fn((text: string) => {
    pending += text;
    return summary;
  }),
  write: vi.fn(async () => {
    summaries.push(pending);
    pending = '';
    return summary;
  }),
} as unknown as typeof Core.summary;

export function reset(): void {
  inputs.clear();
  outputs.clear();
  summaries.length = 0;
  pending = '';
  vi.clearAllMocks();
}
