/**
 * A problem found in the knowledge files, with where and what to do. src/knowledge finds them; the
 * core owns the type because reload outcomes (KnowledgeControl in services.ts) carry them to
 * moderators.
 */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}
