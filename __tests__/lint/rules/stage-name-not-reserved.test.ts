import rule from '../../../src/lint/rules/stage-name-not-reserved.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: 'FROM foo:bar AS foobar' }, { code: 'FROM scratch' }, { code: 'FROM foo:bar AS contexts' }],
  invalid: [
    { code: 'FROM foo:bar AS scratch', lines: [1], message: '"scratch"' },
    { code: 'FROM foo:bar AS context', lines: [1] },
    { code: 'FROM a AS ok\nfrom foo:bar as scratch', lines: [2] },
  ],
});
