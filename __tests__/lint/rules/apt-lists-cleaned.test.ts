import rule from '../../../src/lint/rules/apt-lists-cleaned.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Class: every cleanup idiom that empties the lists counts, not one spelling.
    {
      code: 'FROM debian:trixie\nRUN set -eux; apt-get update; apt-get install -y --no-install-recommends curl; apt-get dist-clean',
      name: 'apt-get dist-clean (Debian 13 official images)',
    },
    {
      code: 'FROM debian:trixie\nRUN apt update && apt install -y curl && apt dist-clean',
      name: 'apt dist-clean',
    },
    {
      code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl && rm -r /var/lib/apt/lists',
      name: 'rm -r of the directory',
    },
    {
      code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl && find /var/lib/apt/lists -mindepth 1 -delete',
      name: 'find -delete',
    },
    { code: 'FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*' },
    { code: 'FROM debian\nRUN apt-get install -y curl', name: 'no update, no lists' },
    {
      code: 'FROM debian AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian\nCOPY --from=build /x /x',
      name: 'only the final stage matters',
    },
    {
      code: 'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl',
      name: 'lists in a cache mount',
    },
    {
      code: 'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update',
      name: 'whole apt state in cache mounts',
    },
    {
      code: 'FROM debian\nRUN apt-get update \\\n && apt-get install -y x \\\n && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian\nRUN --mount=type=tmpfs,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update',
      name: 'a tmpfs mount never reaches the layer either',
    },
    {
      code: 'FROM debian\nRUN apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*',
      name: 'apt, cleaned up',
    },
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl && apt-get clean',
      lines: [2],
      name: 'apt-get clean empties the archives, not the lists',
    },
    {
      code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl && find /var/lib/apt/lists -name x',
      lines: [2],
      name: 'find that deletes nothing',
    },
    { code: 'FROM debian\nRUN apt-get update && apt-get install -y curl', lines: [2] },
    {
      code: 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      lines: [2],
      name: 'cleanup in another layer is too late',
    },
    {
      code: 'FROM debian AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nRUN true',
      lines: [2],
      name: 'a stage the final image builds on',
    },
    { code: 'FROM debian\nONBUILD RUN apt-get update', lines: [2] },
    {
      code: 'FROM debian\nRUN apt update && apt install -y curl',
      lines: [2],
      name: '`apt update` fills the same lists',
    },
    {
      code: 'FROM debian\nRUN aptitude update && aptitude install -y curl',
      lines: [2],
      name: 'so does aptitude',
    },
    {
      code: 'FROM debian\nRUN --mount=type=cache,target=/var/cache/apt apt-get update',
      lines: [2],
      name: 'only the package cache is mounted',
    },
  ],
});
