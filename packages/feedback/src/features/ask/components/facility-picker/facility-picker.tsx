import {
  isKnownFacilityType,
  type FacilityType,
  type ReceivedFacility,
  type ReceivedFacilityType,
} from '@seller-support/contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useApiClient } from '../../../../shared/api/api-client-context';
import { useT, type Translate } from '../../../../shared/i18n';
import { Button } from '../../../../shared/ui/button';
import { ErrorState } from '../../../../shared/ui/error-state';
import { unknownValueProps } from '../../../../shared/ui/unknown-value';
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
  value: ReceivedFacility | null;
  onChange: (facility: ReceivedFacility | null) => void;
  required?: boolean;
  error?: string | undefined;
}

/** A facility's type in words; one this version does not know reads "Other". */
function typeLabel(t: Translate, type: ReceivedFacilityType): string {
  return isKnownFacilityType(type)
    ? t(`pickers.facilities.types.${type}`)
    : t('pickers.facilities.typeUnknown');
}

/**
 * Chooses one warehouse, pickup point or distribution centre: a searchable combobox over
 * `GET /facilities`.
 *
 * Hand-written after the WAI-ARIA APG "editable combobox with list autocomplete" instead of a
 * library: a combobox library and its positioning engine cost about 30 KB gzip, a third of the
 * module's budget, for this one field. DOM focus stays on the input and `aria-activedescendant`
 * names the highlighted option (as in the order list). The list is rendered in place and placed
 * with CSS: the module lives in a shadow root, where a portal to document.body would lose the
 * styles and `document.activeElement` is the host, so nothing here reads it.
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
  const listboxId = `${baseId}-listbox`;
  const otherGroupId = `${baseId}-other`;
  const inputRef = useRef<HTMLInputElement>(null);
  const listboxRef = useRef<HTMLDivElement>(null);

  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  // The highlighted option, by id: when a new search replaces the list, a vanished id means none.
  const [activeId, setActiveId] = useState<string | null>(null);
  const [chosenType, setChosenType] = useState<FacilityType | undefined>(
    value !== null && isKnownFacilityType(value.type) ? value.type : types[0],
  );
  // The caller may narrow `types` (the form's facility type changed): fall back to the first one.
  const type = chosenType !== undefined && types.includes(chosenType) ? chosenType : types[0];
  const query = useDebouncedValue(search, facilitySearchDebounceMs);

  const facilities = useQuery(facilitiesQueryOptions(api, { type, query }));
  const received = facilities.data?.items;
  // Facilities of a type this version does not know come last, under a neutral group.
  const known = (received ?? []).filter((facility) => isKnownFacilityType(facility.type));
  const others = (received ?? []).filter((facility) => !isKnownFacilityType(facility.type));
  const items = [...known, ...others];
  const total = facilities.data?.total;
  const omitted = facilities.data?.omitted ?? 0;

  // Never "expanded" over an empty list: the status line below says why there is nothing.
  const expanded = open && items.length > 0;
  const activeIndex = expanded ? items.findIndex((facility) => facility.id === activeId) : -1;
  const activeFacility = items[activeIndex];
  const optionId = (facility: ReceivedFacility) => `${listboxId}-${facility.id}`;

  useEffect(() => {
    if (activeId === null) return;
    listboxRef.current?.querySelector('[data-active]')?.scrollIntoView({ block: 'nearest' });
  }, [activeId, expanded]);

  const close = () => {
    setOpen(false);
    setActiveId(null);
  };

  const select = (facility: ReceivedFacility) => {
    onChange(facility);
    setSearch('');
    close();
  };

  /** Highlights the option `step` away from the current one, wrapping around the ends. */
  const move = (step: 1 | -1) => {
    setOpen(true);
    const count = items.length;
    if (count === 0) return;
    const from = activeIndex === -1 ? (step === 1 ? -1 : count) : activeIndex;
    setActiveId(items[(from + step + count) % count]?.id ?? null);
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        if (event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        if (event.altKey) close();
        else move(-1);
        break;
      case 'Enter':
        // Only a highlighted option is chosen; otherwise Enter does what it does in the form.
        if (!activeFacility) return;
        select(activeFacility);
        break;
      case 'Escape':
        if (expanded) close();
        else if (search !== '') setSearch('');
        else return;
        break;
      case 'Tab':
        close();
        return;
      default:
        return;
    }
    event.preventDefault();
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

  const renderOption = (facility: ReceivedFacility) => (
    // Keys reach the options through the input (aria-activedescendant), never the option itself.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the combobox input handles them
    <div
      key={facility.id}
      id={optionId(facility)}
      role="option"
      aria-selected={facility.id === activeFacility?.id}
      data-active={facility.id === activeFacility?.id || undefined}
      data-chosen={facility.id === value?.id || undefined}
      className="facility-picker__option"
      tabIndex={-1}
      onClick={() => select(facility)}
    >
      <span className="facility-picker__option-line">
        <span className="facility-picker__name">{facility.name}</span>
        <span
          className="facility-picker__badge"
          {...(isKnownFacilityType(facility.type) ? {} : unknownValueProps(t, facility.type))}
        >
          {typeLabel(t, facility.type)}
        </span>
      </span>
      <span className="ss-muted facility-picker__address">{facility.address}</span>
    </div>
  );

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
            <span className="facility-picker__badge">{typeLabel(t, value.type)}</span>
            <span className="ss-muted facility-picker__address">{value.address}</span>
          </div>
          <Button variant="quiet" onClick={clear}>
            {t('pickers.facilities.clear')}
          </Button>
        </div>
      )}

      <div className="facility-picker__combobox">
        <input
          id={id}
          ref={inputRef}
          className="ss-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeFacility ? optionId(activeFacility) : undefined}
          autoComplete="off"
          placeholder={t('pickers.facilities.searchPlaceholder')}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          maxLength={200}
          spellCheck={false}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setActiveId(null);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onInputKeyDown}
          // Nothing else in the combobox takes focus (options are pressed with mouse down
          // prevented), so focus leaving the input is focus leaving the picker: Tab, a click away.
          onBlur={close}
        />
        {/* Always in the DOM so `aria-controls` never points at nothing; hidden while collapsed.
            Mouse down must not move focus off the input: the input keeps it, as APG asks. */}
        <div
          id={listboxId}
          ref={listboxRef}
          role="listbox"
          className="facility-picker__popover"
          aria-label={t('pickers.facilities.listLabel')}
          aria-busy={facilities.isPlaceholderData}
          hidden={!expanded}
          tabIndex={-1}
          onMouseDown={(event) => event.preventDefault()}
        >
          {known.map(renderOption)}
          {others.length > 0 && (
            <div role="group" aria-labelledby={otherGroupId} className="facility-picker__group">
              <div id={otherGroupId} role="presentation" className="facility-picker__group-label">
                {t('pickers.facilities.typeUnknown')}
              </div>
              {others.map(renderOption)}
            </div>
          )}
        </div>
      </div>

      <p className="facility-picker__status" role="status">
        {status}
      </p>
      {/* Facilities the server sent in a shape this version cannot read are left out, and said so. */}
      {omitted > 0 && (
        <p className="ss-muted facility-picker__omitted">
          {t('pickers.facilities.omitted', { count: omitted })}
        </p>
      )}
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
