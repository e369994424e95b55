import { useState, type ReactNode } from 'react';

export interface ControlledProps<V> {
  /** Where the story starts. */
  value: V;
  /** The story's own `onChange` (an action or a spy): hears every change too. */
  onChange: (value: V) => void;
  children: (value: V, onChange: (value: V) => void) => ReactNode;
}

/** Holds a controlled component's value in a story, as the form would, so the story can be used. */
export function Controlled<V>({ value, onChange, children }: ControlledProps<V>) {
  const [current, setCurrent] = useState(value);
  return children(current, (next) => {
    onChange(next);
    setCurrent(next);
  });
}
