/** Reading a time zone a moderator typed. */
import { UserError } from '../core/errors.js';
import { isValidTimeZone } from '../core/local-date.js';

/** The zone as Intl spells it (`asia/baku` → `Asia/Baku`), or a UserError naming the input. */
export function canonicalTimeZone(text: string): string {
  if (!isValidTimeZone(text)) throw new UserError(`"${text}" is not a time zone I know. Use an IANA name such as Europe/Belgrade or Asia/Baku.`);
  return new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
}
