/** How an API instance faces the world: developer conveniences on or off, and which origins may call it from a browser. */
export interface ApiProfile {
  /** The production profile: GraphiQL and introspection off unless asked for. */
  readonly production: boolean;
  /** GraphiQL served to browsers at /graphql. */
  readonly graphiql: boolean;
  /** `__schema` and `__type` answered. */
  readonly introspection: boolean;
  /** Origins a browser page may call the API from; empty: same-origin only. */
  readonly corsOrigins: readonly string[];
}

/** What the options of `createApi` may say about the profile; each one left out takes the profile's default. */
export interface ApiProfileOptions {
  /** Production profile: GraphiQL and introspection default to off. Default: false. */
  readonly production?: boolean;
  /** Serve GraphiQL; default: on, off in production. */
  readonly graphiql?: boolean;
  /** Answer introspection; default: on, off in production. */
  readonly introspection?: boolean;
  /** Origins allowed to call the API from a browser (CORS); default: none (same-origin only). */
  readonly corsOrigins?: readonly string[];
}

/** The profile the options ask for. */
export function apiProfile(options: ApiProfileOptions): ApiProfile {
  const production = options.production ?? false;
  return {
    production,
    graphiql: options.graphiql ?? !production,
    introspection: options.introspection ?? !production,
    corsOrigins: options.corsOrigins ?? [],
  };
}

/**
 * The profile options of a server started from the command line: `--production` or `MTTQ_PRODUCTION=1`,
 * `MTTQ_GRAPHIQL=1|0`, `MTTQ_INTROSPECTION=1|0`, `MTTQ_CORS_ORIGINS=https://a.example.vn,https://b.example.vn`.
 *
 * @example
 * profileFromEnvironment({ MTTQ_PRODUCTION: '1', MTTQ_CORS_ORIGINS: 'https://app.example.vn' });
 * // → { production: true, corsOrigins: ['https://app.example.vn'] }
 */
export function profileFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  flags: { readonly production?: boolean } = {},
): ApiProfileOptions {
  const flag = (name: string): boolean | undefined =>
    env[name] === undefined || env[name] === '' ? undefined : env[name] === '1' || env[name]?.toLowerCase() === 'true';
  const production = flags.production || flag('MTTQ_PRODUCTION');
  const graphiql = flag('MTTQ_GRAPHIQL');
  const introspection = flag('MTTQ_INTROSPECTION');
  const origins = (env.MTTQ_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  return {
    ...(production !== undefined && { production }),
    ...(graphiql !== undefined && { graphiql }),
    ...(introspection !== undefined && { introspection }),
    ...(origins.length > 0 && { corsOrigins: origins }),
  };
}
