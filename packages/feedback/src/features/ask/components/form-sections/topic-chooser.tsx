import type { Topic } from '@seller-support/contract';
import { useController } from 'react-hook-form';
import { useT } from '../../../../shared/i18n';
import { Fieldset } from '../../../../shared/ui/form/field';
import { fieldIds } from '../../model/field-paths';
import { changeTopic } from '../../model/topic-rules';
import type { AskFormApi } from '../form-controls';

/**
 * The topics offered, as a compact row of chips (a native radio group: arrows move between
 * them) with their plain names; what the chosen one covers is said once, under the row.
 * Choosing one keeps what still applies and drops the rest.
 */
export function TopicChooser({ form, offered }: { form: AskFormApi; offered: readonly Topic[] }) {
  const t = useT();
  const { field } = useController({ control: form.control, name: 'topic' });
  return (
    <Fieldset legend={t('askForm.topic.legend')} radios>
      <div className="ask-form__topics">
        {offered.map((topic, index) => (
          <label key={topic} className="ask-form__topic">
            <input
              type="radio"
              name={field.name}
              value={topic}
              id={index === 0 ? fieldIds.topic : undefined}
              checked={field.value === topic}
              onChange={() => {
                // Keep what still applies, drop the rest, and start the new topic's checks afresh.
                form.reset(changeTopic(form.getValues(), topic), { keepDefaultValues: true });
              }}
            />
            <span>{t(`askForm.topic.${topic}`)}</span>
          </label>
        ))}
      </div>
      {offered.includes(field.value) && (
        <p className="ss-field__hint ask-form__topic-hint">{t(`askForm.topic.${field.value}Hint`)}</p>
      )}
    </Fieldset>
  );
}
