import rule from '../../../src/lint/rules/gem-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM ruby:3.3\n';

ruleTester(rule, {
  valid: [
    { code: 'FROM ruby:3.3\nRUN /usr/local/bin/gem install rails:7.1.0', name: 'pinned, gem by path' },
    // hadolint's DL3028 spec
    { code: `${F}RUN gem i bundler:1` },
    { code: `${F}RUN gem i bunlder:1 nokogiri:1` },
    { code: `${F}RUN gem install bundler:1` },
    { code: `${F}RUN gem install bundler -v '2.0.1'` },
    { code: `${F}RUN gem install bundler --version '2.0.1'` },
    { code: `${F}RUN gem install bundler --version='2.0.1'` },
    { code: `${F}RUN gem install bundler:2.0.1 -- --use-system-libraries=true` },
    { code: `${F}RUN gem install bundler:2.0.1 -- --use-system-libraries true` },
    { code: `${F}RUN gem install bundler:2.0.1 --use-system-libraries true` },
    { code: `${F}RUN gem install bundler:2.0.1 --use-system-libraries=true` },
    {
      code: `${F}RUN gem install --no-document rails`,
      name: 'hadolint reads the word after an option as its value',
    },
    { code: `${F}RUN gem update --system` },
    { code: `${F}RUN bundle install` },
  ],
  invalid: [
    { code: 'FROM ruby:3.3\nRUN /usr/local/bin/gem install rails', lines: [2], name: 'gem by path' },
    { code: `${F}RUN gem i bundler`, lines: [2] },
    { code: `${F}RUN gem i bunlder:1 nokogiri`, lines: [2], message: 'nokogiri' },
    { code: `${F}RUN gem install bundler`, lines: [2] },
    { code: `${F}RUN gem install rails --no-document`, lines: [2] },
    { code: `${F}ONBUILD RUN gem install bundler`, lines: [2] },
    { code: `${F}RUN apt-get update && \\\n    gem install bundler`, lines: [2] },
    { code: `${F}RUN ["gem", "install", "bundler"]`, lines: [2], name: 'exec form' },
  ],
});
