import { describe, it } from 'node:test';
import { expectFindings, expectNone } from '../../../helpers/marked';

const boundary =
  '{"Version": "2012-10-17", «"Statement"»: [{"Effect": "Allow", "Action": ["s3:*", "cloudwatch:*"], "Resource": "*"}]}';

describe('boundary-grants-nothing', () => {
  it('says once, on the Statement key, that a boundary grants nothing by itself', () => {
    expectFindings(
      boundary,
      'boundary-grants-nothing',
      [
        'A permissions boundary grants nothing by itself: it caps what the identity policies of the user or role it is set on can grant.',
      ],
      { fileName: 'developer.boundary.json' },
    );
  });
  it('says nothing about identity policies', () => {
    expectNone(boundary.replace(/[«»]/g, ''), 'boundary-grants-nothing', { fileName: 'developer.policy.json' });
  });
  it('says nothing when there is no Statement (another rule reports it)', () => {
    expectNone('{"Version": "2012-10-17"}', 'boundary-grants-nothing', { fileName: 'developer.boundary.json' });
  });
});
