import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**/*.spec.ts', 'node_modules/**', 'build/**'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 30_000,
  },
});
