import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { describeSchemaErrors, schemaViolation, validatorFor } from '../support/json-schema.js';
import { readUserJson } from '../support/read-user-file.js';
import { JOURNAL_SCHEMA } from './journal-schema.js';
import type { FixPlan, PlannedChange } from './types.js';

export const JOURNAL_FORMAT = 'juston-audit.fix-journal/v1';

type JournalAction = 'applied' | 'conflict' | 'failed' | 'skipped' | 'undone' | 'already-undone' | 'undo-failed';

/** One line of the journal's history: what happened to one change, when, in which phase. */
export interface JournalEvent {
  at: string;
  changeId: string;
  phase: 'apply' | 'undo-after-failure' | 'rollback';
  action: JournalAction;
  recordId?: string;
  detail?: string;
}

export interface JournalChange extends PlannedChange {
  /** The values a rollback writes back (defaults to `before`). */
  undo?: Record<string, unknown>;
}

/**
 * The fix journal: written (mode 0600) before the first write, with every planned change and its
 * before-state; each write's outcome is appended as it happens. Never holds credentials.
 */
export interface Journal {
  format: typeof JOURNAL_FORMAT;
  orgId: string;
  orgName: string | null;
  isSandbox: boolean | null;
  instanceUrl: string | null;
  createdAt: string;
  auditedAt: string;
  fixType: FixPlan['fixType'];
  status: 'applying' | 'applied' | 'conflicts' | 'failed-rolled-back' | 'failed-rollback-incomplete' | 'rolled-back' | 'rollback-partial';
  changes: JournalChange[];
  events: JournalEvent[];
}

/** `<dir>/.juston-audit/journal-<orgId>-<timestamp>.json`, timestamp like 20261126T235100123Z. */
export function journalPath(dir: string, orgId: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  return join(dir, '.juston-audit', `journal-${orgId}-${stamp}.json`);
}

/** Writes the whole journal to a temporary file (0600) and renames it over the old one: never half a journal. */
export async function saveJournal(path: string, journal: Journal): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, `${JSON.stringify(journal, null, 2)}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

/** Reads and validates a journal; any problem is an InputError naming the file and the JSON path. */
export async function loadJournal(path: string): Promise<Journal> {
  const data = readUserJson(path, 'journal');
  const validate = validatorFor(JOURNAL_SCHEMA);
  if (!validate(data)) throw schemaViolation(`journal ${path}`, describeSchemaErrors(validate.errors));
  const journal = data as Journal;
  const ids = new Set(journal.changes.map((c) => c.id));
  const stray = journal.events.findIndex((e) => !ids.has(e.changeId));
  if (stray >= 0) throw schemaViolation(`journal ${path}`, [`$.events[${stray}].changeId: names no change of the journal`]);
  return journal;
}

/** The latest action recorded for each change. */
export function lastActions(journal: Journal): Map<string, JournalEvent> {
  const out = new Map<string, JournalEvent>();
  for (const e of journal.events) out.set(e.changeId, e);
  return out;
}
