import { basePath, fieldsOf, type RestCall, type RestResult } from './rest-call.js';

/** `POST sobjects/X` → 201 `{id, success, errors}`. */
export function createRecord(call: RestCall, [sobject]: string[]): RestResult {
  const id = call.ctx.org.create(sobject, fieldsOf(call.body), call.api);
  return {
    status: 201,
    body: { id, success: true, errors: [] },
    headers: { Location: `${basePath(call)}/sobjects/${sobject}/${id}` },
  };
}

/** `GET sobjects/X/Id[?fields=A,B]`. */
export function retrieveRecord(call: RestCall, [sobject, id]: string[]): RestResult {
  const fieldsParam = call.query.get('fields');
  const fields = fieldsParam
    ? fieldsParam
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
    : undefined;
  return { status: 200, body: call.ctx.org.retrieve(sobject, id, fields, call.api, call.version) };
}

export function updateRecord(call: RestCall, [sobject, id]: string[]): RestResult {
  call.ctx.org.update(sobject, id, fieldsOf(call.body), call.api);
  return { status: 204 };
}

export function deleteRecord(call: RestCall, [sobject, id]: string[]): RestResult {
  call.ctx.org.delete(sobject, id, call.api);
  return { status: 204 };
}
