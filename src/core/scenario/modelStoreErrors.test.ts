import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario, type FieldError } from './validate';

const preset = (): Record<string, any> => JSON.parse(readFileSync('public/scenarios/model-store.json', 'utf8'));

function errorsOf(change: (s: Record<string, any>) => void): FieldError[] {
  const s = preset();
  change(s);
  const result = validateScenario(s);
  return result.ok ? [] : result.errors;
}

describe('the model store in a scenario', () => {
  it('accepts the preset: processes name store models without bytes', () => {
    expect(errorsOf(() => {})).toEqual([]);
  });

  it('refuses a model neither sized nor stored, sized and stored, or at a revision the store lacks', () => {
    expect(errorsOf((s) => (s.processes[0].model = { name: 'org/other' }))).toEqual([
      {
        path: 'processes[0].model.bytes',
        limit: 'bytes, or a model of fs.models.store',
        message:
          'processes[0].model.bytes: org/other is not in fs.models.store: give its bytes, or add it to the store',
      },
    ]);
    expect(errorsOf((s) => (s.processes[1].model.bytes = 5))[0]).toMatchObject({
      path: 'processes[1].model.bytes',
      message: expect.stringMatching(/org\/llm is in fs.models.store, whose files give its size: leave bytes out$/),
    });
    expect(errorsOf((s) => (s.processes[2].model.revision = 'v9'))[0]).toMatchObject({
      path: 'processes[2].model.revision',
      message: 'processes[2].model.revision: org/llm-chat has no ref or revision v9',
    });
    expect(errorsOf((s) => (s.processes[2].model = { name: 'x', bytes: 9, revision: 'main' }))[0]).toMatchObject({
      path: 'processes[2].model.revision',
    });
  });

  it('refuses a store the disk cannot hold, a bad name, a ref twice and a list too long, naming the field', () => {
    expect(errorsOf((s) => (s.fs.models.store[0].files[1].bytes = 8_000_000))).toEqual([
      {
        path: 'fs.models.store',
        limit: 'a store that fits fs (1024 blocks of 4096 bytes, 64 inodes)',
        message: expect.stringMatching(
          /^fs.models.store does not fit the file system: \/models\/models--org--llm\/blobs\/[0-9a-f]{64}: E\w+: /,
        ),
      },
    ]);
    expect(errorsOf((s) => (s.fs.models.store[1].name = 'org/llm'))[0]).toMatchObject({
      path: 'fs.models.store[1].ref',
    });
    expect(errorsOf((s) => (s.fs.models.store[1].files[0].path = '../x'))[0]).toMatchObject({
      path: 'fs.models.store[1]',
      message: expect.stringMatching(/^fs.models.store\[1\]: EINVAL: files\[0\].path: "\.\." must start/),
    });
    expect(
      errorsOf((s) => (s.fs.models.store = Array.from({ length: 17 }, () => s.fs.models.store[0])))[0],
    ).toMatchObject({
      path: 'fs.models.store',
      message: expect.stringMatching(/at most 16 model revisions/),
    });
    expect(errorsOf((s) => (s.fs.models.store[0].files[0].bytes = 0))[0]).toMatchObject({
      path: 'fs.models.store[0].files[0].bytes',
    });
  });
});
