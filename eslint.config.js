import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '__tests__/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only the entry layer talks to the Actions runtime (docs/architecture.md).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@actions/core', message: 'Only src/main.ts and src/inputs.ts use @actions/core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main.ts', 'src/inputs.ts', '__tests__/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
