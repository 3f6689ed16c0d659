/** Ends an exhaustive switch: the compiler proves it unreachable; reaching it at run time is a bug. */
export function assertNever(x: never): never {
  throw new Error(`internal: unexpected ${JSON.stringify(x)}`);
}
