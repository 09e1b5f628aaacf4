/**
 * What `zod` resolves to in the browser build (see vite.config.ts and
 * docs/decisions/0008-server-only-code.md). Schemas are checked on the server only; in a
 * browser they are inert placeholders that can be built, chained and read but never used to
 * parse. Using one to parse fails loudly instead of silently passing.
 */
const refuse = () => {
  throw new Error('zod is not part of the browser build: validate on the server');
};

type Inert = ((...args: unknown[]) => Inert) & { readonly [key: string | symbol]: unknown };

function inert(): Inert {
  const target = function () {} as unknown as Inert;
  return new Proxy(target, {
    get(_target, key) {
      if (
        key === 'parse' ||
        key === 'safeParse' ||
        key === 'parseAsync' ||
        key === 'safeParseAsync'
      )
        return refuse;
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'then') return undefined;
      return inert();
    },
    apply: () => inert(),
  });
}

export const z = inert();
export default z;
