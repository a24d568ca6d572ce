import type { HeldPost } from '@mttq/core';
import type { Loaders } from './loaders.js';

/**
 * Primes the person, post, organization, unit and holding loaders from held posts a read already returned
 * (each joined with all four), so the fields below them (`holding { post { title } organization { name } }`)
 * cost no statement of their own. A key already loaded keeps its value.
 */
export function primeHeldPosts(loaders: Loaders, held: readonly HeldPost[]): void {
  for (const h of held) {
    loaders.holding.prime(h.holding.id, h.holding);
    loaders.person.prime(h.person.id, h.person);
    loaders.post.prime(h.post.id, h.post);
    loaders.organization.prime(h.organization.id, h.organization);
    loaders.unit.prime(h.unit.id, h.unit);
  }
}
