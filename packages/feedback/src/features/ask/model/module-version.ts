// The one place the version is written is package.json; the build's banner and manifest read it too.
import { version } from '../../../../package.json';

/** The module's version as it goes into every request's context snapshot. */
export const moduleVersion = version;
