import { Rule } from '../rule';

/** The rules of one policy kind (key). */
export const keyRules: Rule[] = [];
