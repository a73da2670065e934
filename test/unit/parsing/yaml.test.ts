import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PArray, PNode, PObject, PProperty, PString, ParseResult, Span } from '../../../server/src/parsing/tree';
import { parseYaml } from '../../../server/src/parsing/yaml';
import { parseMarked } from '../../helpers/marked';

const SHORT_FORMS: [string, string][] = [
  ['!Ref', 'Ref'],
  ['!Sub', 'Fn::Sub'],
  ['!GetAtt', 'Fn::GetAtt'],
  ['!Join', 'Fn::Join'],
  ['!Select', 'Fn::Select'],
  ['!Split', 'Fn::Split'],
  ['!If', 'Fn::If'],
  ['!Equals', 'Fn::Equals'],
  ['!And', 'Fn::And'],
  ['!Or', 'Fn::Or'],
  ['!Not', 'Fn::Not'],
  ['!FindInMap', 'Fn::FindInMap'],
  ['!ImportValue', 'Fn::ImportValue'],
  ['!Base64', 'Fn::Base64'],
  ['!Cidr', 'Fn::Cidr'],
  ['!GetAZs', 'Fn::GetAZs'],
  ['!Condition', 'Condition'],
  ['!Transform', 'Fn::Transform'],
  ['!ToJsonString', 'Fn::ToJsonString'],
  ['!Length', 'Fn::Length'],
];

/** The text a span covers. */
function at(text: string, span: Span): string {
  return text.substr(span.offset, span.length);
}

/** Parses a text that must have no problem, and returns its root. */
function rootOf(text: string): PNode {
  const result = parseYaml(text);
  assert.deepEqual(result.problems, []);
  assert.ok(result.root, 'a root');
  return result.root;
}

function object(node: PNode | undefined): PObject {
  assert.equal(node?.type, 'object');
  return node as PObject;
}

function array(node: PNode | undefined): PArray {
  assert.equal(node?.type, 'array');
  return node as PArray;
}

function only(node: PNode | undefined): PProperty {
  const properties = object(node).properties;
  assert.equal(properties.length, 1);
  return properties[0];
}

/** Parses a marked text and asserts the problems are exactly at the marks, in order; returns them. */
function problemsAt(marked: string, options = {}): ParseResult {
  const { text, spans } = parseMarked(marked);
  const result = parseYaml(text, options);
  assert.deepEqual(
    result.problems.map((p) => `${p.offset}+${p.length} ${JSON.stringify(at(text, p))}`),
    spans.map((s) => `${s.offset}+${s.length} ${JSON.stringify(at(text, s))}`),
  );
  return result;
}

/** The offset of the n-th (1-based) occurrence of `needle` in `text` at or after `from`. */
function nth(text: string, needle: string, n: number, from = 0): number {
  let offset = from - 1;
  for (let i = 0; i < n; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `occurrence ${i + 1} of ${needle}`);
  }
  return offset;
}

describe('parseYaml', () => {
  describe('mappings and sequences', () => {
    it('keeps every pair with the exact spans of its key, value and whole', () => {
      const text = 'Version: 2012-10-17\nStatement:\n  Effect: Allow\n1: one\n';
      const root = object(rootOf(text));
      assert.deepEqual({ offset: root.offset, length: root.length }, { offset: 0, length: 53 });
      assert.equal(at(text, root), text.trimEnd());
      assert.deepEqual(
        root.properties.map((p) => [p.key, at(text, p.keySpan), at(text, p)]),
        [
          ['Version', 'Version', 'Version: 2012-10-17'],
          ['Statement', 'Statement', 'Statement:\n  Effect: Allow'],
          ['1', '1', '1: one'],
        ],
      );
      const statement = object(root.properties[1].value);
      assert.deepEqual({ offset: statement.offset, length: statement.length }, { offset: 33, length: 13 });
      assert.equal(statement.properties[0].keySpan.offset, 33);
    });

    it('reads keys of any scalar type as written', () => {
      const root = object(rootOf('1: a\ntrue: b\n~: c\n0x1F: d\n"q": e\n1.50: f\n'));
      assert.deepEqual(
        root.properties.map((p) => p.key),
        ['1', 'true', '~', '0x1F', 'q', '1.50'],
      );
    });

    it('reads block and flow sequences with their spans', () => {
      const text = 'A:\n  - x\n  - [1, "two", {k: v}]\n';
      const items = array(object(rootOf(text)).properties[0].value).items;
      assert.deepEqual(
        items.map((i) => [i.type, i.offset, at(text, i)]),
        [
          ['string', 7, 'x'],
          ['array', 13, '[1, "two", {k: v}]'],
        ],
      );
      const block = object(rootOf(text)).properties[0].value as PArray;
      assert.equal(at(text, block), '- x\n  - [1, "two", {k: v}]');
      const flow = array(items[1]).items;
      assert.deepEqual(
        flow.map((i) => [i.type, at(text, i)]),
        [
          ['number', '1'],
          ['string', '"two"'],
          ['object', '{k: v}'],
        ],
      );
    });

    it('reads a flow-sequence pair as a one-key object', () => {
      const text = '[a: 1, b]';
      const items = array(rootOf(text)).items;
      const pair = only(items[0]);
      assert.deepEqual([pair.key, at(text, pair), at(text, items[0])], ['a', 'a: 1', 'a: 1']);
      assert.equal(items[1].type, 'string');
    });

    it('keeps duplicate keys, in order', () => {
      const text = 'Effect: Allow\nEffect: Deny\n';
      const root = object(rootOf(text));
      assert.deepEqual(
        root.properties.map((p) => [p.key, p.keySpan.offset, (p.value as PString).value]),
        [
          ['Effect', 0, 'Allow'],
          ['Effect', 14, 'Deny'],
        ],
      );
    });

    it('reads a merge key as an ordinary key named <<, without merging', () => {
      const text = 'base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n';
      const root = object(rootOf(text));
      const derived = object(root.properties[1].value);
      assert.deepEqual(
        derived.properties.map((p) => p.key),
        ['<<', 'y'],
      );
      assert.equal(derived.properties[0].value, root.properties[0].value);
    });

    it('reads a key that is not a scalar as its text, with a problem', () => {
      const result = problemsAt('«[a, b]»: 1\n');
      assert.equal(result.problems[0].message, 'A mapping key must be a scalar; this key is read as its text.');
      assert.equal(only(result.root).key, '[a, b]');
    });
  });

  describe('empty values', () => {
    it('reads `key:` with nothing as a zero-length null right after the colon', () => {
      const text = 'a:\nb:   # note\nc: 1\n';
      const [a, b] = object(rootOf(text)).properties;
      assert.deepEqual(a.value, { type: 'null', offset: 2, length: 0, value: null });
      assert.deepEqual(b.value, { type: 'null', offset: 5, length: 0, value: null });
      assert.equal(at(text, a), 'a:');
      assert.equal(at(text, b), 'b:');
    });

    it('reads an empty sequence item and a flow key without value as null after their indicator', () => {
      const text = '- \n- {k, j: }\n';
      const items = array(rootOf(text)).items;
      assert.deepEqual(items[0], { type: 'null', offset: 1, length: 0, value: null });
      const [k, j] = object(items[1]).properties;
      assert.deepEqual(k.value, { type: 'null', offset: 7, length: 0, value: null });
      assert.deepEqual(j.value, { type: 'null', offset: 11, length: 0, value: null });
      assert.equal(at(text, k), 'k');
      assert.equal(at(text, j), 'j:');
    });
  });

  describe('scalars', () => {
    it('reads scalars by the YAML 1.2 core schema', () => {
      const text =
        'a: 2012-10-17\nb: true\nc: 10\nd: ~\ne: null\nf: yes\ng: 0x1F\nh: 1e3\ni: False\nj: 2001-12-14t21:59:43Z\nk: -.5\n';
      const values = object(rootOf(text)).properties.map((p) => [p.value?.type, (p.value as { value: unknown }).value]);
      assert.deepEqual(values, [
        ['string', '2012-10-17'],
        ['boolean', true],
        ['number', 10],
        ['null', null],
        ['null', null],
        ['string', 'yes'],
        ['number', 31],
        ['number', 1000],
        ['boolean', false],
        ['string', '2001-12-14t21:59:43Z'],
        ['number', -0.5],
      ]);
    });

    it('reads the core schema even when the document says %YAML 1.1', () => {
      const root = object(rootOf('%YAML 1.1\n---\na: yes\nb: 2001-12-14\n'));
      assert.deepEqual(
        root.properties.map((p) => (p.value as PString).value),
        ['yes', '2001-12-14'],
      );
    });

    it('gives the offset of the value in plain and quoted scalars written as themselves', () => {
      const text = 'a: plain text  \nb: "double"\nc: \'single\'\nd: ""\n';
      const [a, b, c, d] = object(rootOf(text)).properties.map((p) => p.value as PString);
      assert.deepEqual([a.offset, a.length, a.valueOffset, a.value], [3, 10, 3, 'plain text']);
      assert.deepEqual([at(text, b), b.valueOffset, b.value], ['"double"', 20, 'double']);
      assert.deepEqual([at(text, c), c.valueOffset, c.value], ["'single'", 32, 'single']);
      assert.deepEqual([at(text, d), d.valueOffset, d.value], ['""', 44, '']);
    });

    it('gives no value offset when the value is not written as itself', () => {
      const text =
        'a: "tab\\there"\nb: \'it\'\'s\'\nc: "two\n  lines"\nd: plain\n  folded\ne: |\n  literal\nf: >-\n  folded\n';
      const values = object(rootOf(text)).properties.map((p) => p.value as PString);
      assert.deepEqual(
        values.map((v) => [v.value, at(text, v), v.valueOffset]),
        [
          ['tab\there', '"tab\\there"', undefined],
          ["it's", "'it''s'", undefined],
          ['two lines', '"two\n  lines"', undefined],
          ['plain folded', 'plain\n  folded', undefined],
          ['literal\n', '|\n  literal', undefined],
          ['folded', '>-\n  folded', undefined],
        ],
      );
    });
  });

  describe('CloudFormation short forms', () => {
    for (const [tag, key] of SHORT_FORMS) {
      it(`reads ${tag} on a scalar, a sequence and a mapping as {"${key}": …}`, () => {
        const text = `s: ${tag} x.y\nq: ${tag} [a, b]\nm: ${tag} {k: v}\nb: ${tag}\n  - c\n`;
        const result = parseYaml(text);
        assert.deepEqual(result.problems, []);
        const [s, q, m, b] = object(result.root).properties.map((p) => object(p.value));
        for (const [node, written] of [
          [s, `${tag} x.y`],
          [q, `${tag} [a, b]`],
          [m, `${tag} {k: v}`],
          [b, `${tag}\n  - c`],
        ] as const) {
          assert.equal(node.tag, tag);
          assert.equal(at(text, node), written);
          const property = only(node);
          assert.equal(property.key, key);
          assert.equal(at(text, property.keySpan), tag);
          assert.deepEqual(
            { offset: property.offset, length: property.length },
            { offset: node.offset, length: node.length },
          );
        }
        const scalar = only(s).value as PString;
        assert.deepEqual(
          [scalar.type, scalar.value, at(text, scalar), scalar.valueOffset],
          ['string', 'x.y', 'x.y', scalar.offset],
        );
        assert.deepEqual(
          array(only(q).value).items.map((i) => (i as PString).value),
          ['a', 'b'],
        );
        assert.equal(only(only(m).value).key, 'k');
        assert.equal(at(text, array(only(b).value)), '- c');
      });
    }

    it('keeps !GetAtt A.B a string and !GetAtt [A, B] an array', () => {
      const [dotted, listed] = array(rootOf('- !GetAtt Role.Arn\n- !GetAtt [Role, Arn]\n')).items;
      assert.deepEqual(only(dotted).value, {
        type: 'string',
        offset: 10,
        length: 8,
        value: 'Role.Arn',
        valueOffset: 10,
      });
      assert.deepEqual(
        array(only(listed).value).items.map((i) => (i as PString).value),
        ['Role', 'Arn'],
      );
    });

    it('reads a tagged scalar as a string, as CloudFormation does', () => {
      const value = only(rootOf('!Ref 10')).value as PString;
      assert.deepEqual([value.type, value.value], ['string', '10']);
    });

    it('reads nested short forms: !Sub inside !Join inside !If', () => {
      const text = "Value: !If [IsProd, !Join ['', [!Sub '${AWS::Region}-x', !Ref Suffix]], !Ref AWS::NoValue]\n";
      const ifNode = object(only(rootOf(text)).value);
      assert.equal(ifNode.tag, '!If');
      assert.equal(at(text, ifNode), text.slice(7).trimEnd());
      const [condition, join, noValue] = array(only(ifNode).value).items;
      assert.equal((condition as PString).value, 'IsProd');
      assert.deepEqual(
        [object(join).tag, only(join).key, at(text, join)],
        ['!Join', 'Fn::Join', "!Join ['', [!Sub '${AWS::Region}-x', !Ref Suffix]]"],
      );
      const [separator, parts] = array(only(join).value).items;
      assert.equal((separator as PString).value, '');
      const [sub, ref] = array(parts).items;
      assert.deepEqual([object(sub).tag, only(sub).key, at(text, sub)], ['!Sub', 'Fn::Sub', "!Sub '${AWS::Region}-x'"]);
      const subValue = only(sub).value as PString;
      assert.deepEqual(
        [subValue.value, at(text, subValue), subValue.valueOffset],
        ['${AWS::Region}-x', "'${AWS::Region}-x'", subValue.offset + 1],
      );
      assert.deepEqual([only(ref).key, (only(ref).value as PString).value], ['Ref', 'Suffix']);
      assert.deepEqual([only(noValue).key, at(text, noValue)], ['Ref', '!Ref AWS::NoValue']);
    });

    it('reads the literal block form !Sub |', () => {
      const text = 'UserData:\n  Fn::Base64: !Sub |\n    #!/bin/bash\n    echo ${AWS::StackName}\nNext: 1\n';
      const root = object(rootOf(text));
      const sub = object(only(root.properties[0].value).value);
      assert.equal(sub.tag, '!Sub');
      assert.equal(at(text, sub), '!Sub |\n    #!/bin/bash\n    echo ${AWS::StackName}');
      const value = only(sub).value as PString;
      assert.deepEqual([value.value, value.valueOffset], ['#!/bin/bash\necho ${AWS::StackName}\n', undefined]);
      assert.equal(at(text, value), '|\n    #!/bin/bash\n    echo ${AWS::StackName}');
      assert.equal(root.properties[1].key, 'Next');
    });

    it('reads a short form with an empty value as yaml does, without failing', () => {
      const text = "a: !GetAZs ''\nb: !GetAZs\nc: 1\n";
      const [a, b] = object(rootOf(text)).properties;
      assert.deepEqual(only(a.value).value, { type: 'string', offset: 11, length: 2, value: '', valueOffset: 12 });
      assert.equal(at(text, a.value!), "!GetAZs ''");
      const empty = object(b.value);
      assert.deepEqual(only(empty).value, { type: 'string', offset: 24, length: 0, value: '', valueOffset: 24 });
      assert.deepEqual([at(text, empty), at(text, only(empty).keySpan)], ['!GetAZs', '!GetAZs']);
    });

    it('reports an unknown tag at the tag and keeps the value as if untagged', () => {
      const result = problemsAt('a: «!Foo» 10\nb: «!Bar» {k: v}\nc: «!!binary» aGk=\n');
      assert.deepEqual(
        result.problems.map((p) => p.message),
        ['Unknown tag !Foo.', 'Unknown tag !Bar.', 'Unknown tag !!binary.'],
      );
      const [a, b, c] = object(result.root).properties;
      assert.deepEqual(a.value, { type: 'number', offset: 8, length: 2, value: 10 });
      assert.equal(object(b.value).tag, undefined);
      assert.equal(only(b.value).key, 'k');
      assert.equal((c.value as PString).value, 'aGk=');
    });

    it('reports a core tag on the wrong kind of value', () => {
      const result = problemsAt('a: «!!str» [x]\n');
      assert.equal(result.problems[0].message, 'The tag !!str cannot be used on this kind of value.');
      assert.equal(array(only(result.root).value).items.length, 1);
    });

    it('reads the core tags !!str and !!int without a problem', () => {
      const [a, b] = object(rootOf('a: !!str 10\nb: !!int "12"\n')).properties;
      assert.deepEqual([a.value?.type, (a.value as PString).value], ['string', '10']);
      assert.deepEqual([b.value?.type, (b.value as { value: unknown }).value], ['number', 12]);
    });

    it('reports a short form on a mapping key, which CloudFormation cannot read', () => {
      const result = problemsAt('«!Ref» a: b\n');
      assert.equal(result.problems[0].message, 'The tag !Ref cannot be used on a mapping key.');
      assert.equal(only(result.root).key, 'a');
    });
  });

  describe('aliases', () => {
    it('resolves an alias to the very node of its anchor, with the pair spanning the alias', () => {
      const text = 'a: &shared\n  b: 1\nc: *shared\n';
      const [a, c] = object(rootOf(text)).properties;
      assert.equal(c.value, a.value);
      assert.equal(at(text, c), 'c: *shared');
      assert.equal(at(text, c.value!), 'b: 1');
    });

    it('resolves an alias to a scalar and to a short form, and an aliased key', () => {
      const text = 'a: &n 5\nb: &r !Ref X\n&k key: 1\nc: *n\nd: *r\n*k : 2\n';
      const properties = object(rootOf(text)).properties;
      assert.deepEqual(
        properties.map((p) => p.key),
        ['a', 'b', 'key', 'c', 'd', 'key'],
      );
      assert.equal(properties[3].value, properties[0].value);
      assert.equal(object(properties[4].value).tag, '!Ref');
      assert.equal(properties[4].value, properties[1].value);
    });

    it('uses the latest anchor of a name', () => {
      const text = 'a: &x 1\nb: &x 2\nc: *x\n';
      const [, b, c] = object(rootOf(text)).properties;
      assert.equal(c.value, b.value);
    });

    it('reports an alias to an unknown anchor and reads it as null', () => {
      const result = problemsAt('a: «*nowhere»\n');
      assert.equal(result.problems[0].message, 'Unknown alias *nowhere: no anchor &nowhere is defined before it.');
      assert.deepEqual(only(result.root).value, { type: 'null', offset: 3, length: 8, value: null });
    });

    it('reports an alias inside the node it refers to, instead of looping', () => {
      const result = problemsAt('a: &loop [1, «*loop»]\n');
      assert.equal(result.problems[0].message, 'The alias *loop is inside the node it refers to; it is read as null.');
      assert.deepEqual(
        array(only(result.root).value).items.map((i) => i.type),
        ['number', 'null'],
      );
    });

    it('refuses a billion laughs fast, at the first alias past the limit', () => {
      let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
      for (let i = 1; i <= 9; i++)
        text += `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]\n`;
      const started = performance.now();
      const result = parseYaml(text);
      assert.ok(performance.now() - started < 1000, 'refused within a second');
      assert.equal(result.root, undefined);
      // Before a5, 123,457 nodes; each *a4 adds 111,111: the 8th one crosses 1,000,000.
      const expected = nth(text, '*a4', 8, text.indexOf('a5:'));
      assert.deepEqual(result.problems, [
        {
          offset: expected,
          length: 3,
          message: 'Aliases expand this document past 1,000,000 nodes; it was not analysed.',
        },
      ]);
    });

    it('counts with the maxNodes option and names it in the message', () => {
      const text = 'a: &a [1, 2, 3]\nb: [*a, *a]\n';
      // 1 (root) + 4 (a) + 1 (b) + 4 + 4 (the aliases) = 14.
      assert.deepEqual(parseYaml(text, { maxNodes: 14 }).problems, []);
      assert.deepEqual(parseYaml(text, { maxNodes: 13 }).problems, [
        { offset: 24, length: 2, message: 'Aliases expand this document past 13 nodes; it was not analysed.' },
      ]);
      assert.equal(parseYaml(text, { maxNodes: 9 }).problems[0].offset, 20);
      assert.equal(
        parseYaml(Array(2501).fill('- x').join('\n'), { maxNodes: 2500 }).problems[0].message,
        'The document has more than 2,500 nodes; it was not analysed.',
      );
    });
  });

  describe('depth', () => {
    it('refuses 100,000-deep flow nesting at the first bracket past the limit, fast', () => {
      const started = performance.now();
      const result = parseYaml('['.repeat(100_000) + ']'.repeat(100_000));
      assert.ok(performance.now() - started < 1000, 'refused within a second');
      assert.equal(result.root, undefined);
      assert.deepEqual(result.problems, [
        { offset: 500, length: 1, message: 'Nesting deeper than 500 levels; the document was not analysed.' },
      ]);
    });

    it('reads nesting up to the limit', () => {
      let node: PNode | undefined = parseYaml('['.repeat(500) + ']'.repeat(500)).root;
      let depth = 0;
      while (node?.type === 'array') {
        depth++;
        node = node.items[0];
      }
      assert.equal(depth, 500);
    });

    it('refuses 10,000-deep block sequences at the first one past the limit', () => {
      const result = parseYaml('- '.repeat(10_000) + 'x\n');
      assert.equal(result.root, undefined);
      assert.deepEqual(result.problems, [
        { offset: 1000, length: 1, message: 'Nesting deeper than 500 levels; the document was not analysed.' },
      ]);
    });

    it('refuses deep block mappings by indentation at the first key past the limit', () => {
      let text = '';
      for (let i = 0; i < 2000; i++) text += ' '.repeat(i) + 'k:\n';
      const result = parseYaml(text, { maxDepth: 300 });
      assert.equal(result.root, undefined);
      // Level 301 is line 300 (from 0): each line before it is its indentation and "k:\n".
      const expected = (300 * 299) / 2 + 300 * 3 + 300;
      assert.deepEqual(result.problems, [
        { offset: expected, length: 1, message: 'Nesting deeper than 300 levels; the document was not analysed.' },
      ]);
    });

    it('counts a short form as a level, as its long form in JSON is one', () => {
      const text = '!If ['.repeat(300) + ']'.repeat(300);
      const result = parseYaml(text);
      assert.equal(result.root, undefined);
      assert.deepEqual(result.problems, [
        { offset: 1250, length: 3, message: 'Nesting deeper than 500 levels; the document was not analysed.' },
      ]);
    });

    it('counts the levels that aliases add, at the alias', () => {
      let text = 'a0: &a0 ' + '['.repeat(300) + ']'.repeat(300) + '\n';
      for (let i = 1; i <= 3; i++) text += `a${i}: &a${i} ` + '['.repeat(100) + `*a${i - 1}` + ']'.repeat(100) + '\n';
      const result = parseYaml(text);
      assert.equal(result.root, undefined);
      // a0 is 1 + 300 levels deep, a1 1 + 100 + 300; the alias *a1 in a2 reaches 1 + 100 + 400.
      assert.deepEqual(result.problems, [
        {
          offset: text.indexOf('*a1'),
          length: 3,
          message: 'Nesting deeper than 500 levels; the document was not analysed.',
        },
      ]);
    });

    it('does not overflow when maxDepth is set above what the YAML parser can recurse', () => {
      const result = parseYaml('['.repeat(20_000) + ']'.repeat(20_000), { maxDepth: 1_000_000 });
      assert.equal(result.root, undefined);
      assert.equal(result.problems.length, 1);
      assert.equal(
        result.problems[0].message,
        'The document is nested too deeply for the YAML parser; it was not analysed.',
      );
    });
  });

  describe('syntax problems', () => {
    it('reports a bad indentation at the misplaced key and keeps the rest', () => {
      const result = problemsAt('a:\n  b: 1\n« »c: 2\n');
      assert.equal(result.problems[0].message, 'All mapping items must start at the same column.');
      assert.deepEqual(
        object(result.root).properties.map((p) => p.key),
        ['a', 'c'],
      );
    });

    it('reports an unclosed flow sequence at the end of the text', () => {
      const result = problemsAt('a: [1, 2«\n»');
      assert.equal(
        result.problems[0].message,
        'Flow sequence in block collection must be sufficiently indented and end with a ].',
      );
      assert.deepEqual(
        array(only(result.root).value).items.map((i) => (i as { value: unknown }).value),
        [1, 2],
      );
    });

    it('reports an unterminated quote, a tab indentation and a nested compact mapping', () => {
      assert.equal(problemsAt('a: "abc«\n»').problems[0].message, 'Missing closing "quote.');
      assert.equal(problemsAt('a:\n«\t»b: 1\n').problems[0].message, 'Tabs are not allowed as indentation.');
      assert.equal(
        problemsAt('a: «b»: c\n').problems[0].message,
        'Nested mappings are not allowed in compact mappings.',
      );
    });

    it('reads only the first document, with one problem at the second', () => {
      const result = problemsAt('a: 1\n«---»\nb: [\n');
      assert.equal(
        result.problems[0].message,
        'Only the first YAML document is read; CloudFormation templates are a single document.',
      );
      assert.deepEqual(
        object(result.root).properties.map((p) => p.key),
        ['a'],
      );
    });

    it('places the second document at its directive when it has one', () => {
      problemsAt('a: 1\n...\n«%»YAML 1.2\n---\nb: 2\n');
    });

    it('has no root and no problem for an empty text, only comments or a lone ---', () => {
      for (const text of ['', '   \n', '# just a comment\n', '---\n']) {
        const result = parseYaml(text);
        assert.deepEqual([result.root, result.problems], [undefined, []], JSON.stringify(text));
      }
      assert.deepEqual(parseYaml('~').root, { type: 'null', offset: 0, length: 1, value: null });
    });

    it('never throws, even when given no text', () => {
      const result = parseYaml(undefined as unknown as string);
      assert.equal(result.root, undefined);
      assert.equal(result.problems.length, 1);
      assert.match(result.problems[0].message, /^The YAML parser failed: /);
    });
  });

  describe('text encodings', () => {
    it('keeps offsets right with CRLF line ends', () => {
      const text = 'a: 1\r\nb:\r\n  - x\r\n  - "y" # c\r\n  - |\r\n    lit\r\nd:\r\n';
      const result = parseYaml(text);
      assert.deepEqual(result.problems, []);
      const [a, b, d] = object(result.root).properties;
      assert.deepEqual([a.value?.offset, at(text, a)], [3, 'a: 1']);
      const items = array(b.value).items;
      assert.deepEqual(
        items.map((i) => [i.offset, at(text, i)]),
        [
          [14, 'x'],
          [21, '"y"'],
          [34, '|\r\n    lit'],
        ],
      );
      assert.equal((items[2] as PString).value, 'lit\n');
      assert.deepEqual(d.value, { type: 'null', offset: 48, length: 0, value: null });
      assert.deepEqual(result.comments, [{ offset: 25, body: ' c' }]);
    });

    it('counts a byte order mark as a character of the text', () => {
      const text = '\uFEFFa: b\n';
      const property = only(rootOf(text));
      assert.deepEqual([property.keySpan.offset, property.value?.offset], [1, 4]);
    });
  });

  describe('comments', () => {
    it('collects every # comment with its offset and body, not # in values', () => {
      const text = '# head\na: "x # no" # one\nb: a#b\nc: |\n  # in a block\nd: [1, # two\n  2]\n#three\r\n';
      const result = parseYaml(text);
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.comments, [
        { offset: 0, body: ' head' },
        { offset: text.indexOf('# one'), body: ' one' },
        { offset: text.indexOf('# two'), body: ' two' },
        { offset: text.indexOf('#three'), body: 'three' },
      ]);
      assert.deepEqual(
        result.comments!.map((c) => c.offset),
        [0, 19, 59, 70],
      );
      assert.equal((object(result.root).properties[1].value as PString).value, 'a#b');
    });
  });

  describe('performance', () => {
    it('reads a 1 MB template in linear time', () => {
      const resource = (i: number) =>
        `  Role${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub "\${AWS::StackName}-${i}" # name\n` +
        `      Policies:\n        - PolicyName: p${i}\n          PolicyDocument:\n            Version: '2012-10-17'\n` +
        `            Statement:\n              - Effect: Allow\n                Action: [s3:GetObject, s3:PutObject]\n` +
        `                Resource: !Join ['', [!GetAtt Bucket.Arn, '/*']]\n`;
      let text = 'Resources:\n';
      let count = 0;
      while (text.length < 1_000_000) text += resource(count++);
      const started = performance.now();
      const result = parseYaml(text);
      const elapsed = performance.now() - started;
      assert.deepEqual(result.problems, []);
      assert.equal(object(only(result.root).value).properties.length, count);
      // yaml's own parse is most of it (about 0.1 s on a laptop); the bound is loose for slow CI machines.
      assert.ok(elapsed < 3000, `parsed in ${elapsed.toFixed(0)} ms`);
    });
  });
});
