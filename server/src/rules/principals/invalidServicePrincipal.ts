import { Catalog } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { RESOURCE_KINDS } from '../../model/kind';
import { Rule } from '../rule';
import { closestServiceDomain, domainOf, isServicePrincipalName } from './principalNames';
import { valuesOfKey } from './principalValues';
import { isAccountId, reportProblem, shown, ValueProblem, wholeValue } from './valueProblem';

/** A value under "Service" that is not shaped like a service principal. */
export const invalidServicePrincipal: Rule = {
  id: 'invalid-service-principal',
  name: 'Invalid service principal',
  summary: 'A value under "Service" is not a service principal name such as lambda.amazonaws.com.',
  description: [
    'An AWS service is named by its service principal, a DNS-style name: `lambda.amazonaws.com`,',
    '`monitoring.rds.amazonaws.com`, `logs.ap-east-1.amazonaws.com` for a Region that is off by default,',
    '`ec2.amazonaws.com.cn` in China. A bare service prefix (`lambda`), a misspelt domain (`lambda.amazon.com`) or',
    'an ARN is not one, and AWS rejects the policy, so this is an error. When the intended name is clear the quick',
    'fix writes it.',
  ].join(' '),
  severity: 'error',
  kinds: [...RESOURCE_KINDS],
  accessAnalyzer: ['INVALID_SERVICE_PRINCIPAL_FORMAT'],
  checkStatement(statement, { catalog, report }) {
    for (const { value } of valuesOfKey(statement, 'Service')) {
      const problem = checkServicePrincipal(value.value, catalog);
      if (problem) reportProblem(report, value, problem);
    }
  },
};

function checkServicePrincipal(text: string, catalog: Catalog): ValueProblem | undefined {
  if (hasWildcard(text) || text.includes('${') || isServicePrincipalName(text)) return undefined;
  if (text === '')
    return wholeValue(text, 'The service principal is empty: name a service, such as lambda.amazonaws.com.');
  if (text.startsWith('arn:') || isAccountId(text)) {
    return wholeValue(text, `${shown(text)} is not a service: accounts, users and roles go under "AWS".`);
  }
  const parts = domainOf(text);
  if (!parts) {
    const known = catalog.service(text);
    const fixed = `${text.toLowerCase()}.amazonaws.com`;
    return known
      ? wholeValue(text, `A service principal is a DNS name: did you mean ${fixed}?`, fixed)
      : wholeValue(
          text,
          `${shown(text)} is not a service principal: write the service's name, such as lambda.amazonaws.com.`,
        );
  }
  const domain = closestServiceDomain(parts.domain);
  if (domain) {
    const start = parts.name.length + 1;
    return {
      start,
      end: text.length,
      message: `Service principals end in .${domain}: did you mean ${parts.name}.${domain}?`,
      replacement: domain,
    };
  }
  return wholeValue(
    text,
    `${shown(text)} is not a service principal: write the service's name, such as lambda.amazonaws.com.`,
  );
}
