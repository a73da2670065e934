import { Rule } from '../rule';
import { invalidVersion } from './invalidVersion';
import { jsonSyntax } from './jsonSyntax';
import { oldVersion } from './oldVersion';

/** The grammar rules: the document's shape, before any catalog lookup. */
export const grammarRules: Rule[] = [jsonSyntax, invalidVersion, oldVersion];
