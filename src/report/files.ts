// Reading report files back: a baseline from the base branch's run, or the reports a fork's
// pull_request job uploaded for `mode: post`. Both accept the same shapes.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from './types.js';

type Validate = (value: unknown) => boolean;
let validator: Promise<Validate> | null = null;

/**
 * The report schema's validator. ajv, its formats and the schema are loaded (and the schema
 * compiled) the first time a report is read back: most runs read none, and should not pay for them
 * at start-up.
 */
function reportValidator(): Promise<Validate> {
  validator ??= (async () => {
    // Both are CommonJS, whose module.exports is what a dynamic import gives as `default` in Node
    // and in the bundle alike (named exports are Node's guess, which the bundle does not make):
    // ajv's is the class, which also carries itself as `Ajv`; ajv-formats' is the plugin.
    const [{ default: ajvModule }, { default: formatsModule }, { default: schema }] = await Promise.all([
      import('ajv'),
      import('ajv-formats'),
      import('../../docs/schema/report.schema.json', { with: { type: 'json' } }),
    ]);
    const { Ajv } = ajvModule;
    const ajv = new Ajv({ allErrors: false, strict: false });
    (formatsModule as unknown as (a: InstanceType<typeof Ajv>) => void)(ajv);
    const validate = ajv.compile(schema);
    return (value) => validate(value);
  })();
  return validator;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * What an earlier release wrote that this one no longer does, rewritten to what it means now,
 * before the schema (which describes only what is written today) is asked. Releases before the
 * runtime verdict came only from observed processes wrote `source: "static"` with the image
 * configuration's verdict in `nonRoot` and `uid`: that is no runtime verdict (both null), and the
 * static one is still in `runtime.static`.
 */
function fromEarlierReleases(value: unknown): unknown {
  if (!isObject(value) || !isObject(value.runtime) || value.runtime.source !== 'static') return value;
  return { ...value, runtime: { ...value.runtime, source: null, nonRoot: null, uid: null } };
}

/**
 * A report read back from disk, checked once against the schema users read
 * (docs/schema/report.schema.json) and upgraded to this version's shape: fields a version-1
 * report from an earlier release may lack get their "not recorded" value, so nothing downstream
 * guesses at shapes again. null for anything that is not a valid report.
 */
export async function upgradeReport(value: unknown): Promise<Report | null> {
  const current = fromEarlierReleases(value);
  if (!(await reportValidator())(current)) return null;
  // The schema has just said it is a report; only the optional parts need filling in.
  const report = current as Report;
  return {
    ...report,
    lint: { ...report.lint, dockerfileText: report.lint.dockerfileText ?? null },
    // Reports from before the image stores were told apart name the image by one ID only.
    build: report.build && {
      ...report.build,
      configDigest: report.build.configDigest ?? null,
      manifestDigest: report.build.manifestDigest ?? null,
      imageStore: report.build.imageStore ?? null,
    },
    timings: { ...report.timings, baseline: report.timings.baseline ?? null },
    // Reports from before the baseline's key was recorded say nothing of it.
    baseline: report.baseline && { ...report.baseline, otherKey: report.baseline.otherKey ?? null },
  };
}

/**
 * Reports in a file (one report or an array) or anywhere under a directory (a restored cache or
 * a downloaded artifact), in path order. Files that are not JSON reports are skipped.
 */
export async function readReports(path: string): Promise<Report[]> {
  const info = await stat(path);
  const files = info.isDirectory()
    ? (await readdir(path, { recursive: true }))
        .map(String)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const out: Report[] = [];
  for (const f of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(f, 'utf8'));
    } catch {
      continue;
    }
    for (const candidate of Array.isArray(parsed) ? parsed : [parsed]) {
      const report = await upgradeReport(candidate);
      if (report) out.push(report);
    }
  }
  return out;
}
