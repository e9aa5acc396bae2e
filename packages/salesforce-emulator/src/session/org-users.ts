import type { OrgData } from '../org-data.js';

/** A user of the emulated org as the session layer needs it. */
export interface OrgUser {
  userId: string;
  username: string;
  name?: string;
  email?: string;
  profileId?: string;
  isActive: boolean;
  profileName?: string;
}

/** Fallback identity when the org data has no usable User rows. */
export const FALLBACK_USER: OrgUser = {
  userId: '005000000000001AAA',
  username: 'admin@emulator.local',
  name: 'Emulator Admin',
  isActive: true,
  profileName: 'System Administrator',
};

/** Reads users through SOQL, tolerating a data layer that lacks relationship queries or some fields. */
export function listOrgUsers(org: OrgData): OrgUser[] {
  const attempts: Array<() => OrgUser[]> = [
    () => rows(org, 'SELECT Id, Username, Name, Email, IsActive, ProfileId, Profile.Name FROM User').map((r) => toUser(r, profileOf(r))),
    () => {
      const profiles = new Map(rows(org, 'SELECT Id, Name FROM Profile').map((p) => [p.Id, p.Name]));
      return rows(org, 'SELECT Id, Username, IsActive, ProfileId FROM User').map((r) => toUser(r, str(profiles.get(r.ProfileId))));
    },
  ];
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch {
      // try the next, simpler shape
    }
  }
  return [];
}

/** The first active System Administrator, else the fallback identity. */
export function defaultLoginUser(org: OrgData): OrgUser {
  const users = listOrgUsers(org);
  return users.find((u) => u.isActive && u.profileName === 'System Administrator') ?? FALLBACK_USER;
}

export function findActiveUser(org: OrgData, username: string): OrgUser | undefined {
  const wanted = username.toLowerCase();
  return listOrgUsers(org).find((u) => u.isActive && u.username.toLowerCase() === wanted);
}

function rows(org: OrgData, soql: string): Array<Record<string, unknown>> {
  return org.query(soql, { api: 'data' }).records;
}

function profileOf(r: Record<string, unknown>): string | undefined {
  const profile = r.Profile as Record<string, unknown> | null | undefined;
  return str(profile?.Name);
}

function toUser(r: Record<string, unknown>, profileName: string | undefined): OrgUser {
  return {
    userId: String(r.Id),
    username: String(r.Username),
    name: str(r.Name),
    email: str(r.Email),
    profileId: str(r.ProfileId),
    isActive: r.IsActive !== false,
    profileName,
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
