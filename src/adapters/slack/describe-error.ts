/** An error's message, or the thrown value as text, for a log line or a wrapping error. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
