import { limits } from '@seller-support/contract';
import { useId, type Ref } from 'react';
import { useT } from '../../../shared/i18n';
import { LimitedTextarea } from './limited-textarea';
import { checkText } from '../../../shared/lib/text';
import { textProblemMessage } from './text-rules';

/** An action's comment: optional, and within the contract's limits once written. */
export const actionCommentRules = {
  min: limits.comment.min,
  max: limits.comment.max,
  required: false,
} as const;

/** Whether the comment can be sent as it is. */
export const isSendableComment = (comment: string) => checkText(comment, actionCommentRules) === null;

export interface ActionCommentProps {
  /** The field's name, without the "optional" mark it gets here. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The seller has tried to send: the rules' problem shows from now on. */
  checked: boolean;
  /** The server's message for the comment, when a 422 named it. */
  serverError: string | undefined;
  sending: boolean;
  textareaRef: Ref<HTMLTextAreaElement>;
}

/** The optional comment of an offer decision or a rating. */
export function ActionComment({
  label,
  value,
  onChange,
  checked,
  serverError,
  sending,
  textareaRef,
}: ActionCommentProps) {
  const t = useT();
  const id = useId();
  const problem = checked ? checkText(value, actionCommentRules) : null;
  return (
    <LimitedTextarea
      id={id}
      label={`${label} ${t('requestActions.text.optional')}`}
      value={value}
      onChange={onChange}
      max={limits.comment.max}
      error={problem === null ? serverError : textProblemMessage(t, problem)}
      readOnly={sending}
      rows={3}
      textareaRef={textareaRef}
    />
  );
}
