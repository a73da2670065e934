import { Rule } from '../rule';

/** The conditions rules, in the order their findings are most useful to read. */
export const conditionsRules: Rule[] = [];
