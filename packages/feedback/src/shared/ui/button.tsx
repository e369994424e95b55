import type { ComponentPropsWithRef } from 'react';

export type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'className'>;

/** The module's button. `type="button"` by default: a button inside a form must not submit by accident. */
export function Button({ type = 'button', ...props }: ButtonProps) {
  return <button type={type} className="ss-button" {...props} />;
}
