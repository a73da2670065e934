// The Debian packages the end-to-end tests need, each with a file that shows it is installed. Run directly, prints
// the names of those missing, one a line: .ci/run installs them with apt-get.
import { existsSync } from 'node:fs';

export const OS_PACKAGES: [name: string, file: string][] = [
  // The browser that shows the workbench and runs the extension-host suite.
  ['chromium', '/usr/bin/chromium'],
  // The second LSP client.
  ['neovim', '/usr/bin/nvim'],
  // code-server's search, in place of the build its install would download.
  ['ripgrep', '/usr/bin/rg'],
  // The headers code-server's native kerberos module is built against.
  ['libkrb5-dev', '/usr/bin/krb5-config'],
];

export function missingOsPackages(): string[] {
  return OS_PACKAGES.filter(([, file]) => !existsSync(file)).map(([name]) => name);
}

if (require.main === module) {
  for (const name of missingOsPackages()) console.log(name);
}
