/** The policy language versions IAM knows. */
export const CURRENT_VERSION = '2012-10-17';
export const OLD_VERSION = '2008-10-17';
