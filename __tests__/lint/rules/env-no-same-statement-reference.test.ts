import rule from '../../../src/lint/rules/env-no-same-statement-reference.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"', name: 'defined in an earlier ENV' },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="${FOOBLA}/blubb"', name: 'partial match 1' },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="${BLAFOO}/blubb"', name: 'partial match 2' },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="$FOOBLA/blubb"', name: 'partial match 3' },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="$BLAFOO/blubb"', name: 'partial match 4' },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"', name: 'partial match 6' },
    { code: 'FROM debian\nARG BLA\nENV BLA=${BLA}', name: 'previously defined in ARG' },
    { code: 'FROM debian\nENV BLA blubb\nENV BLA=${BLA}', name: 'previously defined in ENV (legacy form)' },
    { code: 'FROM debian\nENV PATH=/bla:${PATH}', name: 'its own right-hand side' },
    { code: 'FROM debian\nENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}' },
    { code: 'ARG BLA=1\nFROM debian\nENV BLA=2 X=$BLA', name: 'global ARG counts, as in hadolint' },
    {
      code: 'FROM debian\nARG A=1\nENV A=2 B=$A\nFROM debian\nENV A=3 B=$A',
      name: 'definitions are remembered across stages, as in hadolint',
    },
    {
      code: 'FROM debian\nONBUILD ENV BLA="blubb" BLUBB="$BLA"',
      name: 'ENV triggers are for child images',
    },
  ],
  invalid: [
    {
      code: 'FROM debian\nENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"',
      lines: [2],
      name: 'partial match 5',
      message: 'BLA',
    },
    { code: 'FROM debian\nENV PATH=/bla:${PATH} PATH=/blubb:${PATH}', lines: [2], name: 'twice in one ENV' },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="${BLA}/blubb"', lines: [2] },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="$BLA/blubb"', lines: [2] },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="$BLA"', lines: [2] },
    { code: 'FROM debian\nENV BLA="blubb" BLUBB="${BLA}"', lines: [2] },
    { code: 'FROM debian\nENV BLA=blubb \\\n    BLUBB=${BLA}/x', lines: [2], name: 'continuation' },
    { code: 'FROM debian\nenv A=1 B=$A', lines: [2], name: 'lower case' },
  ],
});
