import { PNode } from '../../../parsing/tree';
import { Resource } from '../../template';
import { stringOf } from '../../values';
import { TemplateContext, TemplateRule } from '../rule';
import { didYouMean, fix, quoted, valueTarget } from '../util';

const PERMISSION = 'AWS::Lambda::Permission';

function permissions(template: TemplateContext['template']): Resource[] {
  return template.resources.filter((r) => r.type === PERMISSION && r.properties);
}

function property(resource: Resource, name: string): PNode | undefined {
  return resource.properties?.properties.find((p) => p.key === name)?.value;
}

export const lambdaPermissionAction: TemplateRule = {
  id: 'cfn-lambda-permission-action',
  name: 'Lambda permission for no Lambda action',
  summary:
    'The Action of an `AWS::Lambda::Permission` that is no action of Lambda: `lambda:InvokeFuntion`, `s3:GetObject`.',
  description: [
    "A Lambda permission is one statement of the function's resource policy, written as properties: its `Action`",
    'is a Lambda action on the function, most often `lambda:InvokeFunction` (or `lambda:InvokeFunctionUrl`). The',
    'action is checked against the AWS catalog; Lambda rejects any other ("The provided action is invalid"), so',
    'this is an error, with the nearest action.',
  ].join(' '),
  severity: 'error',
  check({ template, catalog, report }) {
    const lambda = catalog.service('lambda');
    if (!lambda) return;
    const names = lambda.actions.map((a) => a.id);
    for (const resource of permissions(template)) {
      const action = property(resource, 'Action');
      if (action?.type !== 'string') continue;
      const value = action.value;
      if (/^lambda:/i.test(value) && catalog.matchActions(value).length > 0) continue;
      const hint = didYouMean(value, names);
      const target = valueTarget(action, hint.replacement);
      report(
        target.span,
        `${quoted(value)} is not an action of Lambda: a permission grants one such as lambda:InvokeFunction.${hint.text}`,
        fix(target.replacement),
      );
    }
  },
};

export const lambdaPermissionPublic: TemplateRule = {
  id: 'cfn-lambda-permission-public',
  name: 'Lambda function anyone can invoke',
  summary:
    'An `AWS::Lambda::Permission` with Principal `*` and nothing that limits who: no SourceArn, SourceAccount, PrincipalOrgID or IAM auth.',
  description: [
    'With `Principal: "*"` the permission lets anyone, in any account, call the function, unless `SourceArn`,',
    '`SourceAccount` or `PrincipalOrgID` narrows it, or the function URL uses `FunctionUrlAuthType: AWS_IAM`. That is',
    'what a public function URL with `NONE` auth means to do; anywhere else it is a hole. A warning; where a service',
    'calls the function, name the service principal (`events.amazonaws.com`) and its `SourceArn`.',
  ].join(' '),
  severity: 'warning',
  check({ template, report }) {
    const env = { template, resourceType: () => undefined };
    for (const resource of permissions(template)) {
      const principal = property(resource, 'Principal');
      if (!principal || stringOf(principal, env) !== '*') continue;
      const limited = ['SourceArn', 'SourceAccount', 'PrincipalOrgID'].some((p) => property(resource, p));
      const auth = property(resource, 'FunctionUrlAuthType');
      if (limited || (auth?.type === 'string' && auth.value === 'AWS_IAM')) continue;
      const url = auth?.type === 'string' && auth.value === 'NONE';
      report(
        principal,
        url
          ? 'Anyone can invoke this function URL (Principal "*", FunctionUrlAuthType NONE): fine for a public endpoint, otherwise use AWS_IAM.'
          : 'Anyone in any account can invoke this function (Principal "*" with no SourceArn, SourceAccount or PrincipalOrgID).',
      );
    }
  },
};
