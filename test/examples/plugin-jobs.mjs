// The CI examples' sf plugin jobs (examples/github-actions.yml `audit-sf`, examples/gitlab-ci.yml `juston-audit-sf`)
// for `npm run test:clients`, which runs them in the real Salesforce CLI: their `sf` command lines, and their shell
// steps as written but for the installs (there the CLI is the cached one and the plugin is linked).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const INSTALL = /^\s*(npm install -g|sf plugins install)\b/;

export function loadPluginJobs(root) {
  const load = (name) => parseDocument(readFileSync(join(root, 'examples', name), 'utf8'), { uniqueKeys: true }).toJS();
  const workflow = load('github-actions.yml');
  return { github: { workflow, job: workflow.jobs['audit-sf'] }, gitlab: load('gitlab-ci.yml')['juston-audit-sf'] };
}

/** Shell words of a line; quotes removed, variables kept. */
const shellWords = (line) => [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);

/**
 * The `sf` commands of a script, one a line (continuations joined): `{ id, flags, words, line }`, the id being the
 * leading lower-case words (`org login jwt`), the words and flags (`--alias`, `-n`) as written, up to a shell operator.
 */
export function sfCommandsIn(script) {
  return script
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => /^\s*sf\s/.test(line))
    .map((line) => {
      const all = shellWords(line).slice(1);
      const end = all.findIndex((w) => /^(\|\||&&|;|\||>>?)$/.test(w));
      const words = end < 0 ? all : all.slice(0, end);
      const idEnd = words.findIndex((w) => !/^[a-z][a-z-]*$/.test(w));
      const id = (idEnd < 0 ? words : words.slice(0, idEnd)).join(' ');
      return { id, flags: words.filter((w) => w.startsWith('-')).map((w) => w.replace(/=.*$/, '')), words, line: line.trim() };
    });
}

/** Every `sf` command of both plugin jobs. */
export function sfCommandsOf({ github, gitlab }) {
  const scripts = [...github.job.steps.map((step) => step.run ?? ''), ...gitlab.before_script, ...gitlab.script, ...gitlab.after_script];
  return scripts.flatMap(sfCommandsIn);
}

/** Whether `sf ID --help` lists a flag: `--name` as written in its FLAGS or GLOBAL FLAGS, `-c` as `-c, --name`. */
export const helpLists = (help, flag) =>
  flag.startsWith('--') ? new RegExp(`(^|[\\s,])${flag}(=|\\s|$)`, 'm').test(help) : new RegExp(`^\\s+${flag}, --`, 'm').test(help);

function bash(script, cwd, env) {
  return new Promise((resolve) => {
    execFile('bash', ['-eo', 'pipefail', '-c', script], { cwd, env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const withoutInstalls = (script) =>
  script
    .split('\n')
    .filter((line) => !INSTALL.test(line))
    .join('\n');

/** `${{ … }}` in a GitHub job's env: secrets.X, secrets[matrix.k] and matrix.k only. */
export function githubExpression(value, secrets, entry) {
  return String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr) => {
    const direct = /^secrets\.([A-Z_]+)$/.exec(expr);
    if (direct) return secrets[direct[1]];
    const indirect = /^secrets\[matrix\.([a-z_]+)\]$/.exec(expr);
    if (indirect) return secrets[entry[indirect[1]]];
    const fromMatrix = /^matrix\.([a-z_]+)$/.exec(expr);
    if (fromMatrix) return entry[fromMatrix[1]];
    throw new Error(`examples/github-actions.yml: unexpected expression ${expr}`);
  });
}

/** The `if:` forms the job uses: always(), hashFiles('f') != '', steps.ID.outcome == 'success', joined with &&. */
function runsIf(condition, { exists, failed, outcomes }) {
  const parts = condition ? condition.split('&&').map((part) => part.trim()) : [];
  const holds = parts.every((part) => {
    if (part === 'always()') return true;
    const hash = /^hashFiles\('([^']+)'\)\s*!=\s*''$/.exec(part);
    if (hash) return exists(hash[1]);
    const outcome = /^steps\.([\w-]+)\.outcome\s*==\s*'(\w+)'$/.exec(part);
    if (outcome) return outcomes[outcome[1]] === outcome[2];
    throw new Error(`examples/github-actions.yml: unexpected condition ${part}`);
  });
  return holds && (parts.includes('always()') || !failed);
}

/**
 * The GitHub job's steps in order, as the runner would take them: each `run:` in bash with the job's and step's env,
 * its install lines dropped (a step of installs alone is not run); `uses:` steps are not run, the files they take are
 * listed. Returns what each step did.
 */
export async function runGithubJob({ workflow, job }, { env, secrets, workspace, runnerTemp, stepSummary, exists }) {
  const entry = job.strategy.matrix.include[0];
  const outcomes = {};
  const results = [];
  let failed = false;
  for (const step of job.steps) {
    if (!runsIf(step.if, { exists, failed, outcomes })) {
      results.push({ step, skipped: true });
      continue;
    }
    if (step.uses) {
      const files = [step.with?.sarif_file, ...String(step.with?.path ?? '').split('\n')].map((f) => f?.trim()).filter(Boolean);
      results.push({ step, files });
      continue;
    }
    const script = withoutInstalls(step.run);
    if (!script.trim()) {
      results.push({ step, installOnly: true });
      continue;
    }
    const stepEnv = Object.fromEntries(
      Object.entries({ ...workflow.env, ...job.env, ...step.env }).map(([k, v]) => [k, githubExpression(v, secrets, entry)]),
    );
    const result = await bash(script, workspace, {
      ...env,
      ...stepEnv,
      RUNNER_TEMP: runnerTemp,
      GITHUB_STEP_SUMMARY: stepSummary,
    });
    if (step.id) outcomes[step.id] = result.code === 0 ? 'success' : 'failure';
    if (result.code !== 0) failed = true;
    results.push({ step, ...result });
  }
  return results;
}

/** The GitLab job: before_script (installs dropped) and script in one shell, as GitLab runs them, then after_script. */
export async function runGitlabJob(job, { env, secrets, workspace, keyFile }) {
  // The key file moved into the test's directory, as a CI/CD variable may override a job variable.
  const jobEnv = { ...job.variables, SF_JWT_KEY_FILE: keyFile, ...secrets, ...env };
  const script = await bash(withoutInstalls([...job.before_script, ...job.script].join('\n')), workspace, jobEnv);
  const after = await bash(job.after_script.join('\n'), workspace, jobEnv);
  return { script, after };
}
