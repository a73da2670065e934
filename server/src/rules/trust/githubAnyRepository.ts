import { PString, valueSpan } from '../../parsing/tree';
import { knownEntries } from '../conditions/entries';
import { quoted } from '../actions/actionValue';
import { Rule } from '../rule';
import { claimOf, isGitHubHost } from './oidcHosts';

const REPO = 'repo:';

/** A GitHub `sub` condition whose pattern lets in repositories of any owner. */
export const githubAnyRepository: Rule = {
  id: 'github-any-repository',
  name: 'GitHub subject that allows any repository',
  summary: 'A condition on token.actions.githubusercontent.com:sub matches repositories of any GitHub owner.',
  description: [
    "GitHub Actions tokens carry the workflow's repository in their `sub` claim: `repo:OWNER/REPO:ref:refs/heads/",
    'BRANCH`, `repo:OWNER/REPO:environment:NAME`, `repo:OWNER/REPO:pull_request`. A `StringLike` pattern that',
    "leaves the owner open (`*`, `repo:*`, `repo:*/*:*`) lets every workflow on GitHub, including anyone's fork or",
    'a repository created for the purpose, assume the role. So does an owner cut short (`repo:my-org*` also',
    'matches `my-org-evil`). This is a warning: name the owner and the repository, and the branch or environment',
    'where you can (`repo:my-org/my-repo:ref:refs/heads/main`). A pattern for all repositories of one owner',
    '(`repo:my-org/*`) is left alone, as are subjects in a customized format that does not start with `repo:`.',
  ].join(' '),
  severity: 'warning',
  kinds: ['trust'],
  accessAnalyzer: ['SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED'],
  checkStatement(statement, { report }) {
    for (const entry of knownEntries(statement)) {
      if (!entry.info.wildcards || entry.info.negated || entry.info.family !== 'String') continue;
      const claim = claimOf(entry.key.key);
      if (!claim || claim.claim !== 'sub' || !isGitHubHost(claim.host)) continue;
      for (const value of entry.values) {
        if (value.type !== 'string') continue;
        const message = openOwner(value);
        if (message) report(valueSpan(value), message);
      }
    }
  },
};

function openOwner(value: PString): string | undefined {
  const text = value.value;
  const wildcard = text.search(/[*?]/);
  if (wildcard < 0) return undefined;
  const literal = text.slice(0, wildcard);
  const example = '"repo:my-org/my-repo:ref:refs/heads/main"';
  if (REPO.startsWith(literal)) {
    return `${quoted(text)} lets workflows of any repository of any GitHub owner assume this role: name the owner and repository, such as ${example}.`;
  }
  if (!literal.startsWith(REPO) || literal.includes('/', REPO.length)) return undefined;
  const owner = literal.slice(REPO.length);
  return `${quoted(text)} also lets in every GitHub owner whose name starts with ${quoted(owner)}: end the owner's name with a slash and name the repository, such as ${example}.`;
}
