import { functionNeedsTransform, functionArguments, unknownFunction } from './functions/shapes';
import { missingSub } from './functions/missingSub';
import {
  invalidGetAtt,
  invalidRef,
  undefinedCondition,
  undefinedMapping,
  unusedCondition,
  unusedMapping,
  unusedParameter,
} from './functions/references';
import { lambdaPermissionAction, lambdaPermissionPublic } from './resources/lambdaPermission';
import { circularDependency, invalidDependsOn, redundantDependsOn } from './resources/dependencies';
import { invalidPropertyValue, missingProperty, propertyType, unknownProperty } from './resources/properties';
import { invalidResourceAttributeValue, unknownResourceAttribute } from './resources/resourceAttributes';
import { missingResourceType, serverlessWithoutTransform, unknownResourceType } from './resources/resourceType';
import { TemplateRule } from './rule';
import { invalidCondition } from './template/conditions';
import { duplicateTemplateKey } from './template/duplicateKey';
import { invalidFormatVersion } from './template/invalidFormatVersion';
import { invalidLogicalId } from './template/invalidLogicalId';
import { templateLimits } from './template/limits';
import { missingResources } from './template/missingResources';
import { nameConflict } from './template/nameConflict';
import { invalidOutput } from './template/outputs';
import { invalidParameter } from './template/parameters';
import { sectionType } from './template/sectionType';
import { unknownSection } from './template/unknownSection';

/** Every template rule: the template's shape, its resources, its functions and references. */
export const TEMPLATE_RULES: readonly TemplateRule[] = [
  unknownSection,
  invalidFormatVersion,
  missingResources,
  sectionType,
  duplicateTemplateKey,
  invalidLogicalId,
  nameConflict,
  templateLimits,
  invalidParameter,
  invalidCondition,
  invalidOutput,
  missingResourceType,
  unknownResourceType,
  serverlessWithoutTransform,
  unknownResourceAttribute,
  invalidResourceAttributeValue,
  unknownProperty,
  missingProperty,
  propertyType,
  invalidPropertyValue,
  lambdaPermissionAction,
  lambdaPermissionPublic,
  invalidDependsOn,
  redundantDependsOn,
  circularDependency,
  unknownFunction,
  functionNeedsTransform,
  functionArguments,
  missingSub,
  invalidRef,
  invalidGetAtt,
  undefinedCondition,
  undefinedMapping,
  unusedParameter,
  unusedCondition,
  unusedMapping,
];
