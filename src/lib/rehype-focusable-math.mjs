// Wide display equations scroll sideways on narrow screens; a scrollable region must be reachable from the
// keyboard (WCAG 2.1.1), so each KaTeX display block gets tabindex="0".
/** @returns {(tree: any) => void} */
export default function rehypeFocusableMath() {
  return (tree) => {
    const visit = (node) => {
      if (node.type === 'element') {
        const cls = node.properties?.className;
        if (Array.isArray(cls) && cls.includes('katex-display')) node.properties.tabIndex = 0;
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
