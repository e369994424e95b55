import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { limits } from '@seller-support/contract';
import { expect, waitFor } from 'storybook/test';
import { useT } from '../../i18n';
import { describedByTexts, translatorFor, withinModule } from '../../../testing/story-helpers';
import { Field } from './field';

const max = limits.subject.max;

interface SubjectFieldProps {
  hint?: boolean;
  counter?: boolean;
  value?: string;
  error?: 'required' | 'tooLong';
  required?: boolean;
  disabled?: boolean;
}

/** A {@link Field} as the request form uses it for the subject, its texts from the module's messages. */
function SubjectField({
  hint = false,
  counter = false,
  value = '',
  error,
  required = false,
  disabled = false,
}: SubjectFieldProps) {
  const t = useT();
  return (
    <Field
      id="story-subject"
      label={t('askForm.fields.subject')}
      hint={hint ? t('askForm.fields.subjectHint') : undefined}
      counter={
        !counter
          ? undefined
          : value.length > max
            ? t('askForm.fields.counterOver', { count: value.length - max })
            : t('askForm.fields.counter', { length: value.length, max })
      }
      counterOver={value.length > max}
      error={
        error === undefined
          ? undefined
          : error === 'required'
            ? t('askForm.errors.required')
            : t('askForm.errors.tooLong', { limit: max })
      }
      required={required}
    >
      {(control) => (
        <input className="ss-input" type="text" defaultValue={value} disabled={disabled} {...control} />
      )}
    </Field>
  );
}

const meta = {
  title: 'Shared/Form/Field',
  component: SubjectField,
} satisfies Meta<typeof SubjectField>;

export default meta;
type Story = StoryObj<typeof meta>;

async function subjectBox(context: StoryContext) {
  const module = await withinModule(context.canvasElement);
  return module.getByRole('textbox', { name: translatorFor(context)('askForm.fields.subject') });
}

const nearLimit = 'Выплата за октябрь не пришла на счёт. '.repeat(4).slice(0, max - 5);
const overLimit = 'Выплата за октябрь не пришла на счёт. '.repeat(4).slice(0, max + 10);

/** Just a label: nothing describes the control and it is neither invalid nor required. */
export const Default: Story = {
  async play(context) {
    const box = await subjectBox(context);
    await expect(box).not.toHaveAttribute('aria-describedby');
    await expect(box).not.toHaveAttribute('aria-invalid');
    await expect(box).not.toBeRequired();
    await expect(box).toBeEnabled();
  },
};

/** The hint is announced as the control's description. */
export const WithHint: Story = {
  args: { hint: true },
  async play(context) {
    const t = translatorFor(context);
    const box = await subjectBox(context);
    await expect(describedByTexts(box)).toEqual([t('askForm.fields.subjectHint')]);
    await expect(box).toHaveAccessibleDescription(t('askForm.fields.subjectHint'));
    await expect(box).not.toHaveAttribute('aria-invalid');
  },
};

/** Five characters left: the counter joins the description after the hint. */
export const CounterNearLimit: Story = {
  args: { hint: true, counter: true, value: nearLimit },
  async play(context) {
    const t = translatorFor(context);
    const box = await subjectBox(context);
    const counter = t('askForm.fields.counter', { length: max - 5, max });
    await expect(describedByTexts(box)).toEqual([t('askForm.fields.subjectHint'), counter]);
    await expect(box).not.toHaveAttribute('aria-invalid');
    const module = await withinModule(context.canvasElement);
    await expect(module.getByText(counter)).not.toHaveClass('ss-field__counter--over');
  },
};

/**
 * Past the limit while typing: the counter says by how much, as the control's description and,
 * once typing pauses, in a polite live region; the control is not invalid until validated.
 */
export const CounterOverLimit: Story = {
  args: { hint: true, counter: true, value: overLimit },
  async play(context) {
    const t = translatorFor(context);
    const box = await subjectBox(context);
    const counter = t('askForm.fields.counterOver', { count: 10 });
    await expect(describedByTexts(box)).toEqual([t('askForm.fields.subjectHint'), counter]);
    await expect(box).not.toHaveAttribute('aria-invalid');
    const module = await withinModule(context.canvasElement);
    await expect(module.getByText(counter, { selector: '.ss-field__counter' })).toHaveClass(
      'ss-field__counter--over',
    );
    const live = box.closest('.ss-field')?.querySelector('[aria-live="polite"]');
    await waitFor(() => expect(live).toHaveTextContent(counter), { timeout: 3000 });
  },
};

/** Validated too long: invalid, and the error is read first, before the hint and the counter. */
export const WithError: Story = {
  args: { hint: true, counter: true, value: overLimit, error: 'tooLong' },
  async play(context) {
    const t = translatorFor(context);
    const box = await subjectBox(context);
    const error = t('askForm.errors.tooLong', { limit: max });
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toBeInvalid();
    await expect(describedByTexts(box)).toEqual([
      error,
      t('askForm.fields.subjectHint'),
      t('askForm.fields.counterOver', { count: 10 }),
    ]);
    const module = await withinModule(context.canvasElement);
    await expect(module.getByText(error)).toBeVisible();
  },
};

/** A required control says so through `aria-required`. */
export const Required: Story = {
  args: { hint: true, required: true },
  async play(context) {
    const t = translatorFor(context);
    const box = await subjectBox(context);
    await expect(box).toHaveAttribute('aria-required', 'true');
    await expect(box).toBeRequired();
    await expect(describedByTexts(box)).toEqual([t('askForm.fields.subjectHint')]);
    await expect(box).not.toHaveAttribute('aria-invalid');
  },
};

/** A required control left empty and submitted. */
export const RequiredMissing: Story = {
  args: { hint: true, counter: true, required: true, error: 'required' },
  async play(context) {
    const t = translatorFor(context);
    const box = await subjectBox(context);
    await expect(box).toBeRequired();
    await expect(box).toBeInvalid();
    await expect(describedByTexts(box)).toEqual([
      t('askForm.errors.required'),
      t('askForm.fields.subjectHint'),
      t('askForm.fields.counter', { length: 0, max }),
    ]);
  },
};

/** Field has no disabled state of its own: the control is disabled and keeps its label and hint. */
export const DisabledControl: Story = {
  args: { hint: true, value: 'Где выплата', disabled: true },
  async play(context) {
    const t = translatorFor(context);
    const box = await subjectBox(context);
    await expect(box).toBeDisabled();
    await expect(box).toHaveValue('Где выплата');
    await expect(box).toHaveAccessibleDescription(t('askForm.fields.subjectHint'));
  },
};
