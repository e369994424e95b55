import { ticketStatuses, topics, type TicketStatus, type Topic } from '@seller-support/contract';
import { useId, type RefObject } from 'react';
import { useT } from '../../../shared/i18n';
import { Button } from '../../../shared/ui/button';
import { Field, Fieldset } from '../../../shared/ui/form/field';
import { openStatuses, type TicketListFilters } from '../api/list-tickets';

export interface RequestsFiltersProps {
  /** What the address says now. */
  filters: TicketListFilters;
  /** What the search box holds (ahead of the address while the seller types). */
  searchText: string;
  onSearchTextChange: (text: string) => void;
  /** Enter in the search box: search at once instead of after the pause. */
  onSearchSubmit: () => void;
  onChange: (filters: TicketListFilters) => void;
  /** Clears every filter and puts the focus in the search box. */
  onClear: () => void;
  showClear: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
}

const severalTopics = 'several';

function sameStatuses(a: readonly TicketStatus[], b: readonly TicketStatus[]): boolean {
  return a.length === b.length && a.every((status) => b.includes(status));
}

/** Status (quick choices and one box per status), topic and search; every change goes to the address. */
export function RequestsFilters({
  filters,
  searchText,
  onSearchTextChange,
  onSearchSubmit,
  onChange,
  onClear,
  showClear,
  searchRef,
}: RequestsFiltersProps) {
  const t = useT();
  const baseId = useId();
  const searchId = `${baseId}-search`;
  const topicId = `${baseId}-topic`;

  const setStatuses = (status: readonly TicketStatus[]) => onChange({ ...filters, status });
  const toggleStatus = (status: TicketStatus, checked: boolean) =>
    setStatuses(checked ? [...filters.status, status] : filters.status.filter((other) => other !== status));
  const allChosen = filters.status.length === 0;
  const openChosen = sameStatuses(filters.status, openStatuses);

  const topicValue =
    filters.topic.length === 0 ? '' : filters.topic.length === 1 ? (filters.topic[0] ?? '') : severalTopics;
  const setTopic = (value: string) => {
    if (value === severalTopics) return;
    const topic = topics.find((candidate): candidate is Topic => candidate === value);
    onChange({ ...filters, topic: topic === undefined ? [] : [topic] });
  };

  return (
    <form
      className="requests-filters"
      aria-label={t('requestsList.filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearchSubmit();
      }}
    >
      <div className="requests-filters__row">
        <Field
          id={searchId}
          label={t('requestsList.filters.search')}
          hint={t('requestsList.filters.searchHint')}
        >
          {(control) => (
            <input
              {...control}
              ref={searchRef}
              className="ss-input"
              type="search"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              value={searchText}
              onChange={(event) => onSearchTextChange(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field id={topicId} label={t('requestsList.filters.topic')}>
          {(control) => (
            <select
              {...control}
              className="ss-input"
              value={topicValue}
              onChange={(event) => setTopic(event.currentTarget.value)}
            >
              <option value="">{t('requestsList.filters.allTopics')}</option>
              {topicValue === severalTopics && (
                <option value={severalTopics}>
                  {t('requestsList.filters.severalTopics', { count: filters.topic.length })}
                </option>
              )}
              {topics.map((topic) => (
                <option key={topic} value={topic}>
                  {t(`askForm.topic.${topic}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <Fieldset legend={t('requestsList.filters.status')}>
        <div className="requests-filters__quick" role="group" aria-label={t('requestsList.filters.quick')}>
          <button
            type="button"
            className="requests-filters__toggle"
            aria-pressed={allChosen}
            onClick={() => setStatuses([])}
          >
            {t('requestsList.filters.all')}
          </button>
          <button
            type="button"
            className="requests-filters__toggle"
            aria-pressed={openChosen}
            onClick={() => setStatuses(openStatuses)}
          >
            {t('requestsList.filters.open')}
          </button>
        </div>
        <div className="requests-filters__statuses">
          {ticketStatuses.map((status) => (
            <label key={status} className="ss-choice requests-filters__status">
              <input
                type="checkbox"
                checked={filters.status.includes(status)}
                onChange={(event) => toggleStatus(status, event.currentTarget.checked)}
              />
              {t(`request.statuses.${status}`)}
            </label>
          ))}
        </div>
      </Fieldset>

      {showClear && (
        <p className="requests-filters__clear">
          <Button variant="quiet" onClick={onClear}>
            {t('requestsList.filters.clear')}
          </Button>
        </p>
      )}
    </form>
  );
}
