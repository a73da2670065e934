import { Rule } from '../rule';

/** The rules of one policy kind (bucket). */
export const bucketRules: Rule[] = [];
