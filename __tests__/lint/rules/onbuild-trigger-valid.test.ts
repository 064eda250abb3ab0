import rule from '../../../src/lint/rules/onbuild-trigger-valid.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:bookworm\nONBUILD ADD anything anywhere' },
    { code: 'FROM debian:bookworm\nONBUILD USER anything' },
    { code: 'FROM debian:bookworm\nONBUILD LABEL bla="blubb"' },
    { code: 'FROM debian:bookworm\nONBUILD STOPSIGNAL anything' },
    { code: 'FROM debian:bookworm\nONBUILD COPY anything anywhere' },
    { code: 'FROM debian:bookworm\nONBUILD RUN anything' },
    { code: 'FROM debian:bookworm\nONBUILD CMD anything' },
    { code: 'FROM debian:bookworm\nONBUILD SHELL ["bash", "-c"]' },
    { code: 'FROM debian:bookworm\nONBUILD WORKDIR anything' },
    { code: 'FROM debian:bookworm\nONBUILD EXPOSE 69' },
    { code: 'FROM debian:bookworm\nONBUILD VOLUME anything' },
    { code: 'FROM debian:bookworm\nONBUILD ENTRYPOINT anything' },
    { code: 'FROM debian:bookworm\nONBUILD ENV MYVAR="bla"' },
    { code: 'FROM debian:bookworm\nONBUILD ARG anything' },
    { code: 'FROM debian:bookworm\nONBUILD HEALTHCHECK NONE' },
    { code: 'FROM debian:buster' },
    { code: 'FROM debian:buster\nMAINTAINER "Some Guy"' },
  ],
  invalid: [
    { code: 'FROM debian:bookworm\nONBUILD ONBUILD RUN anything', lines: [2], message: 'ONBUILD' },
    { code: 'FROM debian:bookworm\nONBUILD FROM debian:buster', lines: [2], message: 'FROM' },
    { code: 'FROM debian:bookworm\nONBUILD MAINTAINER "BoJack Horseman"', lines: [2], message: 'MAINTAINER' },
    { code: 'ONBUILD ONBUILD RUN anything', lines: [1], name: 'before any FROM' },
    { code: 'FROM debian:bookworm\nonbuild from debian:buster', lines: [2], name: 'lower case' },
    { code: 'FROM debian:bookworm\nONBUILD \\\n  FROM debian:buster', lines: [2], name: 'continuation' },
  ],
});
