/** Document order across shadow trees: a node inside a shadow root sits where its host is. */
function chain(node: Node): Node[] {
  const nodes = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) nodes.push(root.host);
  return nodes;
}

export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = chain(a);
  const chainB = chain(b);
  for (const left of chainA) {
    const root = left.getRootNode();
    const right = chainB.find((node) => node.getRootNode() === root);
    if (!right) continue;
    if (left === right) return chainA.length > chainB.length ? 1 : -1;
    const position = left.compareDocumentPosition(right);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  return 0;
}
