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
}

/** A {@link Fieldset} of radio buttons as the request form uses it, its texts from the module's messages. */
function AreaFieldset({ hint = false, error = false, required = false }: AreaFieldsetProps) {
  const t = useT();
  return (
    <Fieldset
      legend={t('askForm.fields.area')}
      hint={hint ? t('askForm.topic.accountHint') : undefined}
      error={error ? t('askForm.errors.required') : undefined}
      required={required}
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

/** The group, found by its legend, after checking each of its radio buttons is labelled. */
async function areaGroup(context: StoryContext) {
  const t = translatorFor(context);
  const module = await withinModule(context.canvasElement);
  const group = module.getByRole('group', { name: t('askForm.fields.area') });
  for (const area of areas) {
    await expect(within(group).getByRole('radio', { name: t(`askForm.fields.area_${area}`) })).toBeEnabled();
  }
  return group;
}

/** Just a legend: the group is named by it and nothing describes it. */
export const Default: Story = {
  async play(context) {
    const group = await areaGroup(context);
    await expect(group).not.toHaveAttribute('aria-describedby');
  },
};

export const DefaultEnglish: Story = { ...Default, globals: { locale: 'en' } };

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

export const WithHintEnglish: Story = { ...WithHint, globals: { locale: 'en' } };

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
    const module = await withinModule(context.canvasElement);
    await expect(module.getByText(t('askForm.errors.required'))).toBeVisible();
  },
};

export const WithErrorEnglish: Story = { ...WithError, globals: { locale: 'en' } };

/** Required is only marked as `data-required` on the group; nothing announces it yet. */
export const Required: Story = {
  args: { required: true },
  async play(context) {
    const group = await areaGroup(context);
    await expect(group).toHaveAttribute('data-required', 'true');
  },
};

export const RequiredEnglish: Story = { ...Required, globals: { locale: 'en' } };
