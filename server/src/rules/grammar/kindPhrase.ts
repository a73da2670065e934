import { KIND_NAMES, PolicyKind } from '../../model/kind';

const ARTICLES: Record<PolicyKind, string> = {
  identity: 'an',
  resource: 'a',
  bucket: 'an',
  key: 'a',
  trust: 'a',
  scp: 'a',
  rcp: 'a',
  boundary: 'a',
};

/** The kind's name with its article, for messages: "an identity policy", "an S3 bucket policy". */
export function kindPhrase(kind: PolicyKind): string {
  return `${ARTICLES[kind]} ${KIND_NAMES[kind]}`;
}
