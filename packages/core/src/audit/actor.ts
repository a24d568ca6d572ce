import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is writing: a token's name, an admin command, or `system` for the project's own loaders. */
export interface Actor {
  readonly id: string;
  /**
   * The API token the actor writes with: every write checks it again inside its own transaction, so a token
   * revoked (or expired) while a request was on its way writes nothing (see `runWrite`).
   */
  readonly tokenId?: string;
}

const storage = new AsyncLocalStorage<Actor>();

/**
 * Runs `work` on behalf of an actor: every write it makes is recorded in the audit log under that actor.
 *
 * @example
 * await runAs({ id: 'token:tinh-doan' }, () => assignTask(db, DEFAULT_RULE_PACK, input));
 */
export function runAs<T>(actor: Actor, work: () => T): T {
  return storage.run(actor, work);
}

/** The actor of the current write (`system` outside `runAs`). */
export function currentActor(): Actor {
  return storage.getStore() ?? { id: 'system' };
}
