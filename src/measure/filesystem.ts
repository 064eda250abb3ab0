// Replays the layers of an image onto one file tree, the way the engine's union mount sees them,
// and records every byte a later layer hides: deleted (whiteout), hidden by an opaque directory,
// or overwritten. Each hidden copy is counted once, where it was written — not dive's sum of every
// copy including the one still visible (wagoodman/dive#684).
import type { LayerEntry } from './layer.js';

export type HiddenHow = 'deleted' | 'overwritten';

/** Bytes one layer wrote under `path` that a later layer hid. */
export interface HiddenBytes {
  /** The file, or the directory whose whole content was hidden at once. */
  path: string;
  bytes: number;
  files: number;
  writtenBy: number;
  hiddenBy: number;
  how: HiddenHow;
}

/** A file (or symlink, link, device) visible in the final image. */
export interface VisibleFile {
  path: string;
  bytes: number;
  layer: number;
}

class Node {
  children: Map<string, Node> | null = null;
  /** Layer that wrote this path as a non-directory; -1 for a directory. */
  layer = -1;
  bytes = 0;

  child(name: string): Node {
    this.children ??= new Map();
    let node = this.children.get(name);
    if (!node) {
      node = new Node();
      this.children.set(name, node);
    }
    return node;
  }
}

function split(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}

export class LayeredFilesystem {
  private readonly root = new Node();
  readonly hidden: HiddenBytes[] = [];

  /** Applies one layer (index `layer`, bottom = 0) on top of those applied before. */
  apply(layer: number, entries: readonly LayerEntry[]): void {
    // Whiteouts and opaque markers refer to the layers below, never to this layer's own entries,
    // so they go first.
    for (const e of entries) {
      if (e.kind === 'whiteout') this.remove(e.path, layer);
      else if (e.kind === 'opaque') this.clear(e.path, layer);
    }
    for (const e of entries) {
      if (e.kind !== 'whiteout' && e.kind !== 'opaque') this.write(e, layer);
    }
  }

  private find(path: string): { parent: Node; name: string; node: Node } | null {
    const parts = split(path);
    let parent = this.root;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = parent.children?.get(parts[i]!);
      if (!next) return null;
      parent = next;
    }
    const name = parts[parts.length - 1];
    const node = name === undefined ? undefined : parent.children?.get(name);
    return node && name !== undefined ? { parent, name, node } : null;
  }

  private remove(path: string, layer: number): void {
    const found = this.find(path);
    if (!found) return;
    this.hideSubtree(path, found.node, layer, 'deleted', true);
    found.parent.children!.delete(found.name);
  }

  private clear(path: string, layer: number): void {
    const found = path === '' ? { node: this.root } : this.find(path);
    if (!found?.node.children) return;
    for (const [name, child] of found.node.children) {
      this.hideSubtree(path ? `${path}/${name}` : name, child, layer, 'deleted', true);
    }
    found.node.children = null;
  }

  private write(entry: LayerEntry, layer: number): void {
    const parts = split(entry.path);
    let node = this.root;
    for (const part of parts) node = node.child(part);
    if (node.layer >= 0 && node.layer < layer) {
      this.hidden.push({
        path: entry.path,
        bytes: node.bytes,
        files: 1,
        writtenBy: node.layer,
        hiddenBy: layer,
        how: 'overwritten',
      });
    }
    if (entry.kind === 'directory') {
      node.layer = -1;
      node.bytes = 0;
      return;
    }
    if (node.children) {
      // A file replacing a directory hides everything under it.
      this.hideSubtree(entry.path, node, layer, 'overwritten', false);
      node.children = null;
    }
    node.layer = layer;
    node.bytes = entry.bytes;
  }

  /** Records everything under `node` as hidden, one record per writing layer. */
  private hideSubtree(path: string, node: Node, layer: number, how: HiddenHow, includeSelf: boolean): void {
    const byLayer = new Map<number, { bytes: number; files: number }>();
    const add = (n: Node) => {
      if (n.layer < 0 || n.layer >= layer) return;
      const t = byLayer.get(n.layer) ?? { bytes: 0, files: 0 };
      t.bytes += n.bytes;
      t.files++;
      byLayer.set(n.layer, t);
    };
    if (includeSelf) add(node);
    const stack: Node[] = node.children ? [...node.children.values()] : [];
    while (stack.length) {
      const n = stack.pop()!;
      add(n);
      if (n.children) for (const c of n.children.values()) stack.push(c);
    }
    for (const [writtenBy, t] of [...byLayer].sort((a, b) => a[0] - b[0])) {
      this.hidden.push({ path, bytes: t.bytes, files: t.files, writtenBy, hiddenBy: layer, how });
    }
  }

  /** Every non-directory path visible in the final image, depth first. */
  *visible(): Generator<VisibleFile> {
    const stack: [string, Node][] = [['', this.root]];
    while (stack.length) {
      const [path, node] = stack.pop()!;
      if (node.layer >= 0) yield { path, bytes: node.bytes, layer: node.layer };
      if (node.children)
        for (const [name, child] of node.children) stack.push([path ? `${path}/${name}` : name, child]);
    }
  }
}

export function replayLayers(layers: readonly (readonly LayerEntry[])[]): LayeredFilesystem {
  const fs = new LayeredFilesystem();
  layers.forEach((entries, index) => fs.apply(index, entries));
  return fs;
}
