/** An IPv4 or IPv6 address or range as written in a condition: its bytes and prefix length. */
export interface Cidr {
  version: 4 | 6;
  bytes: number[];
  prefix: number;
  /** The value gave a prefix length (`/24`); without one IAM takes the single address. */
  explicitPrefix: boolean;
}

/** Parses `203.0.113.0/24`, `203.0.113.5`, `2001:DB8::/32`; undefined when the text is not one of these. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const bytes = address.includes(':') ? parseIpv6(address) : parseIpv4(address);
  if (!bytes) return undefined;
  const version = bytes.length === 4 ? 4 : 6;
  const max = bytes.length * 8;
  if (slash < 0) return { version, bytes, prefix: max, explicitPrefix: false };
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return undefined;
  return { version, bytes, prefix: Number(prefixText), explicitPrefix: true };
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.flatMap((g) => [g >> 8, g & 255]);
}

/** The 16-bit groups of one side of `::`, an embedded IPv4 address counting as two. */
function groupsOf(text: string): number[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (!v4) return undefined;
      groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

/** The range with every bit after the prefix cleared. */
export function networkOf(cidr: Cidr): Cidr {
  const bytes = cidr.bytes.map((b, i) => {
    const keep = Math.min(Math.max(cidr.prefix - i * 8, 0), 8);
    return b & ((0xff << (8 - keep)) & 0xff);
  });
  return { ...cidr, bytes };
}

/** True when the range has bits set after its prefix (`10.0.0.1/16`). */
export function hasHostBits(cidr: Cidr): boolean {
  return networkOf(cidr).bytes.some((b, i) => b !== cidr.bytes[i]);
}

/** Writes a range back: dotted IPv4 or compressed lower-case IPv6, with its prefix when it had one. */
export function formatCidr(cidr: Cidr): string {
  const address = cidr.version === 4 ? cidr.bytes.join('.') : formatIpv6(cidr.bytes);
  return cidr.explicitPrefix ? `${address}/${cidr.prefix}` : address;
}

function formatIpv6(bytes: number[]): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j > i ? j : i + 1;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

/** Ranges that never appear as aws:SourceIp: private, loopback, link-local, shared and unique-local space. */
const PRIVATE_RANGES = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '100.64.0.0/10',
  'fc00::/7',
  'fe80::/10',
  '::1/128',
].map((r) => parseCidr(r)!);

/** True when the whole range lies in private address space. */
export function isPrivate(cidr: Cidr): boolean {
  return PRIVATE_RANGES.some(
    (range) => range.version === cidr.version && cidr.prefix >= range.prefix && sameNetwork(range, cidr),
  );
}

function sameNetwork(range: Cidr, cidr: Cidr): boolean {
  return networkOf({ ...cidr, prefix: range.prefix }).bytes.every((b, i) => b === range.bytes[i]);
}
