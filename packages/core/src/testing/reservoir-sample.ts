import { seededRandom, type SeededRandom } from './seeded-random.js';

/**
 * A uniform random sample of at most `size` items (reservoir sampling), with how many were seen. Seeded, so the
 * same items in the same order always give the same sample.
 *
 * @example
 * const sample = new ReservoirSample<PersonId>(1000, 7);
 * for (const id of everyone) sample.add(id);
 * sample.items; // at most 1000 of them
 */
export class ReservoirSample<T> {
  readonly items: T[] = [];
  seen = 0;
  private readonly rng: SeededRandom;

  constructor(
    private readonly size: number,
    seed: number,
  ) {
    this.rng = seededRandom(seed);
  }

  add(item: T): void {
    this.seen++;
    if (this.items.length < this.size) this.items.push(item);
    else {
      const j = this.rng.int(this.seen);
      if (j < this.size) this.items[j] = item;
    }
  }
}
