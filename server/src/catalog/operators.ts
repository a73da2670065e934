/**
 * The condition operators of the IAM policy language, from the AWS page "IAM JSON policy elements: Condition
 * operators". Operator names are case-sensitive: IAM rejects `stringequals` and `IPAddress`.
 */
import { KeyType } from './catalog';

/** The value type an operator compares: what its policy values must look like. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** One base operator (no qualifier, no IfExists suffix). */
export interface OperatorInfo {
  name: string;
  family: OperatorFamily;
  /** Matches when the value does not match (`StringNotEquals`): true for a key absent from the request. */
  negated: boolean;
  /** `*` and `?` in values are wildcards (`StringLike`, and both Arn operators, which behave alike). */
  wildcards: boolean;
  /** Policy variables in values are replaced (String, Arn and Bool operators). */
  variables: boolean;
}

/** The set-operator qualifiers that may prefix an operator. */
export const QUALIFIERS = ['ForAllValues', 'ForAnyValue'] as const;

/** The suffix that makes an operator match when the key is absent. */
export const IF_EXISTS = 'IfExists';

function op(
  name: string,
  family: OperatorFamily,
  flags: Partial<Omit<OperatorInfo, 'name' | 'family'>> = {},
): OperatorInfo {
  const variables = family === 'String' || family === 'Arn' || family === 'Bool';
  return { name, family, negated: false, wildcards: false, variables, ...flags };
}

/** Every base operator IAM knows. */
export const OPERATORS: readonly OperatorInfo[] = [
  op('StringEquals', 'String'),
  op('StringNotEquals', 'String', { negated: true }),
  op('StringEqualsIgnoreCase', 'String'),
  op('StringNotEqualsIgnoreCase', 'String', { negated: true }),
  op('StringLike', 'String', { wildcards: true }),
  op('StringNotLike', 'String', { negated: true, wildcards: true }),
  op('NumericEquals', 'Numeric'),
  op('NumericNotEquals', 'Numeric', { negated: true }),
  op('NumericLessThan', 'Numeric'),
  op('NumericLessThanEquals', 'Numeric'),
  op('NumericGreaterThan', 'Numeric'),
  op('NumericGreaterThanEquals', 'Numeric'),
  op('DateEquals', 'Date'),
  op('DateNotEquals', 'Date', { negated: true }),
  op('DateLessThan', 'Date'),
  op('DateLessThanEquals', 'Date'),
  op('DateGreaterThan', 'Date'),
  op('DateGreaterThanEquals', 'Date'),
  op('Bool', 'Bool'),
  op('BinaryEquals', 'Binary'),
  op('IpAddress', 'IpAddress'),
  op('NotIpAddress', 'IpAddress', { negated: true }),
  op('ArnEquals', 'Arn', { wildcards: true }),
  op('ArnLike', 'Arn', { wildcards: true }),
  op('ArnNotEquals', 'Arn', { negated: true, wildcards: true }),
  op('ArnNotLike', 'Arn', { negated: true, wildcards: true }),
  op('Null', 'Null'),
];

const BY_NAME = new Map(OPERATORS.map((o) => [o.name, o]));

/** A base operator by its exact (case-sensitive) name. */
export function operatorInfo(base: string): OperatorInfo | undefined {
  return BY_NAME.get(base);
}

let allNames: string[] | undefined;

/**
 * Every full operator name IAM accepts: each base, with IfExists (except Null) and with either qualifier, for
 * "did you mean" suggestions.
 */
export function allOperatorNames(): readonly string[] {
  if (!allNames) {
    const plain = OPERATORS.flatMap((o) => (o.family === 'Null' ? [o.name] : [o.name, o.name + IF_EXISTS]));
    allNames = [...plain, ...QUALIFIERS.flatMap((q) => plain.map((name) => `${q}:${name}`))];
  }
  return allNames;
}

/** The full name of an operator from its parts. */
export function operatorName(base: string, qualifier?: string, ifExists = false): string {
  return `${qualifier ? qualifier + ':' : ''}${base}${ifExists ? IF_EXISTS : ''}`;
}

/** How well an operator suits a key of some type. */
export type Fit = 'ok' | 'usable' | 'mismatch';

/** The operator families that compare each key type as it is meant to be compared. */
const NATIVE: Record<KeyType, readonly OperatorFamily[]> = {
  String: ['String'],
  ARN: ['Arn'],
  Numeric: ['Numeric'],
  // aws:EpochTime is documented as Date and Numeric: dates compare as epoch seconds too.
  Date: ['Date', 'Numeric'],
  Bool: ['Bool'],
  IPAddress: ['IpAddress'],
  Binary: ['Binary'],
};

/**
 * Whether an operator family suits a key type: `ok`; `usable` when it works on the text of the value but a typed
 * operator is meant (a String operator on an ARN, number, date or Boolean; an Arn operator on a String key whose
 * values may be ARNs); `mismatch` when the comparison cannot work (`NumericLessThan` on a Bool key).
 */
export function operatorFit(family: OperatorFamily, type: KeyType, keyName: string): Fit {
  if (family === 'Null' || NATIVE[type].includes(family)) return 'ok';
  if (family === 'String') return type === 'IPAddress' ? 'mismatch' : 'usable';
  // Many String keys hold ARNs (kms:EncryptionContext:aws:logs:arn, kms:GranteePrincipal): their names say so.
  if (family === 'Arn' && type === 'String') return /arn|principal/i.test(keyName) ? 'ok' : 'usable';
  return 'mismatch';
}

const TYPED: Partial<Record<KeyType, Record<string, string>>> = {
  ARN: {
    StringEquals: 'ArnEquals',
    StringLike: 'ArnLike',
    StringNotEquals: 'ArnNotEquals',
    StringNotLike: 'ArnNotLike',
  },
  Numeric: { StringEquals: 'NumericEquals', StringNotEquals: 'NumericNotEquals' },
  Date: { StringEquals: 'DateEquals', StringNotEquals: 'DateNotEquals' },
  Bool: { StringEquals: 'Bool' },
};

/** The typed operator that does what a String operator does for a key of this type (`StringLike` → `ArnLike`). */
export function typedCounterpart(base: string, type: KeyType): string | undefined {
  return TYPED[type]?.[base];
}

/** The operator families that suit a key type, for messages. */
export function nativeFamilies(type: KeyType): readonly OperatorFamily[] {
  return NATIVE[type];
}
