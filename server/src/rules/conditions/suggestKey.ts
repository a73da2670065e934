import { Catalog, ConditionKey } from '../../catalog/catalog';
import { closest } from '../../catalog/suggest';

/** A key whose name ends in a variable part, as `aws:RequestTag/${TagKey}`: the fixed head and the variable. */
export interface OpenKey {
  head: string;
  variable: string;
}

/** The fixed head and variable of a key that ends in one variable part; undefined for other keys. */
export function openKey(key: ConditionKey): OpenKey | undefined {
  const start = key.key.indexOf('${');
  if (start <= 0 || key.key.indexOf('}', start) !== key.key.length - 1) return undefined;
  return { head: key.key.slice(0, start), variable: key.key.slice(start + 2, -1) };
}

/** The keys a misspelt key is most likely meant to be: its service's and the global ones, else every key. */
function candidateKeys(catalog: Catalog, prefix: string): ConditionKey[] {
  const service = catalog.service(prefix);
  if (service) return [...service.conditionKeys, ...catalog.globalKeys];
  return [...catalog.globalKeys, ...[...catalog.services.values()].flatMap((s) => s.conditionKeys)];
}

/**
 * The nearest real key to an unknown one, spelt as it should be written: `kms:grnatIsForAWSResource` →
 * `kms:GrantIsForAWSResource`, `aws:RequestTags/team` → `aws:RequestTag/team` (the user's variable part is kept).
 */
export function suggestKey(catalog: Catalog, name: string, prefix: string): string | undefined {
  const keys = candidateKeys(catalog, prefix);
  const names = new Set<string>();
  for (const key of keys) {
    const open = openKey(key);
    if (!open) {
      if (!key.key.includes('${')) names.add(key.key);
      continue;
    }
    const separator = open.head[open.head.length - 1];
    const cut = name.indexOf(separator, name.indexOf(':') + 1);
    if (cut >= 0 && cut < name.length - 1) names.add(open.head + name.slice(cut + 1));
  }
  const found = closest(name, names);
  return found && found !== name ? found : undefined;
}

/** The open key whose head a name is, with or without its separator: `aws:ResourceTag/` or `aws:ResourceTag`. */
export function missingVariable(catalog: Catalog, name: string, prefix: string): OpenKey | undefined {
  const lower = name.toLowerCase();
  for (const key of candidateKeys(catalog, prefix)) {
    const open = openKey(key);
    if (!open) continue;
    const head = open.head.toLowerCase();
    if (lower === head || lower === head.slice(0, -1)) return open;
  }
  return undefined;
}

/** `EncryptionContextKey` → `encryption context key`, for messages. */
export function describeVariable(variable: string): string {
  return variable.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
