import {
  bulkLoad,
  getOrganizations,
  getPosts,
  getTerms,
  getUnits,
  isWithinScope,
  type OrganizationId,
  type PostId,
  type TermId,
  type UnitId,
  type WriteDays,
} from '@mttq/core';
import { AuthError, fromCoreError } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { OrganizationNode, PostNode, TermNode, UnitNode } from '../refs.js';
import { allAt } from '../shared/at.js';
import { BatchRecordError } from './batch-record.error.js';
import { ImportBatchInput } from './import-batch.inputs.js';
import { planImport } from './import-batch.plan.js';

interface ImportReport {
  readonly batchId: string;
  readonly rows: number;
  readonly unitIds: readonly UnitId[];
  readonly organizationIds: readonly OrganizationId[];
  readonly postIds: readonly PostId[];
  readonly termIds: readonly TermId[];
}

const present = <T>(values: readonly (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);

const ImportBatchReport = builder.objectRef<ImportReport>('ImportBatchReport').implement({
  description: 'What an importBatch wrote, in one transaction with its one audit entry.',
  fields: (t) => ({
    batchId: t.exposeString('batchId', { description: 'The audit log’s name for the batch.' }),
    rows: t.exposeInt('rows', { description: 'Rows written, the unit closure, parent links and the audit entry included.' }),
    units: t.field({ type: [UnitNode], resolve: async (r, _a, ctx) => allAt(present(await getUnits(ctx.db, r.unitIds)), ctx.today) }),
    organizations: t.field({
      type: [OrganizationNode],
      resolve: async (r, _a, ctx) => allAt(present(await getOrganizations(ctx.db, r.organizationIds)), ctx.today),
    }),
    posts: t.field({ type: [PostNode], resolve: async (r, _a, ctx) => allAt(present(await getPosts(ctx.db, r.postIds)), ctx.today) }),
    terms: t.field({ type: [TermNode], resolve: async (r, _a, ctx) => allAt(present(await getTerms(ctx.db, r.termIds)), ctx.today) }),
  }),
});

builder.mutationField('importBatch', (t) =>
  t.field({
    type: ImportBatchReport,
    description:
      'Loads units, organizations, posts and terms in one all-or-nothing transaction through core’s bulk loader, checked by the same catalog and rules as the one-by-one writes. A refused record comes back as BatchRecordError naming it; nothing of the batch is written. The token’s scope must hold every stored record the batch hangs from.',
    args: { input: t.arg({ type: ImportBatchInput, required: true }) },
    errors: { types: [BatchRecordError, AuthError], directResult: true },
    authScopes: { writer: true },
    resolve: async (_root, { input }, ctx) => {
      const plan = await planImport(ctx, input);
      if (ctx.auth.kind !== 'token')
        throw new AuthError('AUTH.TOKEN_REQUIRED', { vi: 'Cần mã truy cập để ghi.', en: 'Writing needs an access token.' });
      if (plan.rootless.length > 0) {
        throw new AuthError('AUTH.OUTSIDE_SCOPE', {
          vi: `Đơn vị ${plan.rootless[0]} không có cấp trên nên nằm ngoài phạm vi của mọi mã truy cập.`,
          en: `The unit ${plan.rootless[0]} has no parent, so it is outside every access token's scope.`,
        });
      }
      for (const target of plan.targets) {
        const check = await isWithinScope(ctx.db, ctx.auth.token, target, target.days as WriteDays);
        if (!check.ok) throw fromCoreError(check.error);
      }
      const result = await bulkLoad(ctx.db, plan.batch, { rulePack: ctx.rulePack });
      if (!result.ok) throw BatchRecordError.of(result.error);
      const { batch } = plan;
      return {
        batchId: result.value.batchId,
        rows: result.value.rows,
        unitIds: (batch.units ?? []).map((u) => u.id!),
        organizationIds: (batch.organizations ?? []).map((o) => o.id!),
        postIds: (batch.posts ?? []).map((p) => p.id!),
        termIds: (batch.terms ?? []).map((x) => x.id!),
      };
    },
  }),
);
