import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: the machines are shared, and a slow run is not a failure (speed is measured by npm run bench).
    testTimeout: 60_000,
    // Adapter tests start fake servers on loopback ports; forks keep their sockets apart.
    pool: 'forks',
  },
});
