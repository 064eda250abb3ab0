import rule from '../../../src/lint/rules/apt-get-assume-yes.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM debian:bookworm\n';

ruleTester(rule, {
  valid: [
    // hadolint's DL3014 spec
    { code: `${F}RUN apt-get install -yq python` },
    { code: `${F}RUN apt-get install -qq python`, name: 'quiet level 2 implies -y' },
    { code: `${F}RUN apt-get install -y python` },
    { code: `${F}RUN apt-get -y install python` },
    { code: `${F}RUN apt-get --yes install python` },
    { code: `${F}RUN apt-get --assume-yes install python` },
    { code: `${F}RUN apt-get -q -q install python`, name: 'two -q' },
    { code: `${F}RUN apt-get -q=2 install python` },
    { code: `${F}RUN apt-get --quiet --quiet install python` },
    { code: `${F}RUN apt-get update && apt-get upgrade` },
    { code: `${F}RUN apt-get download python` },
    { code: `${F}RUN echo apt-get install python`, name: 'an argument, not a command' },
  ],
  invalid: [
    { code: `${F}RUN apt-get install python`, lines: [2] },
    { code: `${F}RUN apt-get -q install python`, lines: [2], name: 'one -q is not enough' },
    { code: `${F}RUN apt-get -qqq install python`, lines: [2], name: 'quiet level 3 is not level 2' },
    { code: `${F}RUN apt-get update && apt-get install -y curl && apt-get install git`, lines: [2] },
    { code: `${F}ONBUILD RUN apt-get install python`, lines: [2] },
    { code: `${F}RUN apt-get update \\\n && apt-get install \\\n    curl`, lines: [2] },
    { code: `${F}RUN ["apt-get", "install", "curl"]`, lines: [2], name: 'exec form' },
    { code: `${F}RUN sudo apt-get install curl`, lines: [2] },
    { code: `${F}RUN <<EOF\napt-get update\napt-get install curl\nEOF`, lines: [2], name: 'heredoc' },
  ],
});
