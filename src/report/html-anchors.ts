/**
 * Element ids of the HTML page. Unique per page by construction: orgs are numbered in the order they were
 * audited (the same org named twice gets two numbers) and a rule id is unique within an org's results.
 */
export const orgAnchor = (orgIndex: number): string => `org-${orgIndex + 1}`;

export const ruleAnchor = (orgIndex: number, ruleId: string): string => `${orgAnchor(orgIndex)}/${ruleId}`;
