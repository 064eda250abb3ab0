import rule from '../../../src/lint/rules/apt-get-not-apt.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM ubuntu:24.04\n';

ruleTester(rule, {
  valid: [
    { code: `${F}RUN apt-get install -y python` },
    { code: `${F}RUN apt-cache policy python3` },
    { code: `${F}RUN echo apt install python`, name: 'an argument, not a command' },
    { code: `${F}RUN rm -rf /var/lib/apt/lists/*` },
    { code: `${F}CMD apt install python`, name: 'only RUN is checked' },
  ],
  invalid: [
    // hadolint's DL3027 spec
    { code: `${F}RUN apt install python`, lines: [2] },
    { code: `${F}ONBUILD RUN apt install python`, lines: [2] },
    { code: `${F}RUN apt update && apt-get install -y curl`, lines: [2], message: 'apt update' },
    { code: `${F}RUN sudo apt install -y curl`, lines: [2] },
    { code: `${F}RUN ["apt", "install", "-y", "curl"]`, lines: [2], name: 'exec form' },
    { code: `${F}RUN true && \\\n    apt upgrade -y`, lines: [2] },
  ],
});
