import { isValidTimeZone } from '../src/core/local-date.js';
import { defineCommand, type CommandContext } from './define-command.js';
import { UserError } from '../src/core/errors.js';
import { makeReply, type Reply } from '../src/core/reply.js';
import type { DailyPlatform, DailySettingsStore } from '../src/core/daily-settings.js';

/** What a Discord server is called on each platform, for the replies. */
const placeName = (platform: DailyPlatform) => (platform === 'slack' ? 'workspace' : 'server');

const USAGE = 'Use "set" (optionally with a time zone such as Asia/Baku), "clear" or "show".';

/** Where the command was run, checked: the daily post belongs to a server or workspace channel. */
function placeOf(context: CommandContext): { store: DailySettingsStore; platform: DailyPlatform; serverId: string; channelId?: string } {
  const store = context.services.daily;
  if (context.platform === 'console' || !store) throw new UserError('The daily post runs with the Discord or Slack bot, not here.');
  const { serverId, channelId } = context.place;
  if (!serverId) throw new UserError('Run this in a channel of your server or workspace, not in a direct message.');
  return { store, platform: context.platform, serverId, ...(channelId ? { channelId } : {}) };
}

/** The zone as Intl spells it (`asia/baku` → `Asia/Baku`), or a UserError naming the input. */
function canonicalZone(text: string): string {
  if (!isValidTimeZone(text)) throw new UserError(`"${text}" is not a time zone I know. Use an IANA name such as Europe/Belgrade or Asia/Baku.`);
  return new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
}

function show(store: DailySettingsStore, platform: DailyPlatform, serverId: string): Reply {
  const choice = store.choice(platform, serverId);
  const fromSettings = store.fromSettings[platform];
  return makeReply({
    kind: 'info',
    title: 'Daily "on this day" post',
    body: `Posted every day at ${store.time}, local time of each channel's zone.`,
    items: [
      { label: `This ${placeName(platform)}`, text: choice ? `channel ${choice.channelId}, ${choice.timeZone ?? store.defaultTimeZone} (set by ${choice.setBy} on ${choice.setAt.slice(0, 10)})` : 'no daily channel set' },
      { label: 'From settings', text: fromSettings.length > 0 ? `${fromSettings.map((id) => `channel ${id}`).join(', ')}, ${store.defaultTimeZone}` : 'none' },
      { label: 'Default time zone', text: store.defaultTimeZone },
    ],
    private: true,
  });
}

/** `/azsr-daily [set [zone] | clear | show]`: moderators choose their server's daily channel. */
export default defineCommand({
  name: 'azsr-daily',
  description: 'Set, clear or show this server\'s (workspace\'s) daily "on this day" channel and its time zone.',
  options: [
    { name: 'action', description: 'set (this channel), clear, or show (default)', type: 'string', maxLength: 80 },
    { name: 'timezone', description: 'For set: an IANA time zone such as Asia/Baku (default: the bot\'s)', type: 'string', maxLength: 60 },
  ],
  access: 'moderator',
  slackWord: 'daily',
  example: 'azsr-daily set Europe/Belgrade',
  run(context, args) {
    const { store, platform, serverId, channelId } = placeOf(context);
    // Slack and the console put everything in the first option ("set Asia/Baku"); Discord splits it.
    const [action = 'show', zoneWord] = String(args.action ?? '').trim().split(/\s+/).filter(Boolean);
    const zoneText = typeof args.timezone === 'string' && args.timezone.trim() !== '' ? args.timezone.trim() : zoneWord;
    switch (action.toLowerCase()) {
      case 'show':
        return show(store, platform, serverId);
      case 'clear': {
        const cleared = store.clear(platform, serverId);
        const body = cleared
          ? `This ${placeName(platform)} no longer has a daily channel. Channels listed in the bot's settings still get the post.`
          : `This ${placeName(platform)} had no daily channel set; nothing changed.`;
        return makeReply({ kind: 'info', title: 'Daily post', body, private: true });
      }
      case 'set': {
        if (!channelId) throw new UserError('Run "set" in the channel that should get the daily post.');
        const timeZone = zoneText === undefined ? undefined : canonicalZone(zoneText);
        const previous = store.choice(platform, serverId);
        store.set(platform, serverId, { channelId, ...(timeZone ? { timeZone } : {}), setBy: context.user.id, setAt: context.services.now().toISOString() });
        const replaced = previous && previous.channelId !== channelId ? ` It replaces channel ${previous.channelId}.` : '';
        return makeReply({
          kind: 'info',
          title: 'Daily post',
          body: `This channel now gets the daily "on this day" post at ${store.time} (${timeZone ?? store.defaultTimeZone}).${replaced} If that time has already passed today, today's post comes shortly.`,
          private: true,
        });
      }
      default:
        throw new UserError(`"${action}" is not something /azsr-daily does. ${USAGE}`);
    }
  },
});
