import type { ComponentPropsWithRef } from 'react';

/**
 * The weight of a button (base.css): one `primary` action per view (send, accept), `secondary`
 * for the others, `quiet` for "cancel" and "show more", `danger` for one that removes something.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'className'> & {
  variant?: ButtonVariant | undefined;
};

/** The classes of a button of this weight, for a `<button>` that cannot be a {@link Button}. */
export function buttonClass(variant: ButtonVariant = 'secondary'): string {
  return variant === 'primary' ? 'ss-button' : `ss-button ss-button--${variant}`;
}

/**
 * The module's button: secondary unless said otherwise, so a view has one primary action by
 * choice. `type="button"` by default: a button inside a form must not submit by accident.
 */
export function Button({ type = 'button', variant = 'secondary', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant)} {...props} />;
}
