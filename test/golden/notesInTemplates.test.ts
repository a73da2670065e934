import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { analyze } from '../../server/src/engine/analyze';
import { parseJson } from '../../server/src/parsing/json';
import { PNode } from '../../server/src/parsing/tree';

// The policies of the notes, embedded in CloudFormation templates at the property that holds their kind, must get
// exactly the findings they get standalone: in JSON at the same place (the policy's text is pasted as it is, so
// every offset moves by the same amount), in YAML with the same rules and messages.
const NOTES = join(__dirname, '..', 'fixtures', 'notes');

/** Where each kind lives in a template: resource type, property, and what else the resource needs. */
const HOLDERS: Record<string, { type: string; property: string; extra: string }> = {
  policy: { type: 'AWS::IAM::ManagedPolicy', property: 'PolicyDocument', extra: '' },
  'key-policy': { type: 'AWS::KMS::Key', property: 'KeyPolicy', extra: '' },
  'bucket-policy': { type: 'AWS::S3::BucketPolicy', property: 'PolicyDocument', extra: '"Bucket": "test", ' },
};

function kindOf(file: string): string {
  return /\.(key-policy|bucket-policy|policy)\.json$/.exec(file)![1];
}

/** The template's text and where the policy starts in it. */
function jsonTemplate(policy: string, kind: string): { text: string; at: number } {
  const holder = HOLDERS[kind];
  const before = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Policy": {"Type": "${holder.type}", "Properties": {${holder.extra}"${holder.property}": `;
  return { text: `${before}${policy}}}}}\n`, at: before.length };
}

/** The policy as plain data (trailing commas and all, as the tolerant parser reads it). */
function plain(node: PNode | undefined): unknown {
  if (!node) return null;
  if (node.type === 'object') return Object.fromEntries(node.properties.map((p) => [p.key, plain(p.value)]));
  if (node.type === 'array') return node.items.map(plain);
  return node.value;
}

function yamlTemplate(policy: string, kind: string): string {
  const holder = HOLDERS[kind];
  const properties: Record<string, unknown> = holder.extra ? { Bucket: 'test' } : {};
  properties[holder.property] = plain(parseJson(policy).root);
  return stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: { Policy: { Type: holder.type, Properties: properties } },
  });
}

const files = readdirSync(NOTES).filter((f) => f.endsWith('.json'));

describe('the notes policies embedded in templates', () => {
  for (const file of files) {
    const policy = readFileSync(join(NOTES, file), 'utf8');
    const kind = kindOf(file);
    const standalone = analyze({ text: policy, fileName: file, languageId: 'json' }).findings;

    it(`${file} in a JSON template gets its standalone findings at the same places`, () => {
      const { text, at } = jsonTemplate(policy, kind);
      const inTemplate = analyze({ text, fileName: 'template.json', languageId: 'json' }).findings;
      assert.deepEqual(
        inTemplate.map((f) => `${f.offset - at}+${f.length} ${f.ruleId}: ${f.message}`),
        standalone.map((f) => `${f.offset}+${f.length} ${f.ruleId}: ${f.message}`),
      );
    });

    it(`${file} in a YAML template gets the same rules and messages`, () => {
      const text = yamlTemplate(policy, kind);
      const inTemplate = analyze({ text, fileName: 'template.yaml', languageId: 'yaml' }).findings;
      // JSON syntax errors (the notes' trailing commas) cannot be written in YAML.
      const expected = standalone.filter((f) => f.ruleId !== 'json-syntax');
      assert.deepEqual(
        inTemplate
          .map((f) => `${f.ruleId}: ${f.message} [${text.slice(f.offset, f.offset + f.length).replace(/^'|'$/g, '')}]`)
          .sort(),
        expected
          .map(
            (f) => `${f.ruleId}: ${f.message} [${policy.slice(f.offset, f.offset + f.length).replace(/^"|"$/g, '')}]`,
          )
          .sort(),
      );
    });
  }
});
