/** The module's version as it goes into every request's context snapshot; bump with package.json. */
export const moduleVersion = '0.1.0';
