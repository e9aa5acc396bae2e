import { basePath, type RestCall, type RestResult } from './rest-call.js';

const DATA_RESOURCES = ['tooling', 'metadata', 'sobjects', 'query', 'queryAll', 'search', 'limits', 'composite', 'recent', 'tabs', 'theme'];
const TOOLING_RESOURCES = ['sobjects', 'query', 'search', 'executeAnonymous', 'runTestsAsynchronous', 'completions'];

/** `GET /services/data/vXX.X/`: the resources of that version, with an absolute `identity` URL. */
export function resources(call: RestCall): RestResult {
  const base = basePath(call);
  const names = call.api === 'tooling' ? TOOLING_RESOURCES : DATA_RESOURCES;
  const body: Record<string, string> = {};
  for (const name of names) body[name] = `${base}/${name}`;
  if (call.api === 'data') body.identity = `${call.ctx.origin}/id/${call.ctx.org.organizationId}/${call.user.userId}`;
  return { status: 200, body };
}
