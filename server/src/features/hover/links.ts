/**
 * Addresses of the AWS documentation pages hovers link to. The catalog and the specification hold no page names, so
 * they are made the way the guides name their pages.
 */

const SERVICE_AUTHORIZATION = 'https://docs.aws.amazon.com/service-authorization/latest/reference';
const IAM_GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const CFN_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const SAM_GUIDE = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide';

/**
 * The Service Authorization Reference page of a service. Its pages are named after the service's name as the
 * reference writes it, lower case, letters and digits only: `Amazon S3` → `list_amazons3.html`,
 * `AWS Identity and Access Management (IAM)` → `list_awsidentityandaccessmanagementiam.html`.
 */
export function serviceReferenceUrl(serviceName: string): string {
  const page = serviceName.toLowerCase().replace(/[^a-z0-9]/g, '');
  return page
    ? `${SERVICE_AUTHORIZATION}/list_${page}.html`
    : `${SERVICE_AUTHORIZATION}/reference_policies_actions-resources-contextkeys.html`;
}

/** The IAM User Guide's page on a policy element: `Effect` → `reference_policies_elements_effect.html`. */
export function policyElementUrl(element: string): string {
  return `${IAM_GUIDE}/reference_policies_elements_${element.toLowerCase()}.html`;
}

/** The IAM User Guide's page on condition operators. */
export const CONDITION_OPERATORS_URL = `${IAM_GUIDE}/reference_policies_elements_condition_operators.html`;

/** The IAM User Guide's page on the global condition keys. */
export const GLOBAL_KEYS_URL = `${IAM_GUIDE}/reference_policies_condition-keys.html`;

/**
 * The CloudFormation Template Reference page of a resource type: `AWS::S3::Bucket` → `aws-resource-s3-bucket.html`;
 * SAM's types are in the SAM Developer Guide (`AWS::Serverless::Function` → `sam-resource-function.html`).
 */
export function resourceTypeUrl(type: string): string | undefined {
  const parts = type.split('::');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9]+$/.test(p))) return undefined;
  const [, service, resource] = parts.map((p) => p.toLowerCase());
  if (type.startsWith('AWS::Serverless::')) return `${SAM_GUIDE}/sam-resource-${resource}.html`;
  if (!type.startsWith('AWS::') && !type.startsWith('Alexa::')) return undefined;
  return `${CFN_REFERENCE}/aws-resource-${service}-${resource}.html`;
}

/** The page of an intrinsic function: `Fn::Sub` → `intrinsic-function-reference-sub.html`. */
export function intrinsicUrl(name: string): string {
  const pages: Record<string, string> = {
    'Fn::GetAZs': 'getavailabilityzones',
    'Fn::If': 'conditions',
    'Fn::Equals': 'conditions',
    'Fn::And': 'conditions',
    'Fn::Or': 'conditions',
    'Fn::Not': 'conditions',
    Condition: 'conditions',
    'Fn::ToJsonString': 'ToJsonString',
  };
  const page = pages[name] ?? name.replace(/^Fn::/, '').toLowerCase();
  return `${CFN_REFERENCE}/intrinsic-function-reference-${page}.html`;
}

/** The page of the pseudo parameters. */
export const PSEUDO_PARAMETERS_URL = `${CFN_REFERENCE}/pseudo-parameter-reference.html`;
