import { Rule } from '../rule';

/** The resources rules, in the order their findings are most useful to read. */
export const resourcesRules: Rule[] = [];
