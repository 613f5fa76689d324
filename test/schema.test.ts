// The shipped JSON Schema agrees with types.ts and accepts what the extractor writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { ENTITY_TYPE_LIST, MERGE_RULES, RELATION_TYPE_LIST, RELATION_TYPES } from '../src/types.ts';
import { loadTricky, ROOT, SEED } from './helpers.ts';

const schema = JSON.parse(readFileSync(join(ROOT, 'src', 'extraction.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('extraction.schema.json', () => {
  it('lists exactly the closed vocabularies of types.ts', () => {
    expect(schema.properties.entities.items.properties.type.enum).toEqual(ENTITY_TYPE_LIST);
    expect(schema.properties.relations.items.properties.type.enum).toEqual(RELATION_TYPE_LIST);
    for (const t of RELATION_TYPE_LIST) expect(RELATION_TYPES[t].definition.length).toBeGreaterThan(10);
    expect(schema.properties.merges.items.properties.rule.enum).toEqual(Object.keys(MERGE_RULES));
  });

  it('accepts the merges list of a multi-document extraction, and rejects an unknown rule or a missing field', () => {
    const x = extract([
      { id: 'a', text: 'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.' },
      { id: 'b', text: 'Ruto said the border would open. Museveni agreed.' },
    ]);
    expect(x.merges!.map((m) => m.from)).toEqual(['person:ruto', 'person:museveni']);
    expect(validate(x), JSON.stringify(validate.errors)).toBe(true);
    const m = x.merges![0]!;
    expect(validate({ ...x, merges: [{ ...m, rule: 'guess' }] })).toBe(false);
    const { reason: _, ...noReason } = m;
    expect(validate({ ...x, merges: [noReason] })).toBe(false);
  });

  it('accepts the extraction of the seed and the tricky fixture, and rejects a broken one', () => {
    const x = extract([{ id: 'seed', text: readFileSync(SEED, 'utf8'), published: '2025-02-27' }]);
    expect(validate(x), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(loadTricky()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...x, relations: [{ ...x.relations[0], type: 'likes' }] })).toBe(false);
  });
});
