import { describe, expect, it } from 'vitest';
import {
  createdByKey,
  instructionKey,
  layerKey,
  layerName,
  readableCreatedBy,
} from '../../src/dockerfile/history-key.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';

// created_by texts as Docker 28.5 / BuildKit and the classic builder wrote them on this bench.
describe('createdByKey', () => {
  it.each([
    [
      'RUN |2 VER=1 OTHER=z /bin/sh -c echo a &&     echo b > /b1 # buildkit',
      'RUN /bin/sh -c echo a && echo b > /b1',
    ],
    ['RUN |2 VER=1 OTHER=z sh -c echo exec > /b2 # buildkit', 'RUN sh -c echo exec > /b2'],
    [
      'RUN |2 VER=1 OTHER=z /bin/sh -c echo heredoc > /b3\necho two >> /b3\n # buildkit',
      'RUN /bin/sh -c echo heredoc > /b3 echo two >> /b3',
    ],
    [
      'RUN |2 VER=1 OTHER=z /bin/sh -c <<EOF bash\necho x > /b5\nEOF # buildkit',
      'RUN /bin/sh -c <<EOF bash echo x > /b5 EOF',
    ],
    ['COPY --chown=1:1 --chmod=644 app.txt /m.txt # buildkit', 'COPY --chown=1:1 --chmod=644 app.txt /m.txt'],
    ['COPY <<EOT /c.txt # buildkit', 'COPY <<EOT /c.txt'],
    ['WORKDIR /newdir', 'WORKDIR /newdir'],
    ['RUN /bin/sh -c apt-get update # buildkit', 'RUN /bin/sh -c apt-get update'],
    // The classic builder: RUN as the bare shell command, the rest behind "#(nop)".
    ['/bin/sh -c apt-get update', 'RUN /bin/sh -c apt-get update'],
    ['|1 V=2 /bin/sh -c make', 'RUN /bin/sh -c make'],
    ['/bin/sh -c #(nop) WORKDIR /app', 'WORKDIR /app'],
    ['/bin/sh -c #(nop) COPY file:5891b5b522d5df08 in /app.txt ', 'COPY file:5891b5b522d5df08 in /app.txt'],
    ['run   echo   hi', 'RUN echo hi'],
  ])('%j → %j', (createdBy, key) => expect(createdByKey(createdBy)).toBe(key));

  it('drops exactly the N build-arg pairs BuildKit counts, not an = in the command', () => {
    expect(createdByKey('RUN |1 A=1 /bin/sh -c B=2 make # buildkit')).toBe('RUN /bin/sh -c B=2 make');
  });
});

describe('readableCreatedBy', () => {
  it.each([
    ['RUN |2 A=1 B=x /bin/sh -c make # buildkit', 'RUN make'],
    ['RUN |1 A=1 /bin/bash -o pipefail -c make # buildkit', 'RUN /bin/bash -o pipefail -c make'],
    ['/bin/sh -c #(nop)  CMD ["bash"]', 'CMD ["bash"]'],
    ['COPY /b /b2 # buildkit', 'COPY /b /b2'],
  ])('%j → %j', (createdBy, text) => expect(readableCreatedBy(createdBy)).toBe(text));
});

describe('instructionKey', () => {
  const keys = (text: string) =>
    parseDockerfile(text)
      .instructions.filter((i) => i.keyword !== 'FROM')
      .map((i) => instructionKey(i));

  it('writes RUN in the shell the stage has, without --mount, --network or --security', () => {
    expect(
      keys(
        'FROM a\nRUN --mount=type=cache,target=/c --network=none apt-get \\\n    update\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN make | tee log\nRUN ["/bin/sh", "-c", "echo $X"]',
      ),
    ).toEqual([
      'RUN /bin/sh -c apt-get update',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN /bin/bash -o pipefail -c make | tee log',
      'RUN /bin/sh -c echo $X',
    ]);
  });

  it('joins continuations with the escape the file declares', () => {
    expect(keys('# escape=`\nFROM a\nRUN echo a && `\n    echo b')).toEqual([
      'RUN /bin/sh -c echo a && echo b',
    ]);
  });

  it('runs a lone heredoc as the script, and keeps a heredoc with a command whole', () => {
    expect(keys('FROM a\nRUN <<EOF\necho one\necho two\nEOF\nRUN <<EOF bash\necho x\nEOF')).toEqual([
      'RUN /bin/sh -c echo one echo two',
      'RUN /bin/sh -c <<EOF bash echo x EOF',
    ]);
  });

  it('expands COPY, ADD and WORKDIR, keeps --chown and --chmod only, and names a heredoc source', () => {
    expect(
      keys(
        'FROM a\nARG SRC=app.txt\nCOPY --from=b --link --chown=1:1 ${SRC} /x/\nADD --checksum=sha256:0 --chmod=600 a /a\nCOPY ["a b", "/dir/"]\nCOPY <<EOT /c.txt\nhi\nEOT\nWORKDIR /w/$SRC',
      ),
    ).toEqual([
      'ARG SRC=app.txt',
      'COPY --chown=1:1 app.txt /x/',
      'ADD --chmod=600 a /a',
      'COPY a b /dir/',
      'COPY <<EOT /c.txt',
      'WORKDIR /w/app.txt',
    ]);
  });
});

describe('layerKey', () => {
  it("takes BuildKit's history over the aligned instruction: it says what really ran", () => {
    expect(layerKey('RUN |1 A=1 /bin/sh -c make all # buildkit', 'RUN /bin/sh -c make')).toBe(
      'RUN /bin/sh -c make all',
    );
  });
  it("takes the aligned instruction over the classic builder's COPY, which names a content hash", () => {
    expect(layerKey('/bin/sh -c #(nop) COPY file:abc in /app.txt ', 'COPY app.txt /app.txt')).toBe(
      'COPY app.txt /app.txt',
    );
  });
  it('falls back to the history, and is null with neither', () => {
    expect(layerKey('/bin/sh -c #(nop) COPY file:abc in /x ', null)).toBe('COPY file:abc in /x');
    expect(layerKey(null, null)).toBeNull();
    expect(layerKey('', null)).toBeNull();
  });
});

describe('layerName', () => {
  it.each([
    [{ position: 3, instruction: 'RUN  make   all', createdBy: null, line: 4 }, 'RUN make all'],
    [
      { position: 3, instruction: null, createdBy: 'RUN |1 A=1 /bin/sh -c make # buildkit', line: 4 },
      'RUN make',
    ],
    [
      { position: 3, instruction: null, createdBy: 'RUN |1 A=1 /bin/sh -c make # buildkit', line: null },
      'layer 3: RUN make',
    ],
    [{ position: 7, instruction: null, createdBy: null, line: null }, 'layer 7'],
  ])('%j → %j', (layer, name) => expect(layerName(layer)).toBe(name));
});
