import { holdsOn, type IsoDate, type Validity } from '@mttq/core';

/** The date a record just written is shown on: today when it is in force today, else its first day. */
export function seenOn(validity: Validity, today: IsoDate): IsoDate {
  return holdsOn(validity, today) || validity.validFrom === null ? today : validity.validFrom;
}
