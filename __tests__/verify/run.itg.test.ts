// verifyImage against the real engine: images built from local bases, processes read from the host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nullLogger } from '../../src/log.js';
import { CONTAINER_LABEL as VERIFY_LABEL, verifyImage } from '../../src/verify/index.js';
import {
  BASE_DEBIAN,
  CONTAINER_LABEL,
  buildImage,
  managedContainers,
  removeImage,
} from '../support/docker.js';

const images: string[] = [];
function build(name: string, dockerfile: string, files: Parameters<typeof buildImage>[2] = {}): string {
  const tag = buildImage(name, dockerfile, files);
  images.push(tag);
  return tag;
}

let rootImage = '';
let scratchUserImage = '';

beforeAll(() => {
  rootImage = build('verify-root', `FROM ${BASE_DEBIAN}\nCMD ["sleep", "300"]\n`);
  scratchUserImage = build(
    'verify-scratch-user',
    'FROM scratch\nCOPY busybox /bin/busybox\nUSER 10001\nENTRYPOINT ["/bin/busybox", "sleep", "300"]\n',
    { busybox: { busybox: true } },
  );
});

afterAll(() => {
  for (const image of images) removeImage(image);
  expect(managedContainers()).toEqual([]);
});

describe('verifyImage', () => {
  it('uses the label the test support looks for', () => {
    expect(VERIFY_LABEL).toBe(CONTAINER_LABEL);
  });

  it('finds root in an image without USER, with uid 0 evidence read from the host', async () => {
    const report = await verifyImage(rootImage, { log: nullLogger, stopTimeoutMs: 1_000 });
    expect(report.started).toBe(true);
    expect(report.user).toBe('');
    expect(report.nonRoot).toBe(false);
    expect(report.source).toBe('runtime');
    expect(report.uid).toBe(0);
    const sleep = report.evidence.processes.find((p) => p.command.startsWith('sleep 300'));
    expect(sleep?.uids).toEqual([0, 0, 0, 0]);
    expect(sleep?.gids).toEqual([0, 0, 0, 0]);
    expect(report.evidence.processes.some((p) => p.observedAt === 'start')).toBe(true);
    expect(managedContainers()).toEqual([]);
  });

  it('proves a scratch image with USER 10001 runs non-root', async () => {
    const report = await verifyImage(scratchUserImage, { log: nullLogger, stopTimeoutMs: 1_000 });
    expect(report.user).toBe('10001');
    expect(report.nonRoot).toBe(true);
    expect(report.source).toBe('runtime');
    expect(report.uid).toBe(10001);
    expect(report.evidence.processes.length).toBeGreaterThan(0);
    for (const p of report.evidence.processes) {
      expect(p.uids).toEqual([10001, 10001, 10001, 10001]);
      // No group given: the engine uses gid 0, and the report must show it rather than hide it.
      expect(p.gids[1]).toBe(0);
    }
    expect(managedContainers()).toEqual([]);
  });

  it('runs as the user given instead of the image one', async () => {
    const report = await verifyImage(rootImage, { log: nullLogger, user: '4242:4343', stopTimeoutMs: 1_000 });
    expect(report.user).toBe('4242:4343');
    expect(report.nonRoot).toBe(true);
    expect(report.evidence.processes.every((p) => p.uids[1] === 4242 && p.gids[1] === 4343)).toBe(true);
  });

  it('says why when the engine refuses to start the container, and removes it', async () => {
    const report = await verifyImage(scratchUserImage, { log: nullLogger, user: 'nobody-here' });
    expect(report.started).toBe(false);
    expect(report.nonRoot).toBeNull();
    expect(report.evidence.notes.join('\n')).toMatch(/never started.*nobody-here/);
    expect(managedContainers()).toEqual([]);
  });

  it('removes the container when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = verifyImage(rootImage, { log: nullLogger, signal: controller.signal, settleMs: 5_000 });
    setTimeout(() => controller.abort(), 1_500);
    await expect(pending).rejects.toThrow(/cancelled/);
    expect(managedContainers()).toEqual([]);
  });
});
