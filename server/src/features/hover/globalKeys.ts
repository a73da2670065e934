/**
 * What the global condition keys hold, in a sentence each: the catalog has their names and types but, unlike the
 * service keys, no description. Written after the IAM User Guide's "AWS global condition context keys".
 */
export const GLOBAL_KEY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'aws:PrincipalArn':
    'The ARN of the principal that makes the request; for a role session, the ARN of the role (not of the session).',
  'aws:PrincipalAccount': 'The account id of the principal that makes the request.',
  'aws:PrincipalOrgPaths': "The AWS Organizations paths of the principal's account (`o-id/r-id/ou-id/`).",
  'aws:PrincipalOrgID': "The id of the organization that the principal's account belongs to.",
  'aws:PrincipalTag/${TagKey}': 'A tag of the principal that makes the request: of its user or role, or a session tag.',
  'aws:PrincipalIsAWSService': 'Whether an AWS service principal (`*.amazonaws.com`) makes the request itself.',
  'aws:PrincipalServiceName':
    'The service principal name (`cloudtrail.amazonaws.com`) when an AWS service makes the request itself.',
  'aws:PrincipalServiceNamesList':
    'Every service principal name of the service that makes the request, its regional names included.',
  'aws:PrincipalType': 'The kind of principal: `Account`, `User`, `FederatedUser`, `AssumedRole` or `Anonymous`.',
  'aws:userid': 'The unique id of the principal; for a role session, `role-id:session-name`.',
  'aws:username': 'The name of the IAM user that makes the request; absent for other principals.',
  'aws:AssumedRoot': 'Whether the request is made by a root session taken with `sts:AssumeRoot`.',
  'aws:FederatedProvider':
    "The identity provider that issued the principal's credentials: an IAM OIDC provider's ARN, or the provider's name.",
  'aws:TokenIssueTime': 'When the temporary credentials of the request were issued.',
  'aws:MultiFactorAuthAge':
    'Seconds since the principal signed in with MFA; absent when the credentials were not obtained with MFA.',
  'aws:MultiFactorAuthPresent':
    'Whether the temporary credentials of the request were obtained with MFA; absent for long-term access keys.',
  'aws:ChatbotSourceArn':
    'The ARN of the chat channel configuration (Amazon Q Developer in chat applications) the request comes from.',
  'aws:Ec2InstanceSourceVpc': 'The VPC of the EC2 instance whose role credentials sign the request.',
  'aws:Ec2InstanceSourcePrivateIPv4':
    'The private IPv4 address of the EC2 instance whose role credentials sign the request.',
  'aws:SourceIdentity': 'The source identity set when the role session was taken.',
  'ec2:RoleDelivery': 'The version of the instance metadata service that delivered the role credentials.',
  'ec2:SourceInstanceArn': 'The ARN of the EC2 instance whose role credentials sign the request.',
  'glue:RoleAssumedBy': 'The AWS Glue service principal that assumed the role of the request.',
  'glue:CredentialIssuingService': 'The AWS Glue service that issued the credentials of the request.',
  'lambda:SourceFunctionArn': "The ARN of the Lambda function whose execution role's credentials sign the request.",
  'ssm:SourceInstanceArn': 'The ARN of the instance managed by Systems Manager whose credentials sign the request.',
  'identitystore:UserId': 'The IAM Identity Center user id of the session that makes the request.',
  'aws:SourceIp':
    "The requester's public IP address; absent for requests through a VPC endpoint (see `aws:VpcSourceIp`).",
  'aws:SourceVpc': 'The VPC of the VPC endpoint the request came through.',
  'aws:SourceVpcArn': 'The ARN of the VPC of the VPC endpoint the request came through.',
  'aws:SourceVpce': 'The id of the VPC endpoint the request came through.',
  'aws:VpceAccount': 'The account that owns the VPC endpoint the request came through.',
  'aws:VpceOrgPaths': 'The AWS Organizations paths of the account that owns the VPC endpoint.',
  'aws:VpceOrgID': 'The organization of the account that owns the VPC endpoint.',
  'aws:VpcSourceIp': 'The IP address a request made through a VPC endpoint comes from.',
  'aws:ResourceAccount': 'The account that owns the resource of the request.',
  'aws:ResourceOrgID': 'The organization of the account that owns the resource.',
  'aws:ResourceOrgPaths': 'The AWS Organizations paths of the account that owns the resource.',
  'aws:ResourceTag/${TagKey}': 'A tag of the resource of the request.',
  'aws:CalledVia': "The services that made the request on the principal's behalf, in order (forward access sessions).",
  'aws:CalledViaFirst': 'The first service in `aws:CalledVia`.',
  'aws:CalledViaLast': 'The last service in `aws:CalledVia`: the one that made this request.',
  'aws:ViaAWSService': "Whether an AWS service makes the request on the principal's behalf.",
  'aws:CurrentTime': 'The date and time of the request.',
  'aws:EpochTime': 'The date and time of the request, as a date or in seconds since 1970.',
  'aws:referer': 'The HTTP Referer header of the request, as the client sent it (easily forged).',
  'aws:RequestedRegion': 'The region the request is sent to.',
  'aws:RequestTag/${TagKey}': 'A tag passed in the request, by its key.',
  'aws:TagKeys': 'The tag keys passed in the request.',
  'aws:SecureTransport': 'Whether the request was sent over TLS.',
  'aws:SourceArn':
    'The ARN of the resource for which an AWS service sends the request (the topic that writes to a queue).',
  'aws:SourceAccount': 'The account of the resource for which an AWS service sends the request.',
  'aws:SourceOwner':
    'The account of the source resource, for the few services that set it in place of `aws:SourceAccount`.',
  'aws:SourceOrgPaths':
    'The AWS Organizations paths of the account of the resource for which a service sends the request.',
  'aws:SourceOrgID': 'The organization of the account of the resource for which a service sends the request.',
  'aws:UserAgent': 'The User-Agent header of the request, as the client sent it (easily forged).',
};
