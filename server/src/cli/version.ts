import { getCatalog } from '../catalog/load';
import packageJson from '../../../package.json';

/** The tool's name, version and home, from package.json (bundled in at build time). */
export const TOOL = {
  name: 'Policy Lens',
  version: packageJson.version,
  informationUri: packageJson.homepage.replace(/#.*$/, ''),
} as const;

/** The data package the AWS catalog was generated from. */
export function catalogSource(): { package: string; version: string; updatedAt: string } {
  const { package: name, version, updatedAt } = getCatalog().source;
  return { package: name, version, updatedAt };
}

/** What `--version` prints: the tool's version and the catalog's source. */
export function versionText(): string {
  const source = catalogSource();
  const date = source.updatedAt ? ` (AWS data of ${source.updatedAt.slice(0, 10)})` : '';
  return `policy-lens ${TOOL.version}\ncatalog: ${source.package} ${source.version}${date}\n`;
}
