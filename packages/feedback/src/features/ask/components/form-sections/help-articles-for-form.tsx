import type { Topic } from '@seller-support/contract';
import { useEffect, useState } from 'react';
import type { AskFormValues } from '../../model/form-schema';
import type { AskFormApi } from '../form-controls';
import { HelpArticles, helpArticlesDebounceMs } from '../help-articles/help-articles';

const textOf = (values: Pick<AskFormValues, 'subject' | 'description'>) =>
  `${values.subject} ${values.description}`.trim();

/**
 * Help articles for what the seller writes. The text reaches them once typing pauses, through a
 * subscription rather than a watch: a keystroke re-renders the field typed in, nothing else.
 */
export function HelpArticlesForForm({
  form,
  topic,
  onAnswered,
}: {
  form: AskFormApi;
  topic: Topic;
  onAnswered: () => void;
}) {
  const [text, setText] = useState(() => textOf(form.getValues()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      name: ['subject', 'description'],
      formState: { values: true },
      callback: ({ values }) => {
        clearTimeout(timer);
        timer = setTimeout(() => setText(textOf(values)), helpArticlesDebounceMs);
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [form]);
  return <HelpArticles topic={topic} text={text} onAnswered={onAnswered} debounceMs={0} />;
}
