/**
 * The request target with a leading run of slashes collapsed to one, query string untouched.
 *
 * The Salesforce CLI keeps instance URLs with a trailing slash and so asks for `//services/data/…`
 * (seen against this emulator); `new URL('//services/…', base)` would read `services` as a host.
 */
export function collapseLeadingSlashes(rawUrl: string): string {
  return rawUrl.replace(/^\/{2,}/, '/');
}
