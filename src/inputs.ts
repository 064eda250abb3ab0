// The action's inputs: the runner's INPUT_* values handed to the one options reader
// (src/options.ts), keyed by their action.yml names as docker/build-push-action does. Only this
// file and main.ts talk to @actions/core.
import * as core from '@actions/core';
import { readOptions, type Options } from './options.js';

export interface Inputs extends Options {
  githubToken: string;
}

export function getInputs(): Inputs {
  const options = readOptions({ text: (name) => core.getInput(name), label: (name) => `input ${name}` });
  return {
    ...options,
    githubToken: core.getInput('github-token'),
  };
}
