import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTerminal } from './render-terminal.js';
import type { OrgDiff } from './types.js';

/** The formats of `diff --format`. */
export const diffRenderers: Record<'terminal' | 'markdown' | 'json', (diff: OrgDiff) => string> = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  json: renderJson,
};

export type DiffFormat = keyof typeof diffRenderers;
