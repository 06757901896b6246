import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ManagedPolicy, POLICY_FIELDS, POLICY_KEYS } from '../../models/policy';

/**
 * The managed-storage schema Chrome validates policy with (public/managed-schema.json), the example
 * files IT starts from, and the table in docs/clinic-it.md all follow the one list in models/policy.ts.
 */

interface SchemaNode {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [other: string]: unknown;
}

const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as SchemaNode;
const clinicIt = readFileSync('docs/clinic-it.md', 'utf8');

/** The JSON type a zod field accepts at its top, as the managed schema must name it. */
function jsonType(field: z.ZodType): string {
  const json = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as { type?: string };
  return json.type ?? 'unknown';
}

describe('public/managed-schema.json', () => {
  test('is an object schema with exactly the policy keys', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...POLICY_KEYS].sort());
  });

  test.each(POLICY_KEYS)('%s has the type, a title and a description', (key) => {
    const node = schema.properties![key]!;
    expect(node.type).toBe(jsonType(POLICY_FIELDS[key]));
    expect(node.title?.length).toBeGreaterThan(5);
    expect(node.description?.length).toBeGreaterThan(20);
  });

  test('checks types only: Chrome drops a value its schema refuses, so ranges and formats are left to Attune, which shows them as invalid', () => {
    const constraints = JSON.stringify(schema).match(
      /"(pattern|minimum|maximum|enum|format|minItems|maxItems)"/g,
    );
    expect(constraints).toBeNull();
  });
});

describe('example policies in docs/policy', () => {
  test('Chrome (3rdparty.extensions.<id>) sets every key validly', () => {
    const file = JSON.parse(readFileSync('docs/policy/chrome-policy.json', 'utf8'));
    const extensions = Object.entries(file['3rdparty'].extensions) as [string, unknown][];
    expect(extensions.map(([id]) => id)).toEqual(['chkfoeccgldnceaoellhbhicpeccockl']);
    const policy = ManagedPolicy.parse(extensions[0]![1]);
    expect(Object.keys(policy).sort()).toEqual([...POLICY_KEYS].sort());
  });

  test('Firefox (policies.json 3rdparty.Extensions) sets every key validly, for the Firefox id', () => {
    const file = JSON.parse(readFileSync('docs/policy/firefox-policies.json', 'utf8'));
    const extensions = Object.entries(file.policies['3rdparty'].Extensions) as [string, unknown][];
    expect(extensions.map(([id]) => id)).toEqual(['attune@attune.local']);
    expect(Object.keys(ManagedPolicy.parse(extensions[0]![1])).sort()).toEqual([...POLICY_KEYS].sort());
  });
});

describe('docs/clinic-it.md', () => {
  test.each(POLICY_KEYS)('the clinic IT section lists %s', (key) => {
    const start = clinicIt.indexOf('# For clinic IT');
    expect(start).toBeGreaterThanOrEqual(0);
    const section = clinicIt.slice(start);
    expect(section).toMatch(new RegExp(`\\| \`${key}\` +\\|`));
  });

  test('names the example files', () => {
    expect(clinicIt).toContain('docs/policy/chrome-policy.json');
    expect(clinicIt).toContain('docs/policy/firefox-policies.json');
  });
});
