import { Rule } from '../rule';
import { bucketActionNotApplicable } from './bucketActionNotApplicable';
import { bucketActionNotS3 } from './bucketActionNotS3';
import { bucketInvalidEncryptionValue } from './bucketInvalidEncryptionValue';
import { bucketNameMismatch } from './bucketNameMismatch';
import { bucketPolicyTooLarge } from './bucketPolicyTooLarge';
import { bucketPublicAccess } from './bucketPublicAccess';
import { bucketResourceNotBucket } from './bucketResourceNotBucket';
import { bucketTlsNotEnforced } from './bucketTlsNotEnforced';
import { bucketUnknownAction } from './bucketUnknownAction';

/** The rules of S3 bucket policies. */
export const bucketRules: Rule[] = [
  bucketPolicyTooLarge,
  bucketActionNotS3,
  bucketUnknownAction,
  bucketActionNotApplicable,
  bucketResourceNotBucket,
  bucketNameMismatch,
  bucketPublicAccess,
  bucketInvalidEncryptionValue,
  bucketTlsNotEnforced,
];
