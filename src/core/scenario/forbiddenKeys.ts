import { FORBIDDEN_KEYS, formatPath, type FieldError } from './fieldErrors';

/**
 * Deepest level at which a scenario has objects (operations[i].process.needs.gpus is 5 keys down). Deeper
 * values are refused by the schemas anyway, so the walk stops here and hostile nesting costs nothing.
 */
const MAX_DEPTH = 6;

/**
 * Refuses `__proto__`, `constructor` and `prototype` keys, and objects that are not plain data (a prototype
 * other than Object's or null), anywhere a scenario can hold objects. Zod reads fields by name, so an
 * inherited field would otherwise be taken as if the user had written it.
 */
export function findForbiddenKeys(input: unknown, root: string): FieldError[] {
  const errors: FieldError[] = [];
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value !== 'object' || value === null || path.length > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        // Bursts and connections hold primitives; skipping them keeps 100,000 processes fast.
        if (typeof item === 'object' && item !== null) walk(item, [...path, i]);
      }
      return;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const where = formatPath(path, root);
      const message = `${where} must be plain data (JSON), not an object with a prototype`;
      errors.push({ path: where, limit: 'plain data (JSON)', message });
      return;
    }
    for (const key of Object.keys(value)) {
      const next = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) {
        const where = formatPath(next, root);
        errors.push({
          path: where,
          limit: 'no __proto__, constructor or prototype keys',
          message: `${where} is refused: no __proto__, constructor or prototype keys, as they could change prototypes`,
        });
      } else {
        walk((value as Record<string, unknown>)[key], next);
      }
    }
  };
  walk(input, []);
  return errors;
}
