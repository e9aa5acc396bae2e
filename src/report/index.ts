import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderTerminal } from './terminal.js';
import type { ReportFormat, Reporter } from './types.js';

/** Every output format, by name (an explicit registry, as knip's reporters/index.ts). */
export const reporters: Record<ReportFormat, Reporter> = {
  terminal: renderTerminal,
  json: renderJson,
  sarif: renderSarif,
  junit: renderJunit,
  markdown: renderMarkdown,
  html: renderHtml,
};

export const reportFormats = Object.keys(reporters) as ReportFormat[];

export type { AuditRun, ReportFormat, ReportOptions } from './types.js';
export { auditOutcome } from './gate.js';
export { failedRun } from './failed-run.js';
export { renderRuleExplanation, renderRuleList, suggestRuleId } from './rule-docs.js';
