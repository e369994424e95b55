import * as z from 'zod/mini';

/**
 * Names under which schemas appear in the OpenAPI document (`#/components/schemas/<id>`).
 * A dedicated registry rather than zod's global one, so nothing outside the contract can add to it.
 */
export const contractRegistry = z.registry<{ id: string; description?: string }>();

/**
 * Registers a schema as a named component of the contract and returns it unchanged.
 *
 * Marked free of side effects for bundlers: the registration matters only to whoever reads the
 * registry (the OpenAPI document's build, the mocks naming a schema they use), and a schema a
 * bundle never uses needs no name there. Without it every schema of a module the bundle touches
 * would stay in, used or not.
 */
/* #__NO_SIDE_EFFECTS__ */
export function named<T extends z.ZodMiniType>(schema: T, id: string, description?: string): T {
  contractRegistry.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}
