import { findUnitByCode, type IsoDate, type Unit, type UnitId } from '@mttq/core';
import type { Context } from '../context.js';
import { coreRequestError, requestError } from '../errors/api-error.js';
import { builder } from './builder.js';
import { UnitNode } from './refs.js';

/** `UnitRefInput`: a unit named by global id, or by official code (a code names a unit only with the query's date). */
export const UnitRefInput = builder.inputType('UnitRefInput', {
  description: 'A unit, by global id or by official code (e.g. "073" for Huyện Chiêm Hóa until 2025-06-30). Give exactly one.',
  fields: (t) => ({
    id: t.globalID({ for: UnitNode, description: 'The global id of a Unit.' }),
    code: t.string({
      description: 'An official code, read on the query date: "02287" is Thị trấn Vĩnh Lộc on 2025-06-30 and Xã Chiêm Hóa on 2025-07-01.',
    }),
  }),
});

/** The unit a `UnitRefInput` names on `date`, or a GraphQL error with the core's code. */
export async function resolveUnitRef(
  ctx: Context,
  ref: { id?: { id: UnitId } | null; code?: string | null },
  date: IsoDate,
): Promise<Unit> {
  if (ref.id && !ref.code) {
    const unit = await ctx.loaders.unit.load(ref.id.id);
    if (!unit) {
      throw requestError('UNIT.NOT_FOUND', {
        vi: `Không tìm thấy đơn vị hành chính có mã ${ref.id.id}.`,
        en: `No administrative unit has the id ${ref.id.id}.`,
      });
    }
    return unit;
  }
  if (ref.code && !ref.id) {
    const found = await findUnitByCode(ctx.db, ref.code, date);
    if (!found.ok) throw coreRequestError(found.error);
    return found.value;
  }
  throw requestError('UNIT_REF.INVALID', {
    vi: 'Cần chỉ rõ đơn vị bằng đúng một trong hai: id hoặc code.',
    en: 'Name the unit by exactly one of id or code.',
  });
}
