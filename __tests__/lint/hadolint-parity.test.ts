// The spec reader of bench/lint/hadolint-parity.ts on a spec written here in hadolint's style (no
// hadolint text is in this repository): each assertion form, bindings, configs and string escapes.
import { describe, expect, it } from 'vitest';
import { extractCases, judge } from '../../bench/lint/hadolint-parity.js';

const SPEC = String.raw`
module Hadolint.Rule.DL9999Spec (spec) where

spec :: SpecWith ()
spec = do
  let ?config = def

  describe "DL9999 - something" $ do
    it "plain strings" $ do
      ruleCatches "DL3007" "FROM debian:latest"
      ruleCatchesNot "DL3007" "FROM debian:12" -- a comment
      onBuildRuleCatches "DL3013" "RUN pip install flask"

    it "a let block with a code binding" $ do
      let
        rule = "DL3006"
        snippet =
          Text.unlines
            [ "FROM debian",
              "RUN \"quoted\" \
              \gap"
            ]
       in do
        ruleCatches rule snippet

    it "a config for this case only" $ do
      let dockerFile = [ "FROM random.com/debian" ]
      let ?config = def { allowedRegistries = ["docker.io"] }
      ruleCatches "DL3026" $ Text.unlines dockerFile

    it "back to the file's config" $ do
      assertChecks (Text.unlines ["FROM node as foo", "RUN wget x", "RUN curl y"]) (failsWith 1 "DL4001")
      ruleCatches "FROM oops\nDL3045" "COPY a b"
`;

describe('hadolint spec reader', () => {
  const { cases, unread } = extractCases('DL9999Spec.hs', SPEC);

  it('reads every assertion form, with its code, text and expectation', () => {
    expect(cases.map((c) => [c.code, c.expect, c.onbuild])).toEqual([
      ['DL3007', 'some', false],
      ['DL3007', 0, false],
      ['DL3013', 1, true],
      ['DL3006', 'some', false],
      ['DL3026', 'some', false],
      ['DL4001', 1, false],
    ]);
    expect(cases[3]!.text).toBe('FROM debian\nRUN "quoted" gap\n');
    expect(cases[5]!.text).toBe('FROM node as foo\nRUN wget x\nRUN curl y\n');
  });

  it('keeps a case config to its case and counts a swapped code as not read', () => {
    expect(cases[4]!.config.trustedRegistries).toEqual(['docker.io']);
    expect(cases[5]!.config.trustedRegistries).toEqual([]);
    expect(unread).toBe(1);
  });

  it('judges cases as hadolint test helpers do', async () => {
    const verdicts = await Promise.all(cases.map(judge));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, true, true, true]);
    const wrong = await judge({ ...cases[1]!, expect: 'some' });
    expect(wrong.ok).toBe(false);
  });
});
