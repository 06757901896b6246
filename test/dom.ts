import { render, type ComponentChild } from 'preact';

/** Renders a component into a fresh element attached to the document (tests empty the body after). */
export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
