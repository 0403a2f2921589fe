/**
 * The local console: the same commands as in chat, typed on the terminal. Reads lines until the
 * end of input, so it can be driven from a pipe as well as by a person.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandDefinition } from '../core/command.js';
import { runInvocation } from '../core/dispatch.js';
import { parseSlashLine } from '../core/parse-invocation.js';
import type { Services } from '../answer/services.js';
import { renderReplyText } from './render-text.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  commands: readonly CommandDefinition[];
  services: Services;
  /** Show a prompt (when a person is typing). */
  interactive: boolean;
  /** Ends the console after the command being answered (on SIGTERM, say). */
  signal?: AbortSignal;
}

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, commands, services, interactive } = options;
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const stop = () => lines.close();
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener('abort', stop, { once: true });
  const prompt = () => interactive && output.write('azsr> ');
  output.write(`Type a command such as /azsr when did Aliyev visit Niš, /azsr-today or /azsr-help. ${interactive ? 'Ctrl+D ends.' : ''}\n`);
  prompt();
  for await (const line of lines) {
    if (line.trim() === '') {
      prompt();
      continue;
    }
    if (/^\/?(exit|quit)$/i.test(line.trim())) break;
    const reply = await runInvocation(parseSlashLine(commands, line), {
      platform: 'console',
      user: { id: 'console', name: 'console', isModerator: true },
      place: { channelId: 'console' },
      services,
    });
    output.write(`${renderReplyText(reply)}\n`);
    output.write('\n');
    if (options.signal?.aborted) break;
    prompt();
  }
  options.signal?.removeEventListener('abort', stop);
  lines.close();
}
