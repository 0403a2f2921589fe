/**
 * The container's HEALTHCHECK: exits 0 when GET /healthz on this machine answers 200, 1 otherwise
 * (no curl in the slim image; Node's own fetch does it).
 */
const port = process.env.HEALTH_PORT || '9464';
try {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4_000) });
  process.stdout.write(`${response.status} ${await response.text()}`);
  process.exit(response.status === 200 ? 0 : 1);
} catch (error) {
  process.stdout.write(`azsr healthcheck: no answer on port ${port} (${error instanceof Error ? error.message : String(error)})\n`);
  process.exit(1);
}
