import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Adapter tests start fake servers on loopback ports; forks keep their sockets apart.
    pool: 'forks',
  },
});
