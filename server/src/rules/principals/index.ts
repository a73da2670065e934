import { Rule } from '../rule';

/** The principals rules, in the order their findings are most useful to read. */
export const principalsRules: Rule[] = [];
