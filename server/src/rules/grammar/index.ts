import { Rule } from '../rule';
import { conflictingElements } from './conflictingElements';
import { duplicateKey } from './duplicateKey';
import { duplicateSid } from './duplicateSid';
import { emptyCondition } from './emptyCondition';
import { emptyElement } from './emptyElement';
import { emptyExclusion } from './emptyExclusion';
import { emptySid } from './emptySid';
import { idInIdentityPolicy } from './idInIdentityPolicy';
import { invalidEffect } from './invalidEffect';
import { invalidElementType } from './invalidElementType';
import { invalidSid } from './invalidSid';
import { invalidVersion } from './invalidVersion';
import { legacyVersion } from './legacyVersion';
import { jsonSyntax } from './jsonSyntax';
import { yamlSyntax } from './yamlSyntax';
import { missingAction } from './missingAction';
import { missingEffect } from './missingEffect';
import { missingPrincipal } from './missingPrincipal';
import { missingResource } from './missingResource';
import { missingStatement } from './missingStatement';
import { nonUniqueSid } from './nonUniqueSid';
import { oldVersion } from './oldVersion';
import { resourceInTrustPolicy } from './resourceInTrustPolicy';
import { unknownElement } from './unknownElement';

/** The grammar rules: the document's shape, before any catalog lookup. */
export const grammarRules: Rule[] = [
  jsonSyntax,
  yamlSyntax,
  invalidVersion,
  oldVersion,
  legacyVersion,
  unknownElement,
  duplicateKey,
  invalidElementType,
  missingStatement,
  missingEffect,
  invalidEffect,
  missingAction,
  missingResource,
  missingPrincipal,
  conflictingElements,
  resourceInTrustPolicy,
  idInIdentityPolicy,
  invalidSid,
  duplicateSid,
  nonUniqueSid,
  emptySid,
  emptyElement,
  emptyExclusion,
  emptyCondition,
];
