import { runAs } from '@mttq/core';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { actorOf } from './authentication.js';

/**
 * Runs each operation of a request with a valid token as that token (`token:<id>`), so that every write
 * core makes for it is recorded in the audit log under the token. Requests without one run as `system`
 * and can only read.
 */
export function useTokenActor(): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const actor = actorOf((args.contextValue as Context).auth);
      if (actor) setExecuteFn((execution) => runAs(actor, () => executeFn(execution)));
    },
  };
}
