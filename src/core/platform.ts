/** Where a command comes from: a chat platform, or the local console. */
export type Platform = 'discord' | 'slack' | 'console';

/** The chat platforms: what an adapter serves and what can receive the daily post. */
export type ChatPlatform = Exclude<Platform, 'console'>;
