import {
  assignHolding,
  createOrganization,
  createPerson,
  createPost,
  createSource,
  createUnits,
  findUnitByCode,
  isOrganizationType,
  isPostType,
  isUnitKind,
  messageIn,
  organizationsAt,
  parseIsoDate,
  stableId,
  today,
  type CoreError,
  type Db,
  type IsoDate,
  type OrganizationId,
  type PersonId,
  type PostId,
  type Result,
  type SourceId,
  type Texts,
  type UnitId,
} from '@mttq/core';
import { csvRowsPresent } from './csv-existing.js';
import { formatRowError, readCsvFolder, type CsvRow, type RowError } from './csv-files.js';

/**
 * What an import did: counts of written records; or, with `unchanged`, that every row was already in the store and
 * nothing was written (the same files imported again); or the row errors that stopped it (nothing written).
 */
export type CsvImportResult =
  | { readonly ok: true; readonly counts: Record<string, number>; readonly unchanged?: true }
  | { readonly ok: false; readonly errors: readonly RowError[] };

const REQUIRED: Texts = { vi: 'bắt buộc', en: 'required' };

class RowRefused extends Error {
  constructor(readonly rowError: RowError) {
    super(formatRowError(rowError));
  }
}

const id = <T extends string>(prefix: 'unit' | 'org' | 'post' | 'person', key: string) => stableId<T>(prefix, `csv-${key}`);

/**
 * Imports units, organizations, posts, people and holdings from the CSV files of a folder. Every row is
 * checked first (file, line and field named in each error); then everything is written in one transaction,
 * in which any refusal by the model (a seat already taken…) is reported against its row and undoes the
 * whole import. Files imported before are found row by row: all of them present changes nothing and says so;
 * some of them present is refused, naming each row already in the store.
 */
export async function importCsvFolder(db: Db, dir: string): Promise<CsvImportResult> {
  const { rows, errors } = readCsvFolder(dir);
  const check = new Checker(db, errors);
  const keys = { units: new Set<string>(), organizations: new Set<string>(), posts: new Set<string>(), people: new Set<string>() };
  for (const [file, set] of Object.entries(keys) as [keyof typeof keys, Set<string>][]) {
    for (const row of rows[file]) {
      const key = row.values.key ?? '';
      if (!/^[a-z0-9][a-z0-9._-]*$/.test(key))
        check.fail(row, 'key', {
          vi: `"${key}" không hợp lệ (chữ thường không dấu, số, - . _)`,
          en: `"${key}" is not a valid key (lower-case letters without marks, digits, - . _)`,
        });
      else if (set.has(key)) check.fail(row, 'key', { vi: `"${key}" bị trùng`, en: `"${key}" is repeated` });
      set.add(key);
    }
  }
  for (const row of rows.units) {
    if (!isUnitKind(row.values.kind ?? ''))
      check.fail(row, 'kind', { vi: `"${row.values.kind}" không phải loại đơn vị`, en: `"${row.values.kind}" is not a unit kind` });
    check.required(row, 'name');
    const from = check.date(row, 'valid_from');
    check.date(row, 'valid_to');
    const parent = row.values.parent ?? '';
    if (parent && !keys.units.has(parent)) await check.unitCode(row, 'parent', parent, from ?? today());
  }
  for (const row of rows.organizations) {
    if (!isOrganizationType(row.values.type ?? ''))
      check.fail(row, 'type', {
        vi: `"${row.values.type}" không phải loại tổ chức`,
        en: `"${row.values.type}" is not an organization type`,
      });
    const from = check.date(row, 'valid_from') ?? today();
    check.date(row, 'valid_to');
    const unit = row.values.unit ?? '';
    if (!keys.units.has(unit)) await check.unitCode(row, 'unit', unit, from);
    const parent = row.values.parent ?? '';
    if (parent && !keys.organizations.has(parent)) await check.organizationRef(row, parent, from);
  }
  for (const row of rows.posts) {
    if (!keys.organizations.has(row.values.organization ?? ''))
      check.fail(row, 'organization', {
        vi: `"${row.values.organization}" không có trong organizations.csv`,
        en: `"${row.values.organization}" is not in organizations.csv`,
      });
    if (!isPostType(row.values.type ?? ''))
      check.fail(row, 'type', { vi: `"${row.values.type}" không phải loại chức vụ`, en: `"${row.values.type}" is not a post type` });
    const seats = row.values.seats ?? '';
    if (seats && !/^[1-9]\d*$/.test(seats))
      check.fail(row, 'seats', { vi: `"${seats}" phải là số nguyên dương`, en: `"${seats}" must be a positive whole number` });
  }
  for (const row of rows.people) check.required(row, 'full_name');
  for (const row of rows.holdings) {
    if (!keys.people.has(row.values.person ?? ''))
      check.fail(row, 'person', {
        vi: `"${row.values.person}" không có trong people.csv`,
        en: `"${row.values.person}" is not in people.csv`,
      });
    if (!keys.posts.has(row.values.post ?? ''))
      check.fail(row, 'post', { vi: `"${row.values.post}" không có trong posts.csv`, en: `"${row.values.post}" is not in posts.csv` });
    if (!check.date(row, 'valid_from')) check.fail(row, 'valid_from', REQUIRED);
    check.date(row, 'valid_to');
  }
  for (const file of Object.values(rows)) for (const row of file) check.required(row, 'source');
  if (errors.length > 0) return { ok: false, errors };

  try {
    return await db.transaction().execute(async (trx): Promise<CsvImportResult> => {
      const { present, total } = await csvRowsPresent(trx, rows);
      const counts = Object.fromEntries(Object.entries(rows).map(([file, list]) => [file, list.length]));
      if (total > 0 && present.length === total) return { ok: true, counts, unchanged: true };
      if (present.length > 0) {
        return {
          ok: false,
          errors: present.map((row) => ({
            file: row.file,
            line: row.line,
            field: row.file === 'holdings.csv' ? 'person, post, valid_from' : 'key',
            message: {
              vi: 'đã có trong kho từ một lần nhập trước',
              en: 'already in the store from an earlier import',
            },
          })),
        };
      }
      return { ok: true, counts: await write(trx, rows, check) };
    });
  } catch (error) {
    if (error instanceof RowRefused) return { ok: false, errors: [error.rowError] };
    throw error;
  }
}

async function write(trx: Db, rows: ReturnType<typeof readCsvFolder>['rows'], check: Checker): Promise<Record<string, number>> {
  const sources = new Map<string, SourceId>();
  const source = async (row: CsvRow): Promise<SourceId> => {
    const text = row.values.source!;
    if (!sources.has(text)) {
      const input =
        text === 'synthetic'
          ? ({ kind: 'synthetic', title: 'Dữ liệu minh họa nhập từ CSV' } as const)
          : /^https?:\/\//.test(text)
            ? ({ kind: 'url', title: text, url: text } as const)
            : ({ kind: 'document', title: text, citation: text } as const);
      sources.set(text, (await must(row, 'source', createSource(trx, input))).id);
    }
    return sources.get(text)!;
  };
  const must = async <T>(row: CsvRow, field: string, result: Promise<Result<T, CoreError>>): Promise<T> => {
    const r = await result;
    if (!r.ok)
      throw new RowRefused({
        file: row.file,
        line: row.line,
        field,
        message: { vi: `${r.error.code}: ${messageIn(r.error, 'vi')}`, en: `${r.error.code}: ${messageIn(r.error, 'en')}` },
      });
    return r.value;
  };
  const validityOf = (row: CsvRow) => ({ validFrom: check.date(row, 'valid_from') ?? null, validTo: check.date(row, 'valid_to') ?? null });

  for (const row of rows.units) {
    const v = row.values;
    const validity = validityOf(row);
    const parentId = !v.parent ? null : (check.resolvedUnits.get(v.parent) ?? id<UnitId>('unit', v.parent));
    await must(
      row,
      'parent',
      createUnits(trx, [
        {
          id: id<UnitId>('unit', v.key!),
          code: v.code || null,
          kind: v.kind as never,
          name: v.name!,
          validity,
          parents: parentId ? [{ parentId }] : [],
          sourceId: await source(row),
        },
      ]),
    );
  }
  for (const row of rows.organizations) {
    const v = row.values;
    await must(
      row,
      'type',
      createOrganization(trx, {
        id: id<OrganizationId>('org', v.key!),
        type: v.type as never,
        unitId: check.resolvedUnits.get(v.unit!) ?? id<UnitId>('unit', v.unit!),
        parentId: !v.parent ? null : (check.resolvedOrganizations.get(v.parent) ?? id<OrganizationId>('org', v.parent)),
        ...(v.name && { name: v.name }),
        validity: validityOf(row),
        sourceId: await source(row),
      }),
    );
  }
  for (const row of rows.posts) {
    const v = row.values;
    await must(
      row,
      'type',
      createPost(trx, {
        id: id<PostId>('post', v.key!),
        organizationId: id<OrganizationId>('org', v.organization!),
        type: v.type as never,
        ...(v.title && { title: v.title }),
        ...(v.seats && { seats: Number(v.seats) }),
        sourceId: await source(row),
      }),
    );
  }
  for (const row of rows.people) {
    await must(
      row,
      'full_name',
      createPerson(trx, { id: id<PersonId>('person', row.values.key!), fullName: row.values.full_name!, sourceId: await source(row) }),
    );
  }
  for (const row of rows.holdings) {
    const v = row.values;
    await must(
      row,
      'post',
      assignHolding(trx, {
        personId: id<PersonId>('person', v.person!),
        postId: id<PostId>('post', v.post!),
        validity: validityOf(row),
        sourceId: await source(row),
      }),
    );
  }
  return Object.fromEntries(Object.entries(rows).map(([file, list]) => [file, list.length]));
}

/** Collects row errors and remembers what existing units and organizations the rows name. */
class Checker {
  readonly resolvedUnits = new Map<string, UnitId>();
  readonly resolvedOrganizations = new Map<string, OrganizationId>();
  constructor(
    private readonly db: Db,
    private readonly errors: RowError[],
  ) {}

  fail(row: CsvRow, field: string, message: Texts): void {
    this.errors.push({ file: row.file, line: row.line, field, message });
  }

  required(row: CsvRow, field: string): void {
    if (!row.values[field]) this.fail(row, field, REQUIRED);
  }

  date(row: CsvRow, field: string): IsoDate | undefined {
    const raw = row.values[field] ?? '';
    if (!raw) return undefined;
    const date = parseIsoDate(raw);
    if (!date && !this.errors.some((e) => e.file === row.file && e.line === row.line && e.field === field))
      this.fail(row, field, { vi: `"${raw}" không phải ngày YYYY-MM-DD`, en: `"${raw}" is not a YYYY-MM-DD date` });
    return date;
  }

  async unitCode(row: CsvRow, field: string, code: string, date: IsoDate): Promise<void> {
    const unit = await findUnitByCode(this.db, code, date);
    if (unit.ok) this.resolvedUnits.set(code, unit.value.id);
    else
      this.fail(row, field, {
        vi: `"${code}" không phải khóa trong units.csv, cũng không phải mã đơn vị có vào ngày ${date}`,
        en: `"${code}" is neither a key of units.csv nor the code of a unit in existence on ${date}`,
      });
  }

  async organizationRef(row: CsvRow, ref: string, date: IsoDate): Promise<void> {
    const [code, type] = ref.split(':');
    const unit = code && type && isOrganizationType(type) ? await findUnitByCode(this.db, code, date) : undefined;
    const org = unit?.ok ? (await organizationsAt(this.db, unit.value.id, date, { types: [type as never] }))[0] : undefined;
    if (org) this.resolvedOrganizations.set(ref, org.id);
    else
      this.fail(row, 'parent', {
        vi: `"${ref}" không phải khóa trong organizations.csv, cũng không phải MÃ:loại của một tổ chức có vào ngày ${date}`,
        en: `"${ref}" is neither a key of organizations.csv nor the CODE:type of an organization in existence on ${date}`,
      });
  }
}
