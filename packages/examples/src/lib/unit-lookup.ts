import { findUnitByCode, messageIn, type Db, type IsoDate, type Unit } from '@mttq/core';
import { refuse } from './example-refusal.js';

/** The unit bearing an official code on a date; none (or more than one) is a refusal naming the code and the date. */
export async function unitByCodeOrRefuse(db: Db, code: string, date: IsoDate): Promise<Unit> {
  const unit = await findUnitByCode(db, code, date);
  if (unit.ok) return unit.value;
  return refuse({ vi: `${unit.error.code}: ${messageIn(unit.error, 'vi')}`, en: `${unit.error.code}: ${messageIn(unit.error, 'en')}` });
}
