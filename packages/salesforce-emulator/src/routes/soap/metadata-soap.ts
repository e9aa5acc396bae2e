import { SalesforceApiError } from '../../api-error.js';
import type { EmulatorContext, IncomingCall, RouteOutcome } from '../context.js';
import { unknownException } from '../rest/rest-call.js';
import { METADATA_NS, parseSoapRequest, sessionIdOf, soapFault, soapSuccess, type SoapRequest } from './envelope.js';
import { metadataOperations } from './metadata-ops.js';

const fault = (code: string, message: string) => soapFault(code, message, METADATA_NS);

/**
 * `POST /services/Soap/m/XX.X`: the session travels only in `SessionHeader/sessionId`. Each call with
 * a valid session counts once; a bad session gives `sf:INVALID_SESSION_ID`, which jsforce refreshes on.
 */
export function handleMetadataSoap(ctx: EmulatorContext, call: IncomingCall): RouteOutcome {
  const api = 'metadata-soap';
  let request: SoapRequest;
  try {
    request = parseSoapRequest(call.body);
  } catch {
    return { reply: fault('soapenv:Client', 'Unable to parse the SOAP request'), api, counted: false };
  }
  const operation = request.operation.name;
  if (!ctx.sessions.lookup(sessionIdOf(request))) {
    const message = 'INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session';
    return { reply: fault('sf:INVALID_SESSION_ID', message), api, counted: false, operation };
  }
  if (!ctx.usage.tryCount()) {
    const reply = fault('sf:REQUEST_LIMIT_EXCEEDED', 'REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.');
    return { reply, api, counted: false, operation };
  }
  const run = metadataOperations[operation];
  if (!run) {
    const message = `No operation available for request {${METADATA_NS}}${operation}`;
    return { reply: fault('soapenv:Client', message), api, counted: true, operation };
  }
  try {
    const inner = run(ctx.org, request.operation);
    return { reply: soapSuccess(METADATA_NS, `<${operation}Response>${inner}</${operation}Response>`), api, counted: true, operation };
  } catch (error) {
    const known = error instanceof SalesforceApiError ? error : unknownException();
    return { reply: fault(`sf:${known.errorCode}`, `${known.errorCode}: ${known.message}`), api, counted: true, operation };
  }
}
