import { Rule } from '../rule';

/** The actions rules, in the order their findings are most useful to read. */
export const actionsRules: Rule[] = [];
