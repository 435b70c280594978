/**
 * After an action is refused, the focus goes to what is wrong instead of falling to the page: the
 * first field marked invalid in `root`, else the first error message (made focusable for it).
 * The errors are shown by a render that may come after this call (an update after an await is
 * rendered in a later task), so it looks again for a few frames.
 */
export function focusFirstError(root: ParentNode | null | undefined = document, tries = 10): void {
  setTimeout(() => {
    const scope = root ?? document;
    const field = scope.querySelector<HTMLElement>('[aria-invalid="true"]:not([disabled])');
    const msg = field ? null : scope.querySelector<HTMLElement>('.field-error, .notice-error');
    const target = field ?? msg;
    if (!target) {
      if (tries > 0) requestAnimationFrame(() => focusFirstError(root, tries - 1));
      return;
    }
    if (!target.hasAttribute('tabindex') && target === msg) target.tabIndex = -1;
    target.focus();
  }, 0);
}
