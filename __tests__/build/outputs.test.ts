import { describe, expect, it } from 'vitest';
import { planOutputs } from '../../src/build/outputs.js';
import { buildRequest, type BuildRequest } from '../../src/types.js';

function request(overrides: Partial<BuildRequest>): BuildRequest {
  return buildRequest({ ...overrides });
}

describe('planOutputs', () => {
  it.each<[string, Partial<BuildRequest>, string, { push: boolean; load: boolean }]>([
    ['docker driver, nothing asked', {}, 'docker', { push: false, load: false }],
    ['docker driver, load', { load: true }, 'docker', { push: false, load: true }],
    [
      'docker driver, push and load: push alone already stores it',
      { push: true, load: true },
      'docker',
      { push: true, load: false },
    ],
    ['docker-container, nothing asked: load to measure', {}, 'docker-container', { push: false, load: true }],
    ['docker-container, push: also load', { push: true }, 'docker-container', { push: true, load: true }],
    [
      'docker-container, several platforms: no load (built per platform instead)',
      { push: true, platforms: ['linux/amd64', 'linux/arm64'] },
      'docker-container',
      { push: true, load: false },
    ],
  ])('%s', (_name, overrides, driver, expected) => {
    const outputs = planOutputs(request(overrides), driver);
    expect({ push: outputs.push, load: outputs.load }).toEqual(expected);
  });

  it('says why it loads an image the user did not ask to load', () => {
    expect(planOutputs(request({}), 'kubernetes').notes).toEqual([
      expect.stringContaining('kubernetes builder'),
    ]);
  });
});
