// Octokit with retries (5xx, 429) and rate-limit handling. getOctokit reads GITHUB_API_URL, so
// GitHub Enterprise Server and the test suite's local fake both work unchanged.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../log.js';
import type { Octokit } from './comment.js';

export function createOctokit(token: string, log: Logger, baseUrl = process.env.GITHUB_API_URL): Octokit {
  return getOctokit(
    token,
    {
      // Read at call time: @actions/github's own default is fixed when the module is loaded.
      ...(baseUrl ? { baseUrl } : {}),
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422] },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < 3;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log.warning(
            `GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`,
          );
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  ) as Octokit;
}
