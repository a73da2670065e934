import { Action, Catalog } from '../../catalog/catalog';
import { Statement, stringsOf } from '../../model/policy';
import { PString } from '../../parsing/tree';
import { actionParts } from '../actions/actionValue';

/** Actions that change a key's configuration or life: what the console gives key administrators and not users. */
const ADMIN_ACTIONS = new Set(
  [
    'PutKeyPolicy',
    'ScheduleKeyDeletion',
    'CancelKeyDeletion',
    'DisableKey',
    'EnableKey',
    'DisableKeyRotation',
    'EnableKeyRotation',
    'RotateKeyOnDemand',
    'UpdateKeyDescription',
    'ImportKeyMaterial',
    'DeleteImportedKeyMaterial',
    'UpdatePrimaryRegion',
  ].map((name) => `kms:${name.toLowerCase()}`),
);

/** The cryptographic operations: what using a key means, as opposed to managing it. */
const CRYPTO_ACTIONS = new Set(
  [
    'Encrypt',
    'Decrypt',
    'ReEncryptFrom',
    'ReEncryptTo',
    'GenerateDataKey',
    'GenerateDataKeyWithoutPlaintext',
    'GenerateDataKeyPair',
    'GenerateDataKeyPairWithoutPlaintext',
    'Sign',
    'Verify',
    'GenerateMac',
    'VerifyMac',
    'DeriveSharedSecret',
  ].map((name) => `kms:${name.toLowerCase()}`),
);

/** One value of a statement's Action element with the KMS actions it matches. */
export interface KmsActionValue {
  node: PString;
  actions: readonly Action[];
}

/**
 * The values of the statement's Action element (NotAction is left to the NotAction rules) with the KMS actions
 * each matches. Malformed values match nothing: other rules report them.
 */
export function kmsActionValues(statement: Statement, catalog: Catalog): KmsActionValue[] {
  // A value repeated thousands of times (`"*"`) would otherwise filter the whole catalog each time.
  const known = new Map<string, readonly Action[]>();
  return stringsOf(statement.elements.Action).map((node) => {
    let actions = known.get(node.value);
    if (!actions) known.set(node.value, (actions = kmsActionsOf(catalog, node.value)));
    return { node, actions };
  });
}

function kmsActionsOf(catalog: Catalog, value: string): readonly Action[] {
  if (value !== '*' && !actionParts(value)) return [];
  return catalog.matchActions(value).filter((a) => a.service === 'kms');
}

/** The number of KMS actions the catalog knows. */
export function kmsActionCount(catalog: Catalog): number {
  return catalog.service('kms')?.actions.length ?? 0;
}

/** The first value that on its own allows every KMS action (`kms:*`, `*`), if any. */
export function fullAccessValue(values: KmsActionValue[], catalog: Catalog): PString | undefined {
  const all = kmsActionCount(catalog);
  return all > 0 ? values.find((v) => v.actions.length === all)?.node : undefined;
}

/** True when the values together allow every KMS action. */
export function allowsEveryKmsAction(values: KmsActionValue[], catalog: Catalog): boolean {
  const ids = new Set(values.flatMap((v) => v.actions.map((a) => a.lowerId)));
  const all = kmsActionCount(catalog);
  return all > 0 && ids.size === all;
}

/** True for an action that changes the key's configuration or life rather than using it. */
export function isAdminAction(action: Action): boolean {
  return ADMIN_ACTIONS.has(action.lowerId);
}

/** True for a cryptographic operation. */
export function isCryptoAction(action: Action): boolean {
  return CRYPTO_ACTIONS.has(action.lowerId);
}
