import { Rule } from '../rule';
import { emptyPrincipal } from './emptyPrincipal';
import { federatedPrincipalNotSupported } from './federatedPrincipalNotSupported';
import { invalidAwsPrincipal } from './invalidAwsPrincipal';
import { invalidCanonicalUser } from './invalidCanonicalUser';
import { invalidFederatedPrincipal } from './invalidFederatedPrincipal';
import { invalidPrincipalFormat } from './invalidPrincipalFormat';
import { invalidPrincipalKey } from './invalidPrincipalKey';
import { invalidServicePrincipal } from './invalidServicePrincipal';
import { notPrincipalNotSupported } from './notPrincipalNotSupported';
import { principalNotSupported } from './principalNotSupported';
import { principalUniqueId } from './principalUniqueId';
import { principalWildcard } from './principalWildcard';
import { rcpPrincipal } from './rcpPrincipal';

/** The principals rules, in the order their findings are most useful to read. */
export const principalsRules: Rule[] = [
  principalNotSupported,
  notPrincipalNotSupported,
  rcpPrincipal,
  federatedPrincipalNotSupported,
  invalidPrincipalFormat,
  invalidPrincipalKey,
  emptyPrincipal,
  principalWildcard,
  invalidAwsPrincipal,
  principalUniqueId,
  invalidServicePrincipal,
  invalidFederatedPrincipal,
  invalidCanonicalUser,
];
