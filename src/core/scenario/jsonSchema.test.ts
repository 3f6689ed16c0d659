import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema';

describe('scenario JSON Schema', () => {
  it(`is committed as generated (run \`npm run schema\` after changing a zod schema): ${SCHEMA_FILE}`, () => {
    const committed = readFileSync(new URL(`../../../${SCHEMA_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('describes processes and operations element by element, and names what it cannot express', () => {
    const schema = scenarioJsonSchemaText();
    expect(schema).toContain('"const": "bcos-scenario"');
    expect(schema).toContain('odd number of bursts');
    const s = scenarioJsonSchema() as {
      required: string[];
      properties: { processes: { items: { required: string[] } } };
    };
    expect(s.required).toEqual(['format', 'version', 'scheduler', 'processes']);
    expect(s.properties.processes.items.required).toEqual(['pid', 'name', 'type', 'arrival', 'bursts']);
  });
});
