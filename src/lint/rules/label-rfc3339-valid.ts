import { defineRule } from '../rule.js';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):?(\d{2}))$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An RFC 3339 date-time (`2024-05-01T12:00:00Z`, `…T12:00:00.5+02:00`), with the field ranges
 * checked the way Haskell's timerep (hadolint's parser) checks them.
 */
export function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHour = m[7] === undefined ? 0 : Number(m[7]);
  const offsetMinute = m[8] === undefined ? 0 : Number(m[8]);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60 &&
    offsetHour <= 23 &&
    offsetMinute <= 59
  );
}

export default defineRule({
  meta: {
    id: 'label-rfc3339-valid',
    aliases: ['DL3053'],
    severity: 'warning',
    description: 'A label the schema types as `rfc3339` should hold an RFC 3339 date-time',
    // hadolint does not look at `ONBUILD LABEL`.
    onbuild: false,
  },
  create(ctx) {
    const checked = new Set(
      Object.entries(ctx.settings.labelSchema)
        .filter(([, kind]) => kind === 'rfc3339')
        .map(([label]) => label),
    );
    return {
      LABEL(ins) {
        const reported = new Set<string>();
        for (const { key, value } of ins.pairs) {
          if (!checked.has(key) || reported.has(key) || isRfc3339(value ?? '')) continue;
          reported.add(key);
          ctx.report(
            ins,
            `Label \`${key}\` is not a valid time format - must conform to RFC3339: "${value ?? ''}"`,
          );
        }
      },
    };
  },
});
