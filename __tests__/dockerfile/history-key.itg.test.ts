// The key shipshape derives from a Dockerfile instruction is the one it derives from the history
// entry the engine's BuildKit wrote for it: the spelling both sides of a baseline are matched by.
// The figures come from the engine (`docker history`), not from shipshape.
import { afterAll, describe, expect, it } from 'vitest';
import { createdByKey } from '../../src/dockerfile/history-key.js';
import { buildArgMap, stageChain } from '../../src/dockerfile/stages.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { BASE_DEBIAN, buildImageWithArgs, dockerOut, removeImage } from '../support/docker.js';

const DOCKERFILE = [
  '# escape=`',
  `FROM ${BASE_DEBIAN} AS build`,
  'RUN echo built > /out',
  `FROM ${BASE_DEBIAN}`,
  'ARG VER=1',
  'ARG SRC=app.txt',
  'ARG DIR=/w',
  'ENV X=1',
  'RUN echo a && `',
  '    echo   b > /b1',
  'RUN ["sh", "-c", "echo exec > /b2"]',
  'RUN <<EOF',
  'echo heredoc > /b3',
  'echo two >> /b3',
  'EOF',
  'RUN <<EOF bash',
  'echo x > /b5',
  'EOF',
  'COPY --chown=1:1 --chmod=640 --link ${SRC} /app.txt',
  'ADD app.txt /add.txt',
  'COPY --from=build /out /out',
  'COPY ["app.txt", "/json dir/"]',
  'COPY <<EOT /c.txt',
  'content',
  'EOT',
  'WORKDIR $DIR',
  'RUN --mount=type=tmpfs,target=/t --network=none echo $VER > /b4',
  'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  'run   echo $SRC | cat > /s.txt',
  'USER 1000',
  '',
].join('\n');

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

describe('history keys against the engine', () => {
  const images: string[] = [];
  afterAll(() => images.forEach(removeImage));

  it('keys every layer-making instruction as its BuildKit history entry', () => {
    const buildArgs = ['SRC=app.txt', 'VER=7'];
    const image = buildImageWithArgs('history-key', DOCKERFILE, buildArgs, { 'app.txt': 'hello\n' });
    images.push(image);
    // Oldest first; the base image's own entries come before the chain's.
    const history = dockerOut(['history', '--no-trunc', '--format', '{{json .CreatedBy}}', image])
      .split('\n')
      .map((line) => JSON.parse(line) as string)
      .reverse();
    const steps = stageChain(parseDockerfile(DOCKERFILE), null, buildArgMap(buildArgs)).steps;
    const ours = history.slice(history.length - steps.length);
    const pairs = steps
      .map((step, i) => [step, ours[i]!] as const)
      .filter(([step]) => LAYER_KEYWORDS.has(step.keyword));
    expect(pairs).toHaveLength(12);
    for (const [step, createdBy] of pairs)
      expect({ line: step.line, key: step.key }).toEqual({ line: step.line, key: createdByKey(createdBy) });
  });
});
