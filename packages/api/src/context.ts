import { initContextCache } from '@pothos/core';
import { DEFAULT_EVENT_HORIZON_DAYS, DEFAULT_RULE_PACK, today, type Db, type IsoDate, type Lang, type RulePack } from '@mttq/core';
import { authenticateRequest, type Authentication } from './auth/authentication.js';
import type { ChangeHub } from './changes/change-hub.js';
import { langOf } from './http/language.plugin.js';
import { createLoaders, type Loaders } from './loaders/loaders.js';

/**
 * What every resolver gets: the store, the request's DataLoaders, the default date, the rule pack for writes,
 * and who the request is (its bearer token, authenticated once).
 */
export interface Context {
  readonly db: Db;
  readonly loaders: Loaders;
  /** The date a query asks about when it gives no `asOf`: today in Vietnam. */
  readonly today: IsoDate;
  /** How many days after `today` a write may date an event (a status change, a report, a holding's end…). */
  readonly eventHorizonDays: number;
  readonly rulePack: RulePack;
  readonly auth: Authentication;
  /** Queries, too, need a valid token. */
  readonly readsRequireToken: boolean;
  /** The followers of the change feed on this API instance (the `changes` subscription). */
  readonly changes: ChangeHub;
  /** The language of every message of the answer, from `Accept-Language`: Vietnamese unless English is asked for. */
  readonly lang: Lang;
}

/** Options fixed for the life of an API instance. */
export interface ContextOptions {
  readonly db: Db;
  /** Defaults to the core's default rule pack (the practice of Project 02). */
  readonly rulePack?: RulePack;
  /** Fixes "today" (for tests and docs); defaults to the real date of each request. */
  readonly today?: () => IsoDate;
  /** Days after today an event may be dated (default `DEFAULT_EVENT_HORIZON_DAYS`, 31). */
  readonly eventHorizonDays?: number;
  /** Reads need a valid bearer token too (default: reads are open, writes need a token). */
  readonly readsRequireToken?: boolean;
}

/** A fresh context for one request: new DataLoaders, so nothing is cached across requests; its token checked once. */
export async function createContext(options: ContextOptions & { readonly changes: ChangeHub }, request?: Request): Promise<Context> {
  return {
    ...initContextCache(),
    db: options.db,
    loaders: createLoaders(options.db),
    today: options.today?.() ?? today(),
    eventHorizonDays: options.eventHorizonDays ?? DEFAULT_EVENT_HORIZON_DAYS,
    rulePack: options.rulePack ?? DEFAULT_RULE_PACK,
    auth: await authenticateRequest(options.db, request?.headers.get('authorization') ?? null),
    readsRequireToken: options.readsRequireToken ?? false,
    changes: options.changes,
    lang: langOf(request),
  };
}
