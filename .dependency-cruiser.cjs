/**
 * Dependency rules (npm run deps, part of npm run check): dependencies point one way,
 * platform adapters → commands → features (answer, knowledge, search, suggestions, daily, moderation, ops) → core.
 * See docs/ARCHITECTURE.md.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle is a design question: move the shared piece down a layer or inject it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-feature',
      severity: 'error',
      comment: 'src/core owns the small interfaces; features implement them, never the other way round.',
      from: { path: '^src/core/' },
      to: {
        path: '^(src/(answer|knowledge|search|suggestions|daily|moderation|ops|adapters|console|cli|eval)/|commands/|src/(main|start-[a-z-]+|config)\\.ts$)',
      },
    },
    {
      name: 'features-import-no-front-end',
      severity: 'error',
      comment: 'Features (answer, knowledge, search, suggestions, daily, moderation, ops, eval) are used by commands and front ends, never the reverse.',
      from: { path: '^src/(answer|knowledge|search|suggestions|daily|moderation|ops|eval)/' },
      to: { path: '^(commands/|src/(adapters|console|cli)/|src/(main|start-[a-z-]+)\\.ts$)' },
    },
    {
      name: 'commands-import-no-platform',
      severity: 'error',
      comment: 'Commands are platform-neutral: adapters and front ends call them, not the reverse.',
      from: { path: '^commands/' },
      to: { path: '^src/(adapters|console|cli)/|^src/(main|start-[a-z-]+)\\.ts$' },
    },
    {
      name: 'knowledge-and-search-import-no-answer',
      severity: 'error',
      comment: 'The answer engine is built on knowledge and search; they must not reach back up to it.',
      from: { path: '^src/(knowledge|search)/' },
      to: { path: '^src/answer/' },
    },
    {
      name: 'answer-imports-no-later-feature',
      severity: 'error',
      comment: 'suggestions, daily, moderation, ops and eval use the answer engine, not the other way round.',
      from: { path: '^src/answer/' },
      to: { path: '^src/(suggestions|daily|moderation|ops|eval)/' },
    },
    {
      name: 'platform-libraries-only-in-adapters',
      severity: 'error',
      comment: 'Only src/adapters/ may import discord.js or @slack/bolt (Chat SDK habit).',
      from: { pathNot: '^src/adapters/' },
      to: { path: '(^|/)node_modules/(discord\\.js|@discordjs/[^/]+|@slack/bolt)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
