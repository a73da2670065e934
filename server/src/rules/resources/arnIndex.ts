import { ArnFormatParts, arnFormatParts, compileResourcePattern } from '../../catalog/arnFormat';
import { Catalog, ResourceType } from '../../catalog/catalog';
import { GlobToken, globMatch, globsIntersect, hasWildcard } from '../../catalog/glob';
import { ParsedArn } from '../../model/arn';

/** A resource type of the catalog with its ARN format split into fields. */
export interface FormatEntry extends ArnFormatParts {
  type: ResourceType;
}

/** The catalog's ARN formats indexed by the service field they are written with. */
export interface ArnIndex {
  /** Formats by their literal service field (`iam` formats come from iam, sts, ec2 and others). */
  byService: Map<string, FormatEntry[]>;
  /** The few formats whose service field is a variable. */
  anyService: FormatEntry[];
  byType: Map<ResourceType, FormatEntry>;
  /** Every service name an ARN may have: the formats' service fields and the catalog's service prefixes. */
  services: Set<string>;
  /** The formats each Resource ARN text can name, remembered: the same ARNs recur across statements and edits. */
  namedBy: Map<string, FormatEntry[]>;
}

const indexes = new WeakMap<Catalog, ArnIndex>();

/** The ARN index of a catalog, built on first use. */
export function arnIndex(catalog: Catalog): ArnIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

function buildIndex(catalog: Catalog): ArnIndex {
  const index: ArnIndex = {
    byService: new Map(),
    anyService: [],
    byType: new Map(),
    services: new Set(),
    namedBy: new Map(),
  };
  for (const service of catalog.services.values()) {
    index.services.add(service.prefix);
    for (const type of service.resourceTypes) {
      const parts = arnFormatParts(type.arnFormat);
      if (!parts) continue;
      const entry: FormatEntry = { ...parts, type };
      index.byType.set(type, entry);
      if (parts.service.includes('${')) index.anyService.push(entry);
      else {
        const list = index.byService.get(parts.service) ?? [];
        list.push(entry);
        index.byService.set(parts.service, list);
        index.services.add(parts.service);
      }
    }
  }
  return index;
}

/** The service and resource part of a Resource value, compiled for matching against formats. */
export interface ArnPattern {
  service: string;
  /** Compiled service field when it has a wildcard; undefined when literal. */
  serviceTokens?: GlobToken[];
  resource: GlobToken[];
}

/** Compiles the parts of a parsed Resource ARN that decide which resource types it can name. */
export function arnPattern(arn: ParsedArn): ArnPattern {
  const service = arn.service.value;
  return {
    service,
    serviceTokens: hasWildcard(service) || service.includes('${') ? compileResourcePattern(service) : undefined,
    resource: compileResourcePattern(arn.resource.value),
  };
}

/**
 * True when the pattern can name a resource of the entry's type. Partition, region and account are left out on
 * purpose: the field rules judge them, and a wrong region must not also be called a resource mismatch.
 */
export function patternNames(pattern: ArnPattern, entry: FormatEntry): boolean {
  if (!entry.service.includes('${')) {
    if (pattern.serviceTokens) {
      if (!globMatch(pattern.serviceTokens, entry.service)) return false;
    } else if (pattern.service !== entry.service) return false;
  }
  return globsIntersect(pattern.resource, entry.resource);
}

/** The formats written with the ARN's service whose resource part the ARN can name. */
export function candidateFormats(index: ArnIndex, arn: ParsedArn): FormatEntry[] {
  const pattern = arnPattern(arn);
  return (index.byService.get(arn.service.value) ?? []).filter((e) => patternNames(pattern, e));
}
