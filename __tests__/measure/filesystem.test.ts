import { describe, expect, it } from 'vitest';
import { replayLayers } from '../../src/measure/filesystem.js';
import type { LayerEntry } from '../../src/measure/layer.js';

const file = (path: string, bytes: number): LayerEntry => ({ path, kind: 'file', bytes });
const dir = (path: string): LayerEntry => ({ path, kind: 'directory', bytes: 0 });
const whiteout = (path: string): LayerEntry => ({ path, kind: 'whiteout', bytes: 0 });
const opaque = (path: string): LayerEntry => ({ path, kind: 'opaque', bytes: 0 });

function visible(layers: LayerEntry[][]): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const f of replayLayers(layers).visible()) out[f.path] = [f.bytes, f.layer];
  return out;
}

describe('replayLayers: what later layers hide', () => {
  it('a file written in one layer and deleted in the next is hidden once, with both layers', () => {
    const fs = replayLayers([
      [dir('tmp'), file('tmp/big', 1000)],
      [dir('tmp'), whiteout('tmp/big')],
    ]);
    expect(fs.hidden).toEqual([
      { path: 'tmp/big', bytes: 1000, files: 1, writtenBy: 0, hiddenBy: 1, how: 'deleted' },
    ]);
    expect(
      visible([
        [dir('tmp'), file('tmp/big', 1000)],
        [dir('tmp'), whiteout('tmp/big')],
      ]),
    ).toEqual({});
  });

  it('a file written three times hides two copies; the visible one is not waste', () => {
    const layers = [[file('f', 10)], [file('f', 20)], [file('f', 30)]];
    const fs = replayLayers(layers);
    expect(fs.hidden.map((h) => [h.bytes, h.writtenBy, h.hiddenBy, h.how])).toEqual([
      [10, 0, 1, 'overwritten'],
      [20, 1, 2, 'overwritten'],
    ]);
    expect(visible(layers)).toEqual({ f: [30, 2] });
  });

  it('a deleted directory hides its whole content, one record per layer that wrote into it', () => {
    const fs = replayLayers([
      [dir('var/lib/apt/lists'), file('var/lib/apt/lists/a', 5), file('var/lib/apt/lists/b', 7)],
      [file('var/lib/apt/lists/c', 11)],
      [whiteout('var/lib/apt/lists')],
    ]);
    expect(fs.hidden).toEqual([
      { path: 'var/lib/apt/lists', bytes: 12, files: 2, writtenBy: 0, hiddenBy: 2, how: 'deleted' },
      { path: 'var/lib/apt/lists', bytes: 11, files: 1, writtenBy: 1, hiddenBy: 2, how: 'deleted' },
    ]);
  });

  it('an opaque directory hides what lower layers had there but keeps its own layer’s files', () => {
    const layers = [
      [dir('app'), file('app/old', 100), file('keep', 1)],
      [dir('app'), opaque('app'), file('app/new', 3)],
    ];
    const fs = replayLayers(layers);
    expect(fs.hidden).toEqual([
      { path: 'app/old', bytes: 100, files: 1, writtenBy: 0, hiddenBy: 1, how: 'deleted' },
    ]);
    expect(visible(layers)).toEqual({ keep: [1, 0], 'app/new': [3, 1] });
  });

  it('a file replacing a directory hides the directory’s content; deleting what never existed hides nothing', () => {
    const fs = replayLayers([
      [dir('d'), file('d/x', 4)],
      [file('d', 2), whiteout('ghost')],
    ]);
    expect(fs.hidden).toEqual([
      { path: 'd', bytes: 4, files: 1, writtenBy: 0, hiddenBy: 1, how: 'overwritten' },
    ]);
  });

  it('a path written twice in one layer is not waste across layers', () => {
    expect(replayLayers([[file('a', 1), file('a', 2)]]).hidden).toEqual([]);
  });
});
