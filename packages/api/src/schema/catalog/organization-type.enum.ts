import { ORGANIZATION_TYPES, type OrganizationType } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from './described-values.js';

/** `OrganizationType`: the typed catalog of Front, socio-political, Party and state bodies. */
export const OrganizationTypeEnum = builder.enumType('OrganizationType', {
  description: 'The type of an organization, from the catalog of Front, socio-political, Party and state bodies.',
  values: describedValues(
    Object.keys(ORGANIZATION_TYPES) as OrganizationType[],
    (t) => `${ORGANIZATION_TYPES[t].label} (${ORGANIZATION_TYPES[t].english})`,
  ),
});
