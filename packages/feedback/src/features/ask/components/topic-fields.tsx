import {
  facilityTypes,
  limits,
  type FacilityType,
  type ReceivedChannel,
  type ReceivedFacility,
  type ReceivedPolicy,
} from '@seller-support/contract';
import { useWatch, type UseFormSetValue } from 'react-hook-form';
import { useT } from '../../../shared/i18n';
import { ChannelLink } from '../../../shared/ui/channel-link';
import { Fieldset } from '../../../shared/ui/form/field';
import { fieldIds } from '../model/field-paths';
import type { AskFormValues } from '../model/form-schema';
import {
  accountAreas,
  complaintFacilityTypeOf,
  complaintFacilityTypes,
  orderActions,
} from '../model/topic-choices';
import { FacilityPicker } from './facility-picker/facility-picker';
import {
  AskField,
  DateField,
  RadioGroup,
  usePickerValue,
  type FormControl,
  type FormRegister,
} from './form-controls';
import { LimitedTextField } from './text-fields';
import { useFieldError } from './use-field-error';

type SetFacilityType = UseFormSetValue<AskFormValues>;

interface TopicFieldsProps {
  control: FormControl;
  register: FormRegister;
}

export function AccountFields({ control, register }: TopicFieldsProps) {
  const t = useT();
  return (
    <>
      <RadioGroup
        control={control}
        register={register}
        path="fields.area"
        legend={t('askForm.fields.area')}
        options={accountAreas}
        label={(area) => t(`askForm.fields.area_${area}`)}
      />
      <LimitedTextField
        control={control}
        register={register}
        path="fields.stepsToReproduce"
        label={t('askForm.fields.stepsToReproduce')}
        hint={t('askForm.fields.stepsToReproduceHint')}
        max={limits.stepsToReproduce.max}
        multiline
      />
    </>
  );
}

export function OrderActionFields({ control, register }: TopicFieldsProps) {
  const t = useT();
  return (
    <RadioGroup
      control={control}
      register={register}
      path="fields.action"
      legend={t('askForm.fields.action')}
      options={orderActions}
      label={(action) => t(`askForm.fields.actions.${action}`)}
    />
  );
}

function FacilityField({
  control,
  required,
  types,
  onPick,
}: {
  control: FormControl;
  required: boolean;
  types: readonly FacilityType[];
  onPick?: (facility: ReceivedFacility | null) => void;
}) {
  const t = useT();
  const { id, value, onChange, error } = usePickerValue(control, 'fields.facility');
  return (
    <FacilityPicker
      id={id}
      label={required ? t('askForm.fields.facility') : t('askForm.fields.facilityOptional')}
      types={types}
      value={value}
      onChange={(facility) => {
        onChange(facility);
        onPick?.(facility);
      }}
      required={required}
      error={error}
    />
  );
}

export function StaffComplaintFields({
  control,
  setValue,
}: TopicFieldsProps & { setValue: SetFacilityType }) {
  const t = useT();
  return (
    <>
      {/* The picker offers warehouses and pickup points; the facility's type is the complaint's. */}
      <FacilityField
        control={control}
        required
        types={complaintFacilityTypes}
        onPick={(facility) =>
          setValue('fields.facilityType', facility === null ? '' : (complaintFacilityTypeOf(facility) ?? ''))
        }
      />
      <DateField
        control={control}
        path="fields.incidentDate"
        label={t('askForm.fields.incidentDate')}
        required
        className="ask-form__date"
      />
    </>
  );
}

export function LogisticsFields({ control, register }: TopicFieldsProps) {
  const t = useT();
  const facilityType = useWatch({ control, name: 'fields.facilityType' });
  return (
    <>
      <RadioGroup
        control={control}
        register={register}
        path="fields.facilityType"
        legend={t('askForm.fields.facilityTypeInfo')}
        options={facilityTypes}
        label={(type) => t(`askForm.fields.facilityTypes.${type}`)}
      />
      {/* Offered once the type is chosen: one type, so the picker needs no filter of its own. */}
      {typeof facilityType === 'string' && facilityType !== '' && (
        <FacilityField control={control} required={false} types={[facilityType]} />
      )}
    </>
  );
}

export function PaymentsFields({ control, register }: TopicFieldsProps) {
  const t = useT();
  return (
    <>
      <Fieldset legend={t('askForm.fields.payoutPeriod')}>
        <div className="ask-form__row">
          {(['periodFrom', 'periodTo'] as const).map((end) => (
            <DateField
              key={end}
              control={control}
              path={`fields.${end}`}
              label={t(`askForm.fields.${end}`)}
            />
          ))}
        </div>
      </Fieldset>
      <AskField
        control={control}
        path="fields.amount"
        label={t('askForm.fields.amount')}
        hint={t('askForm.fields.amountHint')}
      >
        {(props) => (
          <input
            className="ss-input ask-form__amount"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            {...props}
            {...register('fields.amount')}
          />
        )}
      </AskField>
    </>
  );
}

export function WarrantyFields({ control, register }: TopicFieldsProps) {
  const t = useT();
  const orders = useWatch({ control, name: 'orders' });
  const order = orders[0];
  return (
    <>
      <AskField control={control} path="fields.itemSku" label={t('askForm.fields.item')} required>
        {(props) => (
          <select
            className="ss-input"
            disabled={order === undefined}
            {...props}
            {...register('fields.itemSku')}
          >
            <option value="">
              {order === undefined ? t('askForm.fields.itemNoOrder') : t('askForm.fields.itemPlaceholder')}
            </option>
            {order?.items.map((item) => (
              <option key={item.sku} value={item.sku}>
                {item.name} ({item.sku})
              </option>
            ))}
          </select>
        )}
      </AskField>
      <LimitedTextField
        control={control}
        register={register}
        path="fields.defect"
        label={t('askForm.fields.defect')}
        hint={t('askForm.fields.defectHint')}
        max={limits.defect.max}
        required
        multiline
      />
    </>
  );
}

function complianceChannel(policy: ReceivedPolicy): ReceivedChannel | undefined {
  return policy.channels.find((channel) => channel.kind === 'compliance');
}

export function FraudFields({ control, register, policy }: TopicFieldsProps & { policy: ReceivedPolicy }) {
  const t = useT();
  const channel = complianceChannel(policy);
  const error = useFieldError(control, 'confidential');
  return (
    <div className="ask-form__fraud">
      <label className="ss-choice">
        <input
          type="checkbox"
          id={fieldIds.confidential}
          aria-invalid={error === undefined ? undefined : true}
          {...register('confidential')}
        />
        <span>
          {t('askForm.fields.confidential')}
          <span className="ss-choice__hint">{t('askForm.fields.confidentialHint')}</span>
        </span>
      </label>
      {channel !== undefined && (
        <div className="ask-form__compliance">
          <p>{t('askForm.fields.complianceAlternative')}</p>
          <ChannelLink channel={channel} />
        </div>
      )}
    </div>
  );
}
