import * as React from 'react';
import type { ReactNode } from 'react';
import { devWarning } from './devWarning';
import { slugify } from './slug';

/**
 * One page's section ids. Each section instance (by `useId`, which is the same
 * on the server, in the browser and in Strict Mode's second render) claims its
 * id once, in render order, so "Risks", "Risks" give `risks`, `risks-2`.
 */
interface SectionIdRegistry {
  used: Set<string>;
  byInstance: Map<string, string>;
}

const createRegistry = (): SectionIdRegistry => ({ used: new Set(), byInstance: new Map() });

function claim(registry: SectionIdRegistry, instance: string, base: string, given: boolean): string {
  const known = registry.byInstance.get(instance);
  if (known !== undefined) return known;
  let id = base;
  // An id the author gave is kept as written (permalinks depend on it); generated ones step around it.
  if (!given) for (let n = 2; registry.used.has(id); n += 1) id = `${base}-${n}`;
  registry.used.add(id);
  registry.byInstance.set(instance, id);
  return id;
}

// React's react-server build (Server Components) has no createContext, but its `cache` is scoped to one
// request: there the registry is per request with no provider. Elsewhere a provider holds it.
const ScopeContext = typeof React.createContext === 'function' ? React.createContext<SectionIdRegistry | null>(null) : null;
const requestRegistry = ScopeContext === null && typeof React.cache === 'function' ? React.cache(createRegistry) : null;

/**
 * Makes hand-composed `ArticleSection` ids unique across its children in
 * classic server rendering and in the browser (Server Components need no
 * scope: there each request has one). `Article` needs none either.
 */
export function SectionIdScope({ children }: { children?: ReactNode }) {
  if (ScopeContext === null) return <>{children}</>;
  // eslint-disable-next-line react-hooks/rules-of-hooks -- the condition is fixed for the React build (react-server has no state), so the hook order never changes
  const [registry] = React.useState(createRegistry);
  return <ScopeContext.Provider value={registry}>{children}</ScopeContext.Provider>;
}

/** The section's id: `given` if any, else a slug of `heading` unique within the page's scope. */
export function useSectionId(heading: string, given: string | undefined, component: string): string {
  const instance = React.useId();
  if (ScopeContext === null) {
    const registry = requestRegistry?.();
    return registry ? claim(registry, instance, given ?? slugify(heading), given !== undefined) : (given ?? slugify(heading));
  }
  // eslint-disable-next-line react-hooks/rules-of-hooks -- the condition is fixed for the React build (react-server has no context), so the hook order never changes
  const registry = React.useContext(ScopeContext);
  const id = registry ? claim(registry, instance, given ?? slugify(heading), given !== undefined) : (given ?? slugify(heading));
  // Development only. Written out, not isDevelopment(): a production bundle then drops the whole check.
  // eslint-disable-next-line react-hooks/rules-of-hooks -- the condition is fixed for the build, so the hook order never changes
  if (process.env.NODE_ENV !== 'production') useDuplicateIdWarning(id, given, component);
  return id;
}

/** Warns when another element on the page already has the section's id. */
function useDuplicateIdWarning(id: string, given: string | undefined, component: string) {
  React.useEffect(() => {
    if (typeof document === 'undefined') return;
    if (document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length > 1) {
      devWarning(
        component,
        given === undefined ? 'heading' : 'id',
        `gives the id "${id}", which another element on the page already has. Wrap hand-composed sections in <SectionIdScope>, or pass each an \`id\` from one createSlugger().`,
      );
    }
  }, [id, given, component]);
}
