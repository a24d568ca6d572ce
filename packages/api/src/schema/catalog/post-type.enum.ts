import { POST_TYPES, type PostType } from '@mttq/core';
import { builder } from '../builder.js';
import { describedValues } from './described-values.js';

/** `PostType`: Chủ tịch, Phó Chủ tịch, Bí thư, Trưởng ban, Cán bộ… */
export const PostTypeEnum = builder.enumType('PostType', {
  description: 'The type of a post: whether it heads its organization and how many may hold it at once.',
  values: describedValues(Object.keys(POST_TYPES) as PostType[], (t) => `${POST_TYPES[t].label} (${POST_TYPES[t].english})`),
});
