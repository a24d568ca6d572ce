import type { IsoDate, SourceId } from '@mttq/core';
import type { Context } from '../../context.js';
import { loadOne } from './node-load.js';

/** The `source` field every sourced record has, read through the request's DataLoader. */
export function sourceOf(record: { readonly sourceId: SourceId; readonly asOf: IsoDate }, _args: object, ctx: Context) {
  return loadOne(ctx.loaders.source, record.sourceId, record.asOf);
}
