import rule from '../../../src/lint/rules/run-consecutive.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:10' },
    { code: 'RUN /foo.sh' },
    { code: 'RUN /foo.sh\nWORKDIR /\nRUN /bar.sh' },
    { code: '# a comment\nRUN /foo.sh' },
    { code: 'RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh', name: 'flags differ' },
    { code: 'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh' },
    { code: 'RUN foo && bar\nRUN foobar', name: 'chained commands are deliberate' },
    { code: 'RUN foo; bar\nRUN foobar' },
    { code: 'RUN foobar\nRUN foo && bar' },
    { code: 'RUN foobar\nRUN foo; bar' },
    { code: 'RUN foo && bar\nRUN foo; bar' },
    { code: 'FROM a\nRUN a\nONBUILD RUN b', name: 'ONBUILD breaks the run' },
    { code: 'FROM a\nRUN a\nFROM b\nRUN b', name: 'a new stage' },
    {
      code: 'FROM a\nRUN --mount=type=cache,target=/a,rw x\nRUN --mount=type=cache,target=/a y',
      name: 'an explicit rw is a different mount',
    },
  ],
  invalid: [
    { code: 'RUN /foo.sh\nRUN /bar.sh', lines: [2], message: 'Consider consolidation' },
    { code: 'RUN /foo.sh\n# a comment\nRUN /bar.sh', lines: [3] },
    { code: 'RUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh', lines: [4] },
    { code: 'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh', lines: [2] },
    { code: 'RUN foo && bar\nRUN foo\nRUN bar', lines: [3] },
    { code: 'FROM a\nRUN a\nRUN b\nRUN c', lines: [3, 4] },
    {
      code: 'FROM a\nRUN --mount=type=cache,target=/a,id=x,readonly x\nRUN --mount=type=cache,id=x,ro,dest="/a" y',
      lines: [3],
      name: 'the same mount with its options reordered or spelled otherwise',
    },
    {
      code: 'FROM a\nRUN ["a"]\nrun b \\\n  --flag',
      lines: [3],
      name: 'exec form, continuation, lower case',
    },
    { code: 'FROM a\nRUN <<EOF\napt-get update\nEOF\nRUN b', lines: [5], name: 'heredoc with one command' },
  ],
});
