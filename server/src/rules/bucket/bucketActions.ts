import { Action, Catalog } from '../../catalog/catalog';
import { closest } from '../../catalog/suggest';

/** The service prefixes whose actions a bucket policy may hold: S3, and S3 Express One Zone for directory buckets. */
export const BUCKET_SERVICES: ReadonlySet<string> = new Set(['s3', 's3express']);

/** True when an action applies to a bucket or to objects in one, so that a bucket policy can grant it. */
export function appliesToBucket(action: Action): boolean {
  return action.resourceTypes.some((r) => r.name === 'bucket' || r.name === 'object');
}

/** The S3 action name an unknown one most likely meant: a wildcard for a truncated name, else the nearest name. */
export function suggestS3Name(catalog: Catalog, service: string, name: string): string | undefined {
  const names = catalog.service(service)?.actions.map((a) => a.name) ?? [];
  const lower = name.toLowerCase();
  const started = names.filter((n) => n.length > lower.length && n.toLowerCase().startsWith(lower));
  const veryNear = closest(name, names, 1);
  if (veryNear) return veryNear;
  if (started.length > 1) return `${name}*`;
  return started[0] ?? closest(name, names);
}
