// A stand-in for styled-components that the benchmark bundles in place of the
// real one to measure a zero-runtime build of medprose (decision 0029): every
// styled part renders its plain element with its stable class name
// (`mp-<Component>-<Part>`) and nothing else, so the page takes all of its CSS
// from medprose/styles.css. Measured, not shipped: it knows only what medprose's
// sources use (`styled.tag` / `styled(Component)`, `.withConfig({ componentId })`,
// `css`, transient `$props` and `as`).
import { createContext, createElement, forwardRef } from 'react';

function part(target, componentId) {
  const Part = forwardRef(function StyledPart({ as, className, ...props }, ref) {
    for (const name of Object.keys(props)) if (name[0] === '$') delete props[name];
    return createElement(as ?? target, { ...props, ref, className: className ? `${componentId} ${className}` : componentId });
  });
  Part.styledComponentId = componentId;
  Part.toString = () => `.${componentId}`;
  return Part;
}

function builder(target) {
  const withoutId = () => {
    throw new Error('zero-runtime probe: every styled part needs a componentId (decision 0010)');
  };
  withoutId.withConfig =
    ({ componentId }) =>
    () =>
      part(target, componentId);
  return withoutId;
}

export const styled = new Proxy(builder, { get: (make, tag) => make(tag) });
export const css = () => '';
// StylesheetScope's two names: nothing to skip when nothing is injected.
export const StyleSheetContext = createContext({ styleSheet: {} });
export const StyleSheetManager = ({ children }) => children;
