export * from '@juston-audit/org-snapshot';
