import { Rule } from '../rule';
import { actionPrincipalMismatch } from './actionPrincipalMismatch';
import { externalIdSuggested } from './externalIdSuggested';
import { githubAnyRepository } from './githubAnyRepository';
import { oidcWithoutCondition } from './oidcWithoutCondition';
import { roleAssumableByAnyone } from './roleAssumableByAnyone';
import { rolesAnywhereMissingActions } from './rolesAnywhereMissingActions';
import { trustPolicySize } from './trustPolicySize';
import { unsupportedTrustAction } from './unsupportedTrustAction';

/** The rules of one policy kind (trust). */
export const trustRules: Rule[] = [
  unsupportedTrustAction,
  actionPrincipalMismatch,
  roleAssumableByAnyone,
  oidcWithoutCondition,
  githubAnyRepository,
  rolesAnywhereMissingActions,
  externalIdSuggested,
  trustPolicySize,
];
