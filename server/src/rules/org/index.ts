import { Rule } from '../rule';
import { allowOverriddenByDeny } from './allowOverriddenByDeny';
import { boundaryGrantsNothing } from './boundaryGrantsNothing';
import { identityPolicySize } from './identityPolicySize';
import { orgPolicySize } from './orgPolicySize';
import { rcpAllowStatement } from './rcpAllowStatement';
import { rcpNotAction } from './rcpNotAction';
import { rcpUnsupportedService } from './rcpUnsupportedService';

/** The rules of organization policies (SCPs, RCPs), permissions boundaries, size quotas and overridden Allows. */
export const orgRules: Rule[] = [
  rcpAllowStatement,
  rcpNotAction,
  rcpUnsupportedService,
  boundaryGrantsNothing,
  identityPolicySize,
  orgPolicySize,
  allowOverriddenByDeny,
];
