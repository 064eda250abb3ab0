// The report's public contract: a compared report and a first report validate against the schema.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { comparedReport, finding, headReport } from './fixtures.js';

const schema = JSON.parse(
  readFileSync(new URL('../../docs/schema/report.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe('docs/schema/report.schema.json', () => {
  it.each([
    ['a first report', headReport()],
    ['a compared report', comparedReport([finding('new-one', 2)])],
    [
      'a report with context',
      { ...headReport(), context: { repository: 'o/r', pullRequest: 3, sha: 'abc' } },
    ],
  ])('accepts %s', (_name, report) => {
    const json = JSON.parse(JSON.stringify(report));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a delta of the wrong shape', () => {
    const json = JSON.parse(JSON.stringify(comparedReport()));
    json.deltas.size = { change: 'big' };
    expect(validate(json)).toBe(false);
  });
});
