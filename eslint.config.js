// Lint rules for the whole app. The one rule that is ours: src/core is the pure PHI engine and must run
// the same in Forge, the CLI and tests, so it may not import Forge SDKs, the file system or the network.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@forge/*'], message: 'src/core is pure: Forge SDKs belong in the adapters.' },
          { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:net', 'node:http', 'node:https', 'node:child_process', 'node:process'],
            message: 'src/core is pure: no file system, network or process access.' },
          { group: ['../cli/*', '../../cli/*', '../adapters/*', '../../adapters/*', '../handlers/*', '../../handlers/*'],
            message: 'src/core must not import the layers built on it.' },
        ],
      }],
      'no-console': 'error',
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
