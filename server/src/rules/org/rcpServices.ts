import { Catalog } from '../../catalog/catalog';

/** The service prefixes whose actions a resource control policy may name (from the catalog's data package). */
export function rcpServices(catalog: Catalog): ReadonlySet<string> {
  return catalog.rcpServices;
}
