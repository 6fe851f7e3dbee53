/** Marks the table of contents' root, so the client enhancer can find it from inside. */
export const TOC_ATTRIBUTE = 'data-medprose-toc';
