// The image config, summarised for the report. Environment values can hold secrets, so only the
// names ever leave this function.
import type { ImageConfigSummary } from '../types.js';
import type { ContainerConfig, HistoryEntry } from './types.js';

export function summarizeConfig(config: ContainerConfig | null | undefined): ImageConfigSummary {
  const c = config ?? {};
  return {
    user: c.User ?? '',
    entrypoint: c.Entrypoint ?? null,
    cmd: c.Cmd ?? null,
    exposedPorts: Object.keys(c.ExposedPorts ?? {}).sort(),
    envNames: (c.Env ?? []).map((e) => e.split('=')[0]!),
    labels: c.Labels ?? {},
    workingDir: c.WorkingDir ?? '',
    healthcheck: c.Healthcheck?.Test ?? null,
  };
}

export function platformOf(config: { os?: string; architecture?: string; variant?: string }): string {
  return [config.os, config.architecture, config.variant].filter(Boolean).join('/');
}

/**
 * For each layer, the index of the history entry that produced it. History also lists
 * instructions that only changed the config (`empty_layer`); skipping them lines the rest up with
 * the layers. When the counts disagree (hand-edited or squashed images) nothing is attributed
 * rather than something wrong.
 */
export function layerHistoryIndexes(
  history: readonly HistoryEntry[] | undefined,
  layerCount: number,
): (number | null)[] {
  const indexes: number[] = [];
  (history ?? []).forEach((h, i) => {
    if (!h.empty_layer) indexes.push(i);
  });
  if (indexes.length !== layerCount) return Array.from({ length: layerCount }, () => null);
  return indexes;
}
