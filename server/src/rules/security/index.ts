import { Rule } from '../rule';

/** The security rules, in the order their findings are most useful to read. */
export const securityRules: Rule[] = [];
