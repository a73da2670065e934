/** Trust policies as the AWS documentation gives them (account IDs and names filled in), each named after its page. */
export const AWS_TRUST_POLICIES: Record<string, unknown> = {
  'EC2 instance role': {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  },
  'Lambda execution role': {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  },
  'Third-party access with an external ID': {
    Version: '2012-10-17',
    Statement: {
      Effect: 'Allow',
      Principal: { AWS: '111122223333' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': '12345' } },
    },
  },
  'Cross-account access with MFA': {
    Version: '2012-10-17',
    Statement: {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'sts:AssumeRole',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    },
  },
  'GitHub Actions OIDC': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::123456123456:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' },
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        },
      },
    ],
  },
  'SAML 2.0 federation': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/ExampleOrgSSOProvider' },
        Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
        Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
      },
    ],
  },
  'Cognito identity pool, authenticated identities': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'],
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456789012' },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
        },
      },
    ],
  },
  'EKS IAM roles for service accounts': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: {
          Federated:
            'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub':
              'system:serviceaccount:default:my-service-account',
            'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud': 'sts.amazonaws.com',
          },
        },
      },
    ],
  },
  'EKS Pod Identity': {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowEksAuthToAssumeRoleForPodIdentity',
        Effect: 'Allow',
        Principal: { Service: 'pods.eks.amazonaws.com' },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
      },
    ],
  },
  'IAM Roles Anywhere': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'rolesanywhere.amazonaws.com' },
        Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
        Condition: {
          ArnEquals: {
            'aws:SourceArn':
              'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
          },
        },
      },
    ],
  },
  'Confused deputy protection for a service': {
    Version: '2012-10-17',
    Statement: {
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: {
        StringEquals: { 'aws:SourceAccount': '111122223333' },
        ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/*' },
      },
    },
  },
  'Identity Center permission set (SAML with context)': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/AWSSSO_0123456789abcdef_DO_NOT_DELETE' },
        Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
        Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
      },
    ],
  },
  'Google web identity federation': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'accounts.google.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'accounts.google.com:aud': '66677788899900pro0' } },
      },
    ],
  },
  'Source identity with a role principal': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/CrossAccountRole' },
        Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
        Condition: { StringLike: { 'sts:SourceIdentity': '*@example.com' } },
      },
    ],
  },
};
