// This run's lint, build and measure, packaged as the functions the baseline stage takes, so the
// base is made exactly as the head was while src/baseline/ imports none of the stages.
import type { BaselineStages } from './baseline/index.js';
import { buildImage } from './build/buildx.js';
import type { LintConfig } from './lint/config.js';
import { lintText } from './lint/index.js';
import type { Logger } from './log.js';
import { measureImage, type LayerCache } from './measure/index.js';
import { readReports } from './report/files.js';
import { imageFacts, snapshotOfReport } from './report/snapshot.js';
import type { BuildRequest } from './types.js';
import { buildArgMap, stageChain } from './dockerfile/stages.js';

export interface BaselineStagesContext {
  /** The head's build request: the base is built and measured with its target and build args. */
  request: BuildRequest;
  /** The Dockerfile as the user named it, for findings and messages. */
  displayFile: string;
  cwd: string;
  lintConfig: LintConfig;
  shellcheck: boolean;
  /** The head's compute-compressed-size: a rebuilt base is measured the same way. */
  computeCompressedSize: boolean;
  /** The layers the head's measurement read: the base's layers it shares are not read again. */
  layerCache: LayerCache;
  signal?: AbortSignal;
  log: Logger;
}

export function baselineStages(context: BaselineStagesContext): BaselineStages {
  const { request, displayFile, log, signal } = context;
  return {
    lint: async (text, dockerfile) => {
      const linted = await lintText(displayFile, text, {
        cwd: context.cwd,
        contextDir: request.context,
        config: context.lintConfig,
        shellcheck: context.shellcheck,
        model: dockerfile,
      });
      return linted.findings;
    },
    build: async (build, dockerfile) => (await buildImage(build, log, { signal, dockerfile })).imageId,
    measure: async (imageId, dockerfile, compressed) => {
      const measured = await measureImage(imageId, {
        log,
        compressed: compressed && context.computeCompressedSize,
        layerCache: context.layerCache,
        chain: dockerfile ? stageChain(dockerfile, request.target, buildArgMap(request.buildArgs)) : null,
      });
      return imageFacts(measured, measured.platform ?? null);
    },
    readReports,
    snapshotOfReport,
  };
}
