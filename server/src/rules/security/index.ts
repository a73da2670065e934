import { Rule } from '../rule';
import { allowNotAction } from './allowNotAction';
import { allowNotPrincipal } from './allowNotPrincipal';
import { allowNotResource } from './allowNotResource';
import { createServiceLinkedRoleOnAll } from './createServiceLinkedRoleOnAll';
import { fullAdminAccess } from './fullAdminAccess';
import { passRoleOnAllRoles } from './passRoleOnAllRoles';

/** The security rules, in the order their findings are most useful to read. */
export const securityRules: Rule[] = [
  fullAdminAccess,
  passRoleOnAllRoles,
  createServiceLinkedRoleOnAll,
  allowNotPrincipal,
  allowNotAction,
  allowNotResource,
];
