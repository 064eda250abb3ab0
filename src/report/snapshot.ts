// A report (this run's, or a base-branch run's read back from disk) reduced to the facts a
// comparison needs. Pure. The measure stage's per-layer detail is read defensively: fields it
// does not produce (yet) are null, never guessed.
import type { ImageFacts, LayerFacts, Snapshot } from '../comparison.js';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model.js';
import type { Finding } from '../types.js';
import type { Report, ReportImage } from './types.js';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function layerFacts(raw: unknown): LayerFacts[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((l): l is Record<string, unknown> => !!l && typeof l === 'object')
    .map((l, i) => ({
      position: num(l.index) === null ? i + 1 : num(l.index)! + 1,
      diffId: str(l.diffId),
      digest: str(l.digest),
      sizeBytes: num(l.sizeBytes),
      compressedSizeBytes: num(l.compressedSizeBytes),
      createdBy: str(l.createdBy),
      // Only the Dockerfile's words: a layer no line names is named by layerName, from created_by.
      instruction: num(l.line) === null ? null : str(l.instruction),
      // Older reports carry no key: their created_by stands in (src/baseline/compare.ts).
      instructionKey: str(l.instructionKey),
      line: num(l.line),
      stage: str(l.stage),
      fromBase: l.fromBase === true || l.origin === 'base',
    }));
}

type Reported = Pick<Report, 'image' | 'runtime' | 'lint' | 'build'> & {
  subject?: { platform: string | null };
};

function platformOf(report: Reported): string | null {
  return str(report.image?.platform) ?? report.subject?.platform ?? null;
}

export function imageFacts(image: ReportImage, platform: string | null): ImageFacts;
export function imageFacts(image: ReportImage | null, platform: string | null): ImageFacts | null;
export function imageFacts(image: ReportImage | null, platform: string | null): ImageFacts | null {
  if (!image) return null;
  const config = image.config as { user?: unknown } | undefined;
  return {
    sizeBytes: image.sizeBytes,
    compressedSizeBytes: image.compressedSizeBytes,
    compressedSource: image.compressedSizeBytes === null ? null : (image.compressedSource ?? null),
    layerCount: image.layerCount,
    reclaimableBytes: image.reclaimableBytes,
    layers: layerFacts(image.layers),
    user: str(config?.user),
    platform,
  };
}

/**
 * The comparable facts of a report. `dockerfile` is the Dockerfile its findings were made on,
 * already parsed (this run's); absent, the text the report carries is parsed.
 */
export function snapshotOfReport(report: Reported, dockerfile?: DockerfileModel | null): Snapshot {
  const findings: Finding[] = Array.isArray(report.lint?.findings) ? report.lint.findings : [];
  const text = report.lint?.dockerfileText ?? null;
  return {
    image: imageFacts(report.image, platformOf(report)),
    lint: report.lint
      ? { findings, dockerfile: dockerfile ?? (text === null ? null : parseDockerfile(text)) }
      : null,
    runtime: report.runtime
      ? { user: report.runtime.user, uid: report.runtime.uid, nonRoot: report.runtime.nonRoot }
      : null,
    cache: report.build?.ok
      ? { cachedSteps: report.build.cachedSteps, totalSteps: report.build.totalSteps }
      : null,
  };
}
