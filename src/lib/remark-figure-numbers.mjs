// Numbers the <Figure> elements of each MDX chapter in order of appearance (number="1", "2", …), so both
// languages number identically without authors counting by hand. An explicit number attribute is kept.
/** @returns {(tree: any) => void} */
export default function remarkFigureNumbers() {
  return (tree) => {
    let n = 0;
    const visit = (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
        n += 1;
        node.attributes ??= [];
        const attrs = node.attributes;
        if (!attrs.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'number')) {
          attrs.push({ type: 'mdxJsxAttribute', name: 'number', value: String(n) });
        }
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
