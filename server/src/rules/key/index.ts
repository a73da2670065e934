import { Rule } from '../rule';
import { keyAdminCanUseKey } from './keyAdminCanUseKey';
import { keyFullAccessNonRoot } from './keyFullAccessNonRoot';
import { keyGrantWithoutAwsResource } from './keyGrantWithoutAwsResource';
import { keyMissingRootAccess } from './keyMissingRootAccess';
import { keyNonKmsAction } from './keyNonKmsAction';
import { keyPolicyCharacters } from './keyPolicyCharacters';
import { keyPolicySize } from './keyPolicySize';
import { keyResourceNotStar } from './keyResourceNotStar';

/** The rules of one policy kind (key). */
export const keyRules: Rule[] = [
  keyPolicySize,
  keyPolicyCharacters,
  keyResourceNotStar,
  keyNonKmsAction,
  keyMissingRootAccess,
  keyFullAccessNonRoot,
  keyAdminCanUseKey,
  keyGrantWithoutAwsResource,
];
