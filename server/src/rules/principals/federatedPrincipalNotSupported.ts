import { Rule } from '../rule';
import { principalElements } from './principalValues';

/** A Federated principal in a bucket or key policy, which only role trust policies accept. */
export const federatedPrincipalNotSupported: Rule = {
  id: 'federated-principal-not-supported',
  name: 'Federated principal outside a trust policy',
  summary: 'A Federated principal in an S3 bucket policy or a KMS key policy.',
  description: [
    'Users of a SAML or web identity provider reach AWS by assuming a role, so only a role trust policy can name an',
    'identity provider under `Federated`. S3 and KMS reject bucket and key policies that do, so this is an error.',
    'Name the role the federated users assume under `AWS` instead.',
  ].join(' '),
  severity: 'error',
  kinds: ['bucket', 'key'],
  accessAnalyzer: ['FEDERATED_PRINCIPAL_NOT_SUPPORTED'],
  checkStatement(statement, { policy, report }) {
    for (const element of principalElements(statement)) {
      if (element.value?.type !== 'object') continue;
      for (const property of element.value.properties) {
        if (property.key !== 'Federated') continue;
        report(
          property.keySpan,
          `${policy.kind === 'bucket' ? 'An S3 bucket policy' : 'A KMS key policy'} cannot name an identity provider: federated users act through the role they assume, so name that role under "AWS".`,
        );
      }
    }
  },
};
