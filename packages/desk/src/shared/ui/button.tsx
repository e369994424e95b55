import type { ComponentPropsWithRef } from 'react';

/** One `primary` action per view; `quiet` for cancel and "show more"; `danger` apart from the primary one. */
export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'className'> & {
  variant?: ButtonVariant | undefined;
};

export function buttonClass(variant: ButtonVariant = 'secondary'): string {
  return variant === 'primary' ? 'ss-button' : `ss-button ss-button--${variant}`;
}

/** Secondary unless said otherwise; `type="button"` so a button in a form never submits by accident. */
export function Button({ type = 'button', variant = 'secondary', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant)} {...props} />;
}
