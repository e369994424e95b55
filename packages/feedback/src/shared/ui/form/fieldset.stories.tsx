import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useT } from '../../i18n';
import { describedByTexts, translatorFor, withinModule } from '../../../testing/story-helpers';
import { Fieldset } from './field';

const areas = ['registration', 'cabinet', 'mobile_app', 'other'] as const;

interface AreaFieldsetProps {
  hint?: boolean;
  error?: boolean;
  required?: boolean;
  /** False: a plain group (a date range, say), shown here with the same controls. */
  radios?: boolean;
}

/** A {@link Fieldset} of radio buttons as the request form uses it, its texts from the module's messages. */
function AreaFieldset({ hint = false, error = false, required = false, radios = true }: AreaFieldsetProps) {
  const t = useT();
  return (
    <Fieldset
      legend={t('askForm.fields.area')}
      hint={hint ? t('askForm.topic.accountHint') : undefined}
      error={error ? t('askForm.errors.required') : undefined}
      required={required}
      radios={radios}
    >
      {areas.map((area) => (
        <label key={area} className="ss-choice">
          <input type="radio" name="story-area" value={area} />
          <span>{t(`askForm.fields.area_${area}`)}</span>
        </label>
      ))}
    </Fieldset>
  );
}

const meta = {
  title: 'Shared/Form/Fieldset',
  component: AreaFieldset,
} satisfies Meta<typeof AreaFieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The group, found by its role and legend, after checking each of its radio buttons is labelled. */
async function areaGroup(context: StoryContext, role: 'radiogroup' | 'group' = 'radiogroup') {
  const t = translatorFor(context);
  const module = await withinModule(context.canvasElement);
  const group = module.getByRole(role, { name: t('askForm.fields.area') });
  for (const area of areas) {
    await expect(within(group).getByRole('radio', { name: t(`askForm.fields.area_${area}`) })).toBeEnabled();
  }
  return group;
}

/** Just a legend: the radio group is named by it, nothing describes it, and it is neither invalid nor required. */
export const Default: Story = {
  async play(context) {
    const group = await areaGroup(context);
    await expect(group).not.toHaveAttribute('aria-describedby');
    await expect(group).not.toHaveAttribute('aria-invalid');
    await expect(group).not.toHaveAttribute('aria-required');
  },
};

/** The hint describes the whole group. */
export const WithHint: Story = {
  args: { hint: true },
  async play(context) {
    const t = translatorFor(context);
    const group = await areaGroup(context);
    await expect(describedByTexts(group)).toEqual([t('askForm.topic.accountHint')]);
    await expect(group).toHaveAccessibleDescription(t('askForm.topic.accountHint'));
  },
};

/** The error is read first, before the hint. */
export const WithError: Story = {
  args: { hint: true, error: true },
  async play(context) {
    const t = translatorFor(context);
    const group = await areaGroup(context);
    await expect(describedByTexts(group)).toEqual([
      t('askForm.errors.required'),
      t('askForm.topic.accountHint'),
    ]);
    await expect(group).toHaveAttribute('aria-invalid', 'true');
    const module = await withinModule(context.canvasElement);
    await expect(module.getByText(t('askForm.errors.required'))).toBeVisible();
  },
};

/** A required radio group says so: `aria-required` on the `radiogroup`, where ARIA allows it. */
export const Required: Story = {
  args: { required: true },
  async play(context) {
    const group = await areaGroup(context);
    await expect(group).toHaveAttribute('aria-required', 'true');
    await expect(group).toBeRequired();
  },
};

/** Required and not answered: the group is invalid and required, the error read first. */
export const RequiredMissing: Story = {
  args: { required: true, error: true, hint: true },
  async play(context) {
    const t = translatorFor(context);
    const group = await areaGroup(context);
    await expect(group).toBeRequired();
    await expect(group).toBeInvalid();
    await expect(describedByTexts(group)).toEqual([
      t('askForm.errors.required'),
      t('askForm.topic.accountHint'),
    ]);
  },
};

/**
 * A plain group (not radio buttons): ARIA has no required state for it, so none is set (its
 * controls say so themselves); an error still marks it invalid.
 */
export const PlainGroup: Story = {
  args: { radios: false, required: true, error: true },
  async play(context) {
    const group = await areaGroup(context, 'group');
    await expect(group).not.toHaveAttribute('aria-required');
    await expect(group).toHaveAttribute('aria-invalid', 'true');
  },
};
