import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/index.js';

describe('the committed schema', () => {
  it('is the schema the code builds: run `pnpm schema` after changing a type', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });

  it('gives every entity a Relay global id, and every growing list a connection with totalCount', () => {
    const node = schema.getType('Node');
    const implementations = schema
      .getPossibleTypes(node as never)
      .map((t) => t.name)
      .sort();
    expect(implementations).toEqual([
      'Assignment',
      'AssignmentEvent',
      'Directive',
      'Holding',
      'Organization',
      'Person',
      'Post',
      'ProgressReport',
      'Source',
      'Task',
      'Term',
      'Unit',
    ]);
    const sdl = printSchema(schema);
    for (const connection of sdl.matchAll(/^type (\w+Connection) \{([^}]*)\}/gm)) {
      expect(connection[2], connection[1]).toContain('totalCount: Int!');
      expect(connection[2], connection[1]).toContain('pageInfo: PageInfo!');
    }
  });

  it('takes asOf on every query field that depends on time', () => {
    const query = schema.getQueryType()!.getFields();
    const timeless = ['node', 'nodes', 'rulePack', 'unitsEverCoded'];
    for (const [name, field] of Object.entries(query)) {
      if (timeless.includes(name)) continue;
      expect(
        field.args.map((a) => a.name),
        name,
      ).toContain('asOf');
    }
  });
});
