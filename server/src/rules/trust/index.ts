import { Rule } from '../rule';

/** The rules of one policy kind (trust). */
export const trustRules: Rule[] = [];
