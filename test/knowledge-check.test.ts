/**
 * The checker's message for each kind of knowledge problem, with exact places, on small temp
 * knowledge folders; and the `knowledge check` command's report and exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCheckReport } from '../src/knowledge/format-problems.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { Problem } from '../src/knowledge/types.js';

const SOURCES = `- id: wikipedia
  title: Azerbaijan–Serbia relations
  publisher: Wikipedia
  author: Wikipedia contributors
  published: "2024"
  url: https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Serbia_relations
  licence: CC BY-SA 4.0
- id: rusi-2020
  title: An Unlikely Partnership in Trouble
  publisher: RUSI
  author: Vuk Vuksanovic
  published: 2020-08-19
  url: https://rusi.org/unlikely-partnership
  licence: Copyrighted; facts restated in our own words
`;

const VISIT = `- id: aliyev-visit-nis-2023
  statement: Ilham Aliyev made a working visit to Niš in 2023.
  date: "2023"
  sources: [wikipedia]
  section: High level visits
  people: [Ilham Aliyev]
  places: [Niš]
`;

const EMBASSY = `- id: embassy-belgrade-opened-2010-rusi
  statement: According to RUSI, Azerbaijan opened its embassy in Belgrade in 2010.
  date: "2010"
  sources: [rusi-2020]
  section: Diplomatic ties
  places: [Belgrade]
`;

const ALIASES = `- [Niš, Nis, Ниш]
- [Aliyev, Əliyev, Алиев]
`;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A knowledge folder with no problems, with some files replaced. */
function createKnowledge(files: Record<string, string> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'azsr-check-')), 'knowledge');
  made.push(dirname(dir));
  const all = { 'sources.yaml': SOURCES, 'facts/visits.yaml': VISIT + EMBASSY, 'aliases.yaml': ALIASES, ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** `facts/visits.yaml:2:14 error message`, the way a moderator reads it. */
function describeProblems(dir: string, problems: readonly Problem[], severity?: Problem['severity']): string[] {
  return problems
    .filter((p) => severity === undefined || p.severity === severity)
    .map((p) => `${relative(dir, p.file)}:${p.line}:${p.column} ${p.severity} ${p.message}`);
}

function check(files: Record<string, string>, severity?: Problem['severity']): string[] {
  const dir = createKnowledge(files);
  return describeProblems(dir, loadKnowledge(dir).problems, severity);
}

describe('knowledge check: errors', () => {
  it('GIVEN the base folder THEN there is no problem', () => {
    const dir = createKnowledge();
    const result = loadKnowledge(dir);
    expect(result.problems).toEqual([]);
    expect(result.knowledge?.facts).toHaveLength(2);
  });

  it('reports malformed YAML where it is', () => {
    const broken = VISIT.replace('Ilham Aliyev made a working visit', 'Aliyev: a working visit');
    expect(check({ 'facts/visits.yaml': broken + EMBASSY }, 'error')).toEqual([
      'facts/visits.yaml:2:14 error the YAML cannot be read: Nested mappings are not allowed in compact mappings at line 2, column 14:',
    ]);
  });

  it('reports a missing field at its fact', () => {
    const missing = VISIT.replace('  section: High level visits\n', '');
    expect(check({ 'facts/visits.yaml': missing + EMBASSY }, 'error')).toEqual([
      'facts/visits.yaml:1:3 error entry 1, "section" is required: the heading in the source where the fact is stated',
    ]);
  });

  it('reports an unknown field at the field', () => {
    expect(check({ 'facts/visits.yaml': `${VISIT}  colour: blue\n${EMBASSY}` }, 'error')).toEqual([
      'facts/visits.yaml:8:3 error entry 1: unknown field "colour"',
    ]);
  });

  it('reports a duplicate id at the second use, naming the first', () => {
    const dir = createKnowledge({ 'facts/visits.yaml': VISIT + EMBASSY, 'facts/zz-more.yaml': VISIT.replace('Niš in 2023', 'Niš') });
    const [problem, ...rest] = loadKnowledge(dir).problems.filter((p) => p.severity === 'error');
    expect(rest).toEqual([]);
    expect(describeProblems(dir, [problem!])).toEqual(['facts/zz-more.yaml:1:3 error fact "aliyev-visit-nis-2023": duplicate id']);
    expect(problem!.hint).toBe(`ids must be unique; "aliyev-visit-nis-2023" is already used at ${join(dir, 'facts/visits.yaml')}:1`);
  });

  it('reports an unknown source id at the id, listing the known ones', () => {
    const dir = createKnowledge({ 'facts/visits.yaml': VISIT.replace('[wikipedia]', '[wikipedia, jamestown]') + EMBASSY });
    const errors = loadKnowledge(dir).problems.filter((p) => p.severity === 'error');
    expect(describeProblems(dir, errors)).toEqual(['facts/visits.yaml:4:24 error fact "aliyev-visit-nis-2023": unknown source id "jamestown"']);
    expect(errors[0]!.hint).toBe('use one of: wikipedia, rusi-2020; or add the source to sources.yaml');
  });

  it('reports an impossible date such as 2023-02-30 at the date', () => {
    expect(check({ 'facts/visits.yaml': VISIT.replace('"2023"', '"2023-02-30"') + EMBASSY }, 'error')).toEqual([
      'facts/visits.yaml:3:3 error fact "aliyev-visit-nis-2023": impossible date: February 2023 has no day 30 (it has 28 days)',
    ]);
  });

  it('reports an empty statement at the statement', () => {
    const empty = VISIT.replace('Ilham Aliyev made a working visit to Niš in 2023.', '"  "');
    expect(check({ 'facts/visits.yaml': empty + EMBASSY }, 'error')).toEqual([
      'facts/visits.yaml:2:3 error entry 1, "statement" is empty: write the fact in one to three sentences',
    ]);
  });

  it('reports disagrees_with naming an unknown fact at the name', () => {
    const linked = `${EMBASSY}  disagrees_with: [embassy-belgrade-opened-2011-wikipedia]\n`;
    expect(check({ 'facts/visits.yaml': VISIT + linked }, 'error')).toEqual([
      'facts/visits.yaml:14:20 error fact "embassy-belgrade-opened-2010-rusi": disagrees_with names "embassy-belgrade-opened-2011-wikipedia", which is not a fact id',
    ]);
  });

  it('reports every error of every file at once', () => {
    const errors = check(
      {
        'facts/visits.yaml': VISIT.replace('"2023"', '"2023-13"') + EMBASSY.replace('[rusi-2020]', '[rusi]'),
        'facts/zz-more.yaml': `${VISIT.replace('aliyev-visit-nis-2023', 'another-visit')}  colour: red\n`,
      },
      'error',
    );
    expect(errors).toEqual([
      'facts/visits.yaml:3:3 error fact "aliyev-visit-nis-2023": impossible date: month 13 does not exist (use 01 to 12)',
      'facts/visits.yaml:11:13 error fact "embassy-belgrade-opened-2010-rusi": unknown source id "rusi"',
      'facts/zz-more.yaml:8:3 error entry 1: unknown field "colour"',
    ]);
  });
});

describe('knowledge check: warnings', () => {
  it('warns about a fact that repeats another', () => {
    const repeat = VISIT.replace('aliyev-visit-nis-2023', 'aliyev-nis-2023-again');
    expect(check({ 'facts/visits.yaml': VISIT + EMBASSY + repeat })).toEqual([
      'facts/visits.yaml:14:1 warning fact "aliyev-nis-2023-again" repeats fact "aliyev-visit-nis-2023" (line 1)',
    ]);
  });

  it('does not call facts linked by disagrees_with repeats', () => {
    const other = `${EMBASSY.replace('2010-rusi', '2011-wikipedia').replace('RUSI', 'Wikipedia').replace('2010.', '2011.').replace('"2010"', '"2011"').replace('[rusi-2020]', '[wikipedia]')}  disagrees_with: [embassy-belgrade-opened-2010-rusi]\n`;
    expect(check({ 'facts/visits.yaml': VISIT + EMBASSY + other })).toEqual([]);
  });

  it('warns about a fact with no date', () => {
    expect(check({ 'facts/visits.yaml': VISIT + EMBASSY.replace('  date: "2010"\n', '') })).toEqual([
      'facts/visits.yaml:8:1 warning fact "embassy-belgrade-opened-2010-rusi" has no date',
    ]);
  });

  it('warns about a date whose year neither the statement nor a derived note explains', () => {
    const undated = EMBASSY.replace('in Belgrade in 2010.', 'in Belgrade.');
    expect(check({ 'facts/visits.yaml': VISIT + undated })).toEqual([
      'facts/visits.yaml:8:1 warning fact "embassy-belgrade-opened-2010-rusi" is dated 2010, but neither its statement nor a derived note says where the date comes from',
    ]);
    const explained = undated.replace('  sources:', '  derived: "\'last year\' in a text of 2011"\n  sources:');
    expect(check({ 'facts/visits.yaml': VISIT + explained })).toEqual([]);
  });

  it('warns about a range only when one of its years is not stated', () => {
    const range = VISIT.replace('"2023"', '"2010/2023"');
    expect(check({ 'facts/visits.yaml': range + EMBASSY })).toEqual([
      'facts/visits.yaml:1:1 warning fact "aliyev-visit-nis-2023" is dated 2010/2023, but neither its statement nor a derived note says where the date comes from',
    ]);
    expect(check({ 'facts/visits.yaml': range.replace('in 2023.', 'between 2010 and 2023.') + EMBASSY })).toEqual([]);
  });

  describe('facts linked as disagreeing', () => {
    const loan = (id: string, source: string, other: string, figures: string) => `- id: ${id}
  statement: According to ${source}, Azerbaijan lent Serbia ${figures} in 2012 for the Ljig–Preljina motorway.
  date: "2012"
  sources: [${source}]
  section: Economy
  disagrees_with: [${other}]
`;
    const pair = (a: string, b: string) => loan('loan-wikipedia', 'wikipedia', 'loan-rusi', a) + loan('loan-rusi', 'rusi-2020', 'loan-wikipedia', b);

    it('warns once when they give the same date and the same figures', () => {
      expect(check({ 'facts/economy.yaml': pair('€300 million ($374 million)', '€300-million') })).toEqual([
        'facts/economy.yaml:7:1 warning facts "loan-rusi" and "loan-wikipedia" are linked as disagreeing but give the same date (2012) and the same figures',
      ]);
    });

    it('does not warn when the figures differ, or when neither gives a figure', () => {
      expect(check({ 'facts/economy.yaml': pair('€300 million', '€200 million') })).toEqual([]);
      expect(check({ 'facts/economy.yaml': pair('money', 'credit') })).toEqual([]);
    });
  });

  it("does not warn about an alias group for a source's author", () => {
    expect(check({ 'aliases.yaml': `${ALIASES}- [Vuk Vuksanovic, Вук Вуксановић]\n` })).toEqual([]);
  });

  it('warns about an alias group that matches nothing in the facts', () => {
    expect(check({ 'aliases.yaml': `${ALIASES}- [Zagreb, Загреб]\n` })).toEqual([
      'aliases.yaml:3:1 warning alias group [Zagreb, Загреб] matches nothing in the facts',
    ]);
  });

  it('warns about a source nobody cites', () => {
    const uncited = `${SOURCES}- id: jamestown-2014\n  title: Booming relations\n  publisher: Jamestown\n  author: Huseyn Aliyev\n  published: 2014-12-15\n  url: https://jamestown.org/x\n  licence: Copyrighted\n`;
    expect(check({ 'sources.yaml': uncited })).toEqual(['sources.yaml:15:1 warning source "jamestown-2014" is not cited by any fact']);
  });

  it('warns about a spelling in two alias groups, at the spelling', () => {
    expect(check({ 'aliases.yaml': `${ALIASES}- [Belgrade, Beograd]\n- [Ilham, Nis, Beograd]\n` })).toEqual([
      'aliases.yaml:4:11 warning "Nis" is already in the group on line 1',
      'aliases.yaml:4:16 warning "Beograd" is already in the group on line 3',
    ]);
  });

  it('counts spellings that differ only in script or accents as the same, in one warning', () => {
    expect(check({ 'aliases.yaml': `${ALIASES}- [Belgrade, Beograd]\n- [Ilham, Београд, BEOGRAD]\n` })).toEqual([
      'aliases.yaml:4:11 warning "Београд", "BEOGRAD" are already in the group on line 3',
    ]);
  });
});

describe('knowledge check report', () => {
  const problem = (severity: Problem['severity'], file: string, line: number): Problem => ({
    severity,
    file,
    line,
    column: 1,
    message: `${severity} here`,
    hint: 'do this',
  });

  it('lists errors and warnings apart, each with its count, in file order, then the verdict', () => {
    const report = formatCheckReport({
      ok: false,
      facts: 0,
      sources: 0,
      problems: [problem('warning', 'b.yaml', 3), problem('error', 'b.yaml', 9), problem('error', 'a.yaml', 5)],
    });
    expect(report).toBe(
      [
        'Errors (2):',
        'a.yaml:5:1  error  error here\n    hint: do this',
        'b.yaml:9:1  error  error here\n    hint: do this',
        '',
        'Warnings (1):',
        'b.yaml:3:1  warning  warning here\n    hint: do this',
        '',
        'knowledge check failed: 2 errors, 1 warning. The bot will not load this knowledge until the errors are fixed.',
      ].join('\n'),
    );
  });

  it('says what loaded when it passes', () => {
    expect(formatCheckReport({ ok: true, facts: 2, sources: 2, problems: [] })).toBe('knowledge check passed: 2 facts, 2 sources; 0 errors, 0 warnings');
  });
});

describe('azsr knowledge check (the command)', () => {
  const runCheck = (dir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'knowledge', 'check'], {
      encoding: 'utf8',
      env: { ...process.env, KNOWLEDGE_DIR: dir },
    });

  it('GIVEN errors THEN it lists them before the warnings and exits non-zero', () => {
    const run = runCheck(createKnowledge({ 'facts/visits.yaml': VISIT.replace('"2023"', '"2023-02-30"') + EMBASSY }));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Errors \(1\):\n\S*facts\/visits\.yaml:3:3 {2}error {2}fact "aliyev-visit-nis-2023": impossible date/);
    // The impossible date is one error; it is not also reported as a fact without a date.
    expect(run.stdout).not.toMatch(/has no date/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      'knowledge check failed: 1 error, 0 warnings. The bot will not load this knowledge until the errors are fixed.',
    );
  });

  it('GIVEN --sources and a statement copied from a document THEN it names the fact, the run and the document, and exits non-zero', () => {
    const dir = createKnowledge();
    const sources = join(dirname(dir), 'sources');
    mkdirSync(sources);
    writeFileSync(join(sources, 'rusi-2020.txt'), 'Flourishing Links. According to RUSI, Azerbaijan opened its embassy in Belgrade in 2010, while Serbia…');
    writeFileSync(join(sources, 'SOURCES.md'), 'Ilham Aliyev made a working visit to Niš in 2023.');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'knowledge', 'check', '--sources', sources], {
      encoding: 'utf8',
      env: { ...process.env, KNOWLEDGE_DIR: dir },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /facts\/visits\.yaml:8:1 {2}error {2}fact "embassy-belgrade-opened-2010-rusi": 11 words in a row copied from rusi-2020\.txt: "according to rusi azerbaijan opened its embassy in belgrade in 2010"/,
    );
    expect(run.stdout.trim().split('\n').at(-1)).toBe('originality check failed: 1 statement shares 8 or more words in a row with a source');
  });

  it('GIVEN --sources with a folder that does not exist THEN it says so and exits 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'knowledge', 'check', '--sources', '/nonexistent/sources'], {
      encoding: 'utf8',
      env: { ...process.env, KNOWLEDGE_DIR: createKnowledge() },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/"\/nonexistent\/sources" does not exist/);
  });

  it('GIVEN only warnings THEN it exits zero', () => {
    const run = runCheck(createKnowledge({ 'aliases.yaml': `${ALIASES}- [Zagreb, Загреб]\n` }));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Warnings \(1\):\n/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('knowledge check passed: 2 facts, 2 sources; 0 errors, 1 warning');
  });
});
