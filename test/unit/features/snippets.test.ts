import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import { analyze } from '../../../server/src/engine/analyze';
import { PolicyKind } from '../../../server/src/model/kind';

const ROOT = join(__dirname, '..', '..', '..');

interface Snippet {
  prefix: string;
  description: string;
  body: string | string[];
}

/** A snippet file as VS Code reads it: JSON with comments and trailing commas. */
function readSnippets(file: string): Record<string, Snippet> {
  const errors: ParseError[] = [];
  const snippets = parse(readFileSync(join(ROOT, file), 'utf8'), errors, { allowTrailingComma: true });
  assert.deepEqual(
    errors.map((e) => `${printParseErrorCode(e.error)} at ${e.offset}`),
    [],
    `${file} does not parse`,
  );
  return snippets as Record<string, Snippet>;
}

/**
 * Expands a snippet body as VS Code inserts it when every placeholder is left at its default: `${1:text}` → text
 * (placeholders nest), `${1|a,b|}` → a, `$1`, `${1}` and `$0` → nothing; `\$`, `\}` and `\\` are the characters
 * themselves. A variable (`$TM_FILENAME`, `${NAME:default}`) is refused: none is meant, and an unescaped
 * `${AWS::Region}` would be read as one.
 */
function expand(body: string): string {
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${i}: ${JSON.stringify(body.slice(Math.max(0, i - 20), i + 20))}`);
  };
  // Reads text up to the end, or (inside a placeholder) up to its closing brace, which it consumes.
  const text = (inside: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '$') {
        out += dollar();
      } else if (c === '}' && inside) {
        i++;
        return out;
      } else {
        out += c;
        i++;
      }
    }
    if (inside) fail('unclosed placeholder');
    return out;
  };
  const dollar = (): string => {
    i++;
    const tabstop = /^\d+/.exec(body.slice(i));
    if (tabstop) {
      i += tabstop[0].length;
      return '';
    }
    if (body[i] !== '{') {
      if (/^[A-Za-z_]/.test(body.slice(i))) fail('a snippet variable');
      return '$';
    }
    i++;
    const index = /^\d+/.exec(body.slice(i));
    if (!index) return fail('a snippet variable (escape a literal "${" as "\\${")');
    i += index[0].length;
    const next = body[i++];
    if (next === '}') return '';
    if (next === ':') return text(true);
    if (next === '|') {
      const end = body.indexOf('|}', i);
      if (end < 0) fail('unclosed choice');
      const first = body.slice(i, end).split(/(?<!\\),/)[0];
      i = end + 2;
      return first.replace(/\\([,|\\])/g, '$1');
    }
    return fail('a malformed placeholder');
  };
  return text(false);
}

const bodyOf = (snippet: Snippet) => (Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);

/** What each JSON snippet is, and so the file name it is linted under. A statement is linted inside a policy. */
const POLICY_SNIPPETS: Record<string, PolicyKind | 'statement'> = {
  'iam-policy': 'identity',
  'iam-statement': 'statement',
  's3-bucket-policy-public-read-cloudfront': 'bucket',
  's3-bucket-policy-enforce-tls': 'bucket',
  's3-bucket-policy-enforce-sse-kms': 'bucket',
  's3-bucket-policy-cross-account-org': 'bucket',
  'kms-key-policy-default': 'key',
  'kms-key-policy-administrators': 'key',
  'kms-key-policy-users': 'key',
  'kms-key-policy': 'key',
  'trust-policy-ec2': 'trust',
  'trust-policy-lambda': 'trust',
  'trust-policy-cross-account': 'trust',
  'trust-policy-github-oidc': 'trust',
  'scp-deny-outside-regions': 'scp',
};

const FILE_NAMES: Partial<Record<PolicyKind, string>> = {
  identity: 'x.policy.json',
  bucket: 'x.bucket-policy.json',
  key: 'x.key-policy.json',
  trust: 'x.trust-policy.json',
  scp: 'x.scp.json',
};

/** The resources each CloudFormation snippet declares, and the policies they hold. */
const TEMPLATE_SNIPPETS: Record<string, { resources: string[]; policies: string[] }> = {
  'cfn-iam-role': {
    resources: ['MyRole AWS::IAM::Role'],
    policies: ['MyRole AssumeRolePolicyDocument trust', 'MyRole Policies[0].PolicyDocument identity'],
  },
  'cfn-s3-bucket': {
    resources: ['MyBucket AWS::S3::Bucket', 'MyBucketPolicy AWS::S3::BucketPolicy'],
    policies: ['MyBucketPolicy PolicyDocument bucket'],
  },
  'cfn-kms-key': {
    resources: ['MyKey AWS::KMS::Key', 'MyKeyAlias AWS::KMS::Alias'],
    policies: ['MyKey KeyPolicy key'],
  },
};

const findingsOf = (analysis: ReturnType<typeof analyze>) =>
  analysis.findings.map((f) => `${f.ruleId} (${f.severity}) at ${f.offset}: ${f.message}`);

describe('the snippet expander of these tests', () => {
  it('takes defaults, nested placeholders and first choices, and drops bare tabstops', () => {
    assert.equal(expand('${1:a${2:b}c}-$1-${3}-${4|x,y|}-$0'), 'abc---x-');
    assert.equal(expand('\\${AWS::Region} \\} \\\\ ${1:x\\}y} $ {}'), '${AWS::Region} } \\ x}y $ {}');
    assert.equal(expand('${1|a\\,b,c|}'), 'a,b');
  });

  it('refuses variables, which an unescaped ${AWS::Region} would be', () => {
    assert.throws(() => expand("!Sub 'arn:${AWS::Partition}:s3:::b'"), /snippet variable/);
    assert.throws(() => expand('$TM_FILENAME'), /snippet variable/);
    assert.throws(() => expand('${1:open'), /unclosed placeholder/);
  });
});

describe('IAM policy snippets', () => {
  const snippets = readSnippets('snippets/iam-policy.code-snippets');

  it('are the snippets this test knows the kind of, each with a prefix and a description', () => {
    assert.deepEqual(
      Object.values(snippets).map((s) => s.prefix),
      Object.keys(POLICY_SNIPPETS),
    );
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.description.length > 20, `${name} needs a description`);
    }
  });

  for (const snippet of Object.values(snippets)) {
    const kind = POLICY_SNIPPETS[snippet.prefix];
    it(`${snippet.prefix} expands to a ${kind} that lints clean`, () => {
      const expanded = expand(bodyOf(snippet));
      const text =
        kind === 'statement'
          ? `{\n\t"Version": "2012-10-17",\n\t"Statement": [\n${expanded.replace(/^/gm, '\t\t')}\n\t]\n}\n`
          : expanded;
      assert.doesNotThrow(() => JSON.parse(text), 'the expanded snippet is JSON');
      const policyKind = kind === 'statement' ? 'identity' : kind;
      const fileName = `/w/${FILE_NAMES[policyKind]}`;
      const analysis = analyze({ text, fileName, languageId: 'json' });
      assert.equal(analysis.policy?.kind, policyKind);
      assert.deepEqual(findingsOf(analysis), []);
    });
  }
});

describe('CloudFormation snippets', () => {
  const snippets = readSnippets('snippets/cloudformation.code-snippets');

  it('are the snippets this test knows, each with a prefix and a description', () => {
    assert.deepEqual(
      Object.values(snippets).map((s) => s.prefix),
      Object.keys(TEMPLATE_SNIPPETS),
    );
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.description.length > 20, `${name} needs a description`);
      assert.ok(!bodyOf(snippet).includes('\t'), `${name} indents with a tab, which YAML refuses`);
    }
  });

  for (const snippet of Object.values(snippets)) {
    const expected = TEMPLATE_SNIPPETS[snippet.prefix];
    it(`${snippet.prefix} expands to resources that lint clean in a template`, () => {
      const resources = expand(bodyOf(snippet)).replace(/^(?=.)/gm, '  ');
      const text = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${resources}\n`;
      const analysis = analyze({ text, fileName: '/w/template.yaml', languageId: 'yaml' });
      assert.ok(analysis.template, 'read as a template');
      assert.deepEqual(
        analysis.template.template.resources.map((r) => `${r.name} ${r.type}`),
        expected.resources,
      );
      assert.deepEqual(
        analysis.template.policies.map((p) => `${p.embedded.resource.name} ${p.embedded.path} ${p.policy.kind}`),
        expected.policies,
      );
      assert.deepEqual(findingsOf(analysis), []);
    });
  }
});

describe('the extension manifest', () => {
  it('contributes the policy snippets to JSON and JSONC and the CloudFormation snippets to YAML', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.snippets, [
      { language: 'json', path: './snippets/iam-policy.code-snippets' },
      { language: 'jsonc', path: './snippets/iam-policy.code-snippets' },
      { language: 'yaml', path: './snippets/cloudformation.code-snippets' },
    ]);
  });
});
