/**
 * Ant Design's Select renders its option list as role=listbox without a name
 * (axe: aria-input-field-name). The list belongs to a combobox that has one,
 * so each new listbox is given its combobox's name.
 */
export function nameListboxes(root: HTMLElement): void {
  const name = (listbox: Element) => {
    if (listbox.hasAttribute('aria-label') || listbox.hasAttribute('aria-labelledby')) return;
    const combobox = document.querySelector(`[aria-controls="${listbox.id}"]`);
    if (!combobox) return;
    const label = combobox.getAttribute('aria-label');
    if (label) {
      listbox.setAttribute('aria-label', label);
      return;
    }
    const labelledBy =
      combobox.getAttribute('aria-labelledby') ??
      (combobox.id && document.querySelector(`label[for="${combobox.id}"]`)
        ? ensureId(document.querySelector(`label[for="${combobox.id}"]`)!)
        : null);
    if (labelledBy) listbox.setAttribute('aria-labelledby', labelledBy);
  };
  new MutationObserver(() =>
    document.querySelectorAll('[role="listbox"][id]').forEach(name),
  ).observe(root, { childList: true, subtree: true });
}

function ensureId(element: Element): string {
  if (!element.id) element.id = `label-${Math.random().toString(36).slice(2)}`;
  return element.id;
}
