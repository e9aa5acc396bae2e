import { listOrgUsers, type OrgUser } from '../session/org-users.js';
import type { EmulatorContext } from './context.js';

/** What the identity URL (`/id/…`) and the UserInfo endpoint both say about one user of the org. */
export interface IdentityFacts {
  user: OrgUser;
  orgId: string;
  /** `<origin>/id/<orgId>/<userId>`: the identity URL, also the UserInfo `sub`. */
  idUrl: string;
  givenName: string;
  familyName: string;
  nickname: string;
  zoneinfo: string;
  utcOffset: number;
  updatedAt: string;
  urls: Record<string, string>;
}

/** The org's user with that Id (or the emulator's login user), undefined when there is none. */
export function identityUser(ctx: EmulatorContext, userId: string): OrgUser | undefined {
  return listOrgUsers(ctx.org).find((u) => u.userId === userId) ?? (userId === ctx.loginUser.userId ? ctx.loginUser : undefined);
}

/**
 * The facts about `user`. `urls` keeps the `{version}` placeholders Salesforce returns; the Chatter
 * ones (`feeds` … `feed_elements`) follow the Identity URLs help page's example response [unverified:
 * not re-checked against a real org]. Time zone, offset and last-modified date are the emulator's
 * fixed values (the snapshot has none).
 */
export function identityFacts(ctx: EmulatorContext, user: OrgUser): IdentityFacts {
  const org = ctx.org.organizationId;
  const soap = (kind: string) => `${ctx.origin}/services/Soap/${kind}/{version}/${org.slice(0, 15)}`;
  const data = `${ctx.origin}/services/data/v{version}`;
  const [first, ...rest] = (user.name ?? user.username).split(' ');
  return {
    user,
    orgId: org,
    idUrl: `${ctx.origin}/id/${org}/${user.userId}`,
    givenName: first,
    familyName: rest.join(' ') || first,
    nickname: user.username.split('@')[0],
    zoneinfo: 'Europe/Berlin',
    utcOffset: 3600000,
    updatedAt: '2024-01-01T00:00:00.000+0000',
    urls: {
      enterprise: soap('c'),
      metadata: soap('m'),
      partner: soap('u'),
      rest: `${data}/`,
      sobjects: `${data}/sobjects/`,
      search: `${data}/search/`,
      query: `${data}/query/`,
      recent: `${data}/recent/`,
      tooling_soap: soap('T'),
      tooling_rest: `${data}/tooling/`,
      profile: `${ctx.origin}/${user.userId}`,
      feeds: `${data}/chatter/feeds`,
      groups: `${data}/chatter/groups`,
      users: `${data}/chatter/users`,
      feed_items: `${data}/chatter/feed-items`,
      feed_elements: `${data}/chatter/feed-elements`,
      custom_domain: ctx.origin,
    },
  };
}
