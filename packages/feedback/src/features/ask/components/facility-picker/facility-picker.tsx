import { Combobox, ComboboxItem, ComboboxPopover, ComboboxProvider } from '@ariakit/react';
import type { Facility, FacilityType } from '@seller-support/contract';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useApiClient } from '../../../../shared/api/api-client-context';
import { useT } from '../../../../shared/i18n';
import { Button } from '../../../../shared/ui/button';
import { ErrorState } from '../../../../shared/ui/error-state';
import { facilitiesQueryOptions } from '../../api/list-facilities';
import { useDebouncedValue } from '../../../../shared/lib/use-debounced-value';

/** How long typing must pause before the search reaches the server. */
export const facilitySearchDebounceMs = 250;

export interface FacilityPickerProps {
  /** Id of the combobox input: the label points at it and an error summary link moves focus to it. */
  id: string;
  /** Visible label, already translated by the caller. */
  label: string;
  /** Which kinds of facility may be chosen; with more than one, the seller switches between them. */
  types: readonly FacilityType[];
  value: Facility | null;
  onChange: (facility: Facility | null) => void;
  required?: boolean;
  error?: string | undefined;
}

/**
 * Chooses one warehouse, pickup point or distribution centre: a searchable combobox over
 * `GET /facilities` (Ariakit, rendered in place: the module lives in a shadow root, so a portal
 * to document.body would leave the popover without styles).
 */
export function FacilityPicker({
  id,
  label,
  types,
  value,
  onChange,
  required = false,
  error,
}: FacilityPickerProps) {
  const t = useT();
  const api = useApiClient();
  const baseId = useId();
  const labelId = `${baseId}-label`;
  const errorId = `${baseId}-error`;
  const selectedId = `${baseId}-selected`;
  const typeLegendId = `${baseId}-type`;
  const inputRef = useRef<HTMLInputElement>(null);

  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [chosenType, setChosenType] = useState<FacilityType | undefined>(value?.type ?? types[0]);
  // The caller may narrow `types` (the form's facility type changed): fall back to the first one.
  const type = chosenType !== undefined && types.includes(chosenType) ? chosenType : types[0];
  const query = useDebouncedValue(search, facilitySearchDebounceMs);

  const facilities = useQuery(facilitiesQueryOptions(api, { type, query }));
  const items = facilities.data?.items ?? [];
  const total = facilities.data?.total;

  const select = (facilityId: string) => {
    const facility = items.find((candidate) => candidate.id === facilityId);
    if (facility) {
      onChange(facility);
      setSearch('');
    }
  };

  const clear = () => {
    onChange(null);
    inputRef.current?.focus();
  };

  const describedBy = [value ? selectedId : null, error ? errorId : null]
    .filter((part) => part !== null)
    .join(' ');

  let status = '';
  if (facilities.isPending) status = t('pickers.facilities.loading');
  else if (facilities.isError) status = '';
  else if (items.length === 0) status = t('pickers.facilities.noMatches');
  else if (total !== undefined && total > items.length)
    status = t('pickers.facilities.refine', { shown: items.length, total });
  else status = t('pickers.facilities.found', { count: items.length });

  return (
    <div className="facility-picker" role="group" aria-labelledby={labelId}>
      <label id={labelId} htmlFor={id} className="ss-field__label">
        {label}
        {required && <span className="ss-field__required-note"> ({t('pickers.required')})</span>}
      </label>
      {error && (
        <p id={errorId} className="ss-field__error">
          {error}
        </p>
      )}

      {types.length > 1 && (
        <fieldset className="ss-filter-group" aria-labelledby={typeLegendId}>
          <legend id={typeLegendId} className="ss-filter-group__legend">
            {t('pickers.facilities.type')}
          </legend>
          {types.map((option) => (
            <label key={option} className="ss-pill facility-picker__type">
              <input
                type="radio"
                name={`${baseId}-type`}
                value={option}
                checked={type === option}
                onChange={() => setChosenType(option)}
              />
              {t(`pickers.facilities.types.${option}`)}
            </label>
          ))}
        </fieldset>
      )}

      {value && (
        <div id={selectedId} className="facility-picker__selected">
          <div className="facility-picker__selected-text">
            <span className="ss-muted facility-picker__caption">{t('pickers.facilities.selected')}:</span>{' '}
            <span className="facility-picker__name">{value.name}</span>{' '}
            <span className="facility-picker__badge">{t(`pickers.facilities.types.${value.type}`)}</span>
            <span className="ss-muted facility-picker__address">{value.address}</span>
          </div>
          <Button onClick={clear}>{t('pickers.facilities.clear')}</Button>
        </div>
      )}

      <ComboboxProvider
        inputValue={search}
        setInputValue={setSearch}
        selectedValue={value?.id ?? ''}
        setSelectedValue={select}
        // Never "expanded" over an empty list: the status line below says why there is nothing.
        open={open && items.length > 0}
        setOpen={setOpen}
      >
        {/* No `autoSelect`: Ariakit decides it from document.activeElement, which inside a shadow
            root is the host, so it would never fire. Arrow down moves into the list, as in APG. */}
        <Combobox
          id={id}
          ref={inputRef}
          className="ss-input"
          placeholder={t('pickers.facilities.searchPlaceholder')}
          autoComplete="list"
          aria-describedby={describedBy === '' ? undefined : describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          maxLength={200}
          spellCheck={false}
        />
        {items.length > 0 && (
          <ComboboxPopover
            portal={false}
            sameWidth
            gutter={4}
            className="facility-picker__popover"
            aria-label={t('pickers.facilities.listLabel')}
            aria-busy={facilities.isPlaceholderData}
          >
            {items.map((facility) => (
              <ComboboxItem
                key={facility.id}
                value={facility.id}
                setValueOnClick={false}
                className="facility-picker__option"
              >
                <span className="facility-picker__option-line">
                  <span className="facility-picker__name">{facility.name}</span>
                  <span className="facility-picker__badge">
                    {t(`pickers.facilities.types.${facility.type}`)}
                  </span>
                </span>
                <span className="ss-muted facility-picker__address">{facility.address}</span>
              </ComboboxItem>
            ))}
          </ComboboxPopover>
        )}
      </ComboboxProvider>

      <p className="facility-picker__status" role="status">
        {status}
      </p>
      {facilities.isError && (
        <ErrorState
          error={facilities.error}
          onRetry={() => void facilities.refetch()}
          retrying={facilities.isFetching}
        />
      )}
    </div>
  );
}
