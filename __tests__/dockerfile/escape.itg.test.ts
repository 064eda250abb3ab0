// A Dockerfile with `# escape=\``, through the whole pipeline on the real engine: every stage
// reads the one model, so lint, the build's steps and its failure, the measured layers, the
// declared user and the rendered comment all name the instruction as BuildKit ran it, with the
// line it starts on and never the continuation character.
import { afterAll, describe, expect, it } from 'vitest';
import { nullLogger } from '../../src/log.js';
import { runPipeline } from '../../src/pipeline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { buildRequest } from '../../src/types.js';
import { BASE_DEBIAN, makeContext, removeImage, type Fixture } from '../support/docker.js';

const RUN_TEXT = 'RUN useradd --uid 10001 --no-log-init app && head -c 300000 /dev/urandom > /blob';
const DOCKERFILE = [
  '# escape=`', // 1
  `FROM ${BASE_DEBIAN} AS app`, // 2
  'RUN useradd --uid 10001 --no-log-init app && `', // 3
  '    # BuildKit drops this comment line inside the continuation', // 4
  '    head -c 300000 /dev/urandom > /blob', // 5
  'WORKDIR C:\\app', // 6: a backslash that is not the escape stays as written
  'USER app', // 7
  'CMD ["sleep", "1"]', // 8
].join('\n');

const FAILING = [
  '# escape=`', // 1
  `FROM ${BASE_DEBIAN}`, // 2
  'RUN echo first && `', // 3
  '    false', // 4
].join('\n');

const fixtures: Fixture[] = [];
const images: string[] = [];

async function check(dockerfile: string): Promise<Report> {
  const context = makeContext({ Dockerfile: dockerfile });
  fixtures.push(context);
  const { report } = await runPipeline(
    {
      cwd: context.dir,
      build: buildRequest({ file: 'Dockerfile', context: '.', load: true }),
      shellcheck: false,
      computeCompressedSize: false,
    },
    nullLogger,
  );
  if (report.build?.imageId) images.push(report.build.imageId);
  return report;
}

afterAll(() => {
  for (const image of images) removeImage(image);
  for (const f of fixtures) f.cleanup();
});

describe('# escape=` through every stage', () => {
  it('attributes the layer, the build step and the user to the instruction as BuildKit ran it', async () => {
    const report = await check(DOCKERFILE);
    expect(report.build?.ok, JSON.stringify(report.build?.error)).toBe(true);
    expect(report.lint.errors).toEqual([]);

    const step = report.build!.steps.find((s) => s.line === 3);
    expect(step?.instruction).toBe(RUN_TEXT);

    const layers = (report.image?.layers ?? []) as { line: number | null; instruction: string | null }[];
    expect(layers.find((l) => l.line === 3)?.instruction).toBe(RUN_TEXT);
    expect(layers.find((l) => l.line === 6)?.instruction).toBe('WORKDIR C:\\app');
    expect(layers.some((l) => l.instruction?.includes('`'))).toBe(false);

    // The final stage's USER is read from the same model: the image's user is this file's.
    expect(report.runtime?.userOrigin).toBe('image');
  });

  it('names the failing instruction joined, in the report and in the rendered comment', async () => {
    const report = await check(FAILING);
    expect(report.build?.ok).toBe(false);
    expect(report.build?.error?.line).toBe(3);
    expect(report.build?.error?.instruction).toBe('RUN echo first && false');
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(/RUN echo first &(amp;)?&(amp;)? false/);
    expect(markdown).not.toMatch(/first &(amp;)?&(amp;)? (`|&#96;|\\`)/);
  });
});
