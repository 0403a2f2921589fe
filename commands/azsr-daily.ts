import { defineCommand, type CommandContext } from './define-command.js';
import type { CommandOption } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';
import type { Services } from '../src/answer/services.js';
import { clearDailyChannel, setDailyChannel, showDailySettings, type DailyPlace } from '../src/daily/channel-choice.js';
import { canonicalTimeZone } from '../src/daily/time-zone.js';
import { suggestTimeZones } from '../src/suggestions/time-zones.js';

/** Where the command was run, checked: the daily post belongs to a server or workspace channel. */
function placeOf(context: CommandContext): DailyPlace {
  const store = context.services.daily;
  if (context.platform === 'console' || !store) throw new UserError('The daily post runs with the Discord or Slack bot, not here.');
  const { serverId, channelId } = context.place;
  if (!serverId) throw new UserError('Run this in a channel of your server or workspace, not in a direct message.');
  return { store, platform: context.platform, serverId, ...(channelId ? { channelId } : {}) };
}

/** A text option's value; the core's one reader (`completeArgs`) has already trimmed it and left out an empty one. */
const given = (value: unknown) => (typeof value === 'string' ? value : undefined);

const channel = (description: string): CommandOption<Services> => ({ name: 'channel', description, type: 'channel' });

const timezone: CommandOption<Services> = {
  name: 'timezone',
  description: "An IANA time zone such as Asia/Baku (default: the bot's)",
  type: 'string',
  maxLength: 60,
  suggest: ({ typed, context, limits }) =>
    suggestTimeZones(typed, {
      limits,
      now: context.services.now(),
      first: [context.services.daily?.defaultTimeZone ?? context.services.timeZone, 'Europe/Belgrade', 'Asia/Baku'],
    }),
};

/** `/azsr-daily set|clear|show`: moderators choose their server's (workspace's) daily channel and its zone. */
export default defineCommand({
  name: 'azsr-daily',
  description: 'Set, clear or show this server\'s (workspace\'s) daily "on this day" channel and its time zone.',
  options: [],
  subcommands: [
    {
      name: 'set',
      description: 'Send the daily post to a channel, in a time zone',
      options: [channel('The channel to get the post (default: this one)'), timezone],
    },
    { name: 'clear', description: "Stop sending the daily post to this server's channel", options: [channel('The channel to stop (default: this one)')] },
    { name: 'show', description: 'The daily channels, their time zones and the post time', options: [] },
  ],
  access: 'moderator',
  slackWord: 'daily',
  example: 'azsr-daily set #news Europe/Belgrade',
  run(context, args) {
    const place = placeOf(context);
    const channelId = given(args.channel);
    // Typed text may name no subcommand ("/azsr daily"): show, as before subcommands. An unknown
    // one never gets here: the reader refuses it on every platform.
    switch (args.subcommand ?? 'show') {
      case 'set': {
        const zone = given(args.timezone);
        return setDailyChannel(place, {
          ...(channelId ? { channelId } : {}),
          ...(zone ? { timeZone: canonicalTimeZone(zone) } : {}),
          by: context.user.id,
          at: context.services.now(),
        });
      }
      case 'clear':
        return clearDailyChannel(place, channelId);
      case 'show':
        return showDailySettings(place);
      default:
        throw new UserError(`"${args.subcommand}" is not something /azsr-daily does. Use set, clear or show.`);
    }
  },
});
