import { Rule } from '../rule';

/** The rules of one policy kind (org). */
export const orgRules: Rule[] = [];
