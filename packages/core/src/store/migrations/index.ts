import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as directives from './0002-directives-and-assignments.js';
import * as lineage from './0003-unit-lineage.js';
import * as audit from './0004-audit-log.js';
import * as apiTokens from './0005-api-tokens.js';
import * as apiTokenAdmin from './0006-api-token-admin.js';
import * as apostropheKeys from './0007-search-keys-fold-apostrophes.js';
import * as changeFeed from './0008-change-feed.js';
import * as personNames from './0009-person-names.js';
import * as assignmentAncestors from './0010-assignment-ancestors.js';
import * as assigneeOrder from './0012-assignee-order-indexes.js';
import * as bulkIndexAside from './0015-bulk-index-aside.js';

/** Every migration, by name; names sort in the order they run. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-directives-and-assignments': directives,
  '0003-unit-lineage': lineage,
  '0004-audit-log': audit,
  '0005-api-tokens': apiTokens,
  '0006-api-token-admin': apiTokenAdmin,
  '0007-search-keys-fold-apostrophes': apostropheKeys,
  '0008-change-feed': changeFeed,
  '0009-person-names': personNames,
  '0010-assignment-ancestors': assignmentAncestors,
  '0012-assignee-order-indexes': assigneeOrder,
  '0015-bulk-index-aside': bulkIndexAside,
};
