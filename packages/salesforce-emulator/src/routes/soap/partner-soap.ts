import { child } from '../../http/xml-parse.js';
import { escapeXml, toXml } from '../../http/xml-write.js';
import { checkLogin } from '../../session/credentials.js';
import type { EmulatorContext, IncomingCall, RouteOutcome } from '../context.js';
import { organizationInfo } from '../org-info.js';
import { PARTNER_FAULT_NS, PARTNER_NS, parseSoapRequest, sessionIdOf, soapFault, soapSuccess } from './envelope.js';

const fault = (code: string, message: string) => soapFault(code, message, PARTNER_FAULT_NS);

/**
 * `POST /services/Soap/u/XX.X`: the Partner API's `login` and `logout` only. Neither counts against
 * the API budget: sources disagree on whether logins count, and the emulator chooses not to.
 */
export function handlePartnerSoap(ctx: EmulatorContext, call: IncomingCall, version: string): RouteOutcome {
  const api = 'partner-soap';
  let request;
  try {
    request = parseSoapRequest(call.body);
  } catch {
    return { reply: fault('soapenv:Client', 'Unable to parse the SOAP request'), api, counted: false };
  }
  const operation = request.operation.name;
  if (operation === 'logout') {
    const token = sessionIdOf(request);
    if (!token || !ctx.sessions.revoke(token)) {
      const message = 'INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session';
      return { reply: fault('sf:INVALID_SESSION_ID', message), api, counted: false, operation };
    }
    return { reply: soapSuccess(PARTNER_NS, '<logoutResponse/>'), api, counted: false, operation };
  }
  if (operation !== 'login') {
    const message = `No operation available for request {${PARTNER_NS}}${operation}`;
    return { reply: fault('soapenv:Client', message), api, counted: false, operation };
  }
  const username = child(request.operation, 'username')?.text ?? '';
  const password = child(request.operation, 'password')?.text ?? '';
  if (!checkLogin(ctx.credentials, username, password)) {
    const message = 'INVALID_LOGIN: Invalid username, password, security token; or user locked out.';
    return { reply: fault('sf:INVALID_LOGIN', message), api, counted: false, operation };
  }
  return { reply: soapSuccess(PARTNER_NS, loginResponse(ctx, version)), api, counted: false, operation };
}

function loginResponse(ctx: EmulatorContext, version: string): string {
  const user = ctx.loginUser;
  const info = organizationInfo(ctx.org);
  const orgId = ctx.org.organizationId;
  const sessionId = ctx.sessions.issue({ userId: user.userId, username: user.username });
  const soapBase = (kind: string) => `${ctx.origin}/services/Soap/${kind}/${version}/${orgId.slice(0, 15)}`;
  const userInfo = {
    accessibilityMode: false,
    currencySymbol: '€',
    orgAttachmentFileSizeLimit: 5242880,
    orgDefaultCurrencyIsoCode: 'EUR',
    orgDisallowHtmlAttachments: false,
    orgHasPersonAccounts: false,
    organizationId: orgId,
    organizationMultiCurrency: false,
    organizationName: info.name,
    profileId: user.profileId ?? '00e000000000001AAA',
    sessionSecondsValid: 7200,
    userDefaultCurrencyIsoCode: null,
    userEmail: user.email ?? user.username,
    userFullName: user.name ?? user.username,
    userId: user.userId,
    userLanguage: 'en_US',
    userLocale: 'en_US',
    userName: user.username,
    userTimeZone: 'Europe/Berlin',
    userType: 'Standard',
    userUiSkin: 'Theme3',
  };
  return (
    `<loginResponse><result><metadataServerUrl>${escapeXml(soapBase('m'))}</metadataServerUrl>` +
    `<passwordExpired>false</passwordExpired><sandbox>${info.isSandbox}</sandbox>` +
    `<serverUrl>${escapeXml(soapBase('u'))}</serverUrl><sessionId>${escapeXml(sessionId)}</sessionId>` +
    `<userId>${escapeXml(user.userId)}</userId>${toXml('userInfo', userInfo)}</result></loginResponse>`
  );
}
