import type { ReceivedPolicy, Topic } from '@seller-support/contract';
import { AttachmentField } from '../../../../shared/attachments/attachment-field';
import { useT } from '../../../../shared/i18n';
import { usePickerValue, type FormControl } from '../form-controls';

/** The request's files, labelled for what the topic asks to show. */
export function AttachmentsField({
  control,
  topic,
  policy,
  onBusyChange,
}: {
  control: FormControl;
  topic: Topic;
  policy: ReceivedPolicy;
  onBusyChange: (busy: boolean) => void;
}) {
  const t = useT();
  const { id, value, onChange, error } = usePickerValue(control, 'attachments');
  const label =
    topic === 'account'
      ? t('askForm.fields.screenshots')
      : topic === 'warranty' || topic === 'staff_complaint'
        ? t('askForm.fields.photos')
        : t('askForm.fields.attachments');
  return (
    <AttachmentField
      id={id}
      label={label}
      policy={policy.attachments}
      value={value}
      onChange={onChange}
      onBusyChange={onBusyChange}
      error={error}
    />
  );
}
