import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { createMockApi, mockFailure, mockPending } from '@seller-support/mocks';
import { http, HttpResponse } from 'msw';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { askFormEn } from '../i18n/ask-form';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { translatorFor, withinModule } from '../../../testing/story-helpers';
import { DraftStoreProvider } from '../drafts/draft-store-context';
import { createMemoryDraftStore, type DraftStore } from '../drafts/draft-store';
import * as z from 'zod/mini';
import { buildTicketBody } from '../model/build-ticket-body';
import { emptyAskFormValues } from '../model/form-defaults';
import { askFormSchema } from '../model/form-schema';
import { AskRequest } from './ask-request';

type Module = Awaited<ReturnType<typeof withinModule>>;

const fixedNow = new Date('2026-11-25T12:00:00+03:00');

/** One draft store per story, created on its first render. */
function StoryDrafts({ create, children }: { create: () => DraftStore; children: ReactNode }) {
  const [store] = useState(create);
  return <DraftStoreProvider store={store}>{children}</DraftStoreProvider>;
}

function withDrafts(create: () => DraftStore): Decorator {
  return (Story) => (
    <StoryDrafts create={create}>
      <Story />
    </StoryDrafts>
  );
}

const meta = {
  title: 'Ask/Request form',
  component: AskRequest,
  args: { now: fixedNow },
  decorators: [withDrafts(createMemoryDraftStore)],
} satisfies Meta<typeof AskRequest>;

export default meta;
type Story = StoryObj<typeof meta>;

async function ready(canvasElement: HTMLElement): Promise<Module> {
  const module = await withinModule(canvasElement);
  await module.findByRole('radio', { name: /^(Заказы|Orders)/ }, { timeout: 5000 });
  return module;
}

async function fillOrderRequest(module: Module) {
  const [firstOrder] = await module.findAllByRole('option', {}, { timeout: 5000 });
  if (firstOrder === undefined) throw new Error('No orders listed.');
  await userEvent.click(firstOrder);
  await userEvent.click(module.getByRole('radio', { name: /Изменить заказ|Change the order/ }));
  await userEvent.type(
    module.getByRole('textbox', { name: /^(Заголовок|Subject)$/ }),
    'Изменить адрес доставки',
  );
  await userEvent.type(
    module.getByRole('textbox', { name: /^(Описание|Description)$/ }),
    'Нужно доставить в другой пункт выдачи.',
  );
}

const submitName = /Отправить обращение|Send request/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A fresh form: the default topic (orders), nothing chosen yet. */
export const Empty: Story = {
  async play({ canvasElement }) {
    const module = await ready(canvasElement);
    await expect(module.getByRole('radio', { name: /^Заказы/ })).toBeChecked();
    await expect(module.getByRole('button', { name: submitName })).toBeEnabled();
  },
};

export const EmptyEnglish: Story = {
  globals: { locale: 'en' },
  async play({ canvasElement }) {
    const module = await ready(canvasElement);
    await expect(module.getByRole('heading', { name: 'New request' })).toBeVisible();
  },
};

function restoredDrafts(): DraftStore {
  const store = createMemoryDraftStore();
  void store.save('s-1042', {
    values: {
      ...emptyAskFormValues('payments'),
      subject: 'Где выплата',
      description: 'Выплата за октябрь не пришла.',
    },
    idempotencyKey: 'draft-key-1',
    savedAt: '2026-11-25T11:50:00+03:00',
  });
  return store;
}

/** Coming back to a draft saved earlier: its values, and a way to start over. */
export const RestoredDraft: Story = {
  decorators: [withDrafts(restoredDrafts)],
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(
      await module.findByText('Мы восстановили ваш черновик.', {}, { timeout: 5000 }),
    ).toBeVisible();
    await expect(module.getByRole('textbox', { name: 'Заголовок' })).toHaveValue('Где выплата');
    await expect(module.getByRole('radio', { name: /^Платежи/ })).toBeChecked();
  },
};

export const RestoredDraftEnglish: Story = {
  decorators: [withDrafts(restoredDrafts)],
  globals: { locale: 'en' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(await module.findByText('We restored your draft.', {}, { timeout: 5000 })).toBeVisible();
    await expect(module.getByRole('button', { name: 'Start over' })).toBeEnabled();
  },
};

/** "Start over" on a restored draft asks first; the deletion is the danger button. */
export const StartOverAsks: Story = {
  decorators: [withDrafts(restoredDrafts)],
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await userEvent.click(
      await module.findByRole('button', { name: t('askForm.draft.startOver') }, { timeout: 5000 }),
    );
    await expect(module.getByRole('button', { name: t('askForm.draft.confirmDelete') })).toBeVisible();
    await expect(module.getByRole('button', { name: t('askForm.draft.keep') })).toBeVisible();
  },
};

export const StartOverAsksEnglish: Story = { ...StartOverAsks, globals: { locale: 'en' } };

function topicPlay(topicName: RegExp, check: (module: Module) => Promise<void>): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    const module = await ready(canvasElement);
    await userEvent.click(module.getByRole('radio', { name: topicName }));
    await check(module);
  };
}

function topicStory(topicName: RegExp, check: (module: Module) => Promise<void>): Story {
  return { play: topicPlay(topicName, check) };
}

/** Matches an accessible name that starts with a label, e.g. a picker's "Orders (required)". */
function startingWith(label: string) {
  return (name: string) => name.startsWith(label);
}

export const TopicAccount = topicStory(/^Аккаунт/, async (module) => {
  await expect(module.getByRole('radiogroup', { name: 'Где возникла проблема' })).toBeVisible();
  await expect(module.getByRole('textbox', { name: /Как воспроизвести/ })).toBeVisible();
});
export const TopicOrders = topicStory(/^Заказы/, async (module) => {
  await expect(module.getByRole('radiogroup', { name: 'Что нужно сделать' })).toBeVisible();
});
export const TopicStaffComplaint = topicStory(/^Жалоба на сотрудников/, async (module) => {
  await expect(module.getByLabelText('Дата происшествия')).toBeVisible();
});
export const TopicParcelLocation = topicStory(/^Где посылка/, async (module) => {
  await expect(module.getByRole('searchbox', { name: /Заказы в пути/ })).toBeVisible();
});
export const TopicLogisticsInfo = topicStory(/^Склады и пункты выдачи/, async (module) => {
  await expect(module.getByRole('radiogroup', { name: 'О чём вопрос' })).toBeVisible();
});
export const TopicFraud = topicStory(/^Сообщить о нарушении/, async (module) => {
  await expect(module.getByRole('checkbox', { name: /Конфиденциально/ })).toBeChecked();
});
export const TopicPayments = topicStory(/^Платежи/, async (module) => {
  await expect(module.getByRole('textbox', { name: /Сумма/ })).toBeVisible();
});
export const TopicWarranty = topicStory(/^Гарантийный ремонт/, async (module) => {
  await expect(module.getByRole('textbox', { name: 'Неисправность' })).toBeVisible();
});

// The English twins check every field of the topic by its English label (askFormEn).
const en = askFormEn.fields;

export const TopicAccountEnglish: Story = {
  ...TopicAccount,
  globals: { locale: 'en' },
  play: topicPlay(/^Account and cabinet/, async (module) => {
    const area = module.getByRole('radiogroup', { name: en.area });
    await expect(area).toBeVisible();
    for (const option of [en.area_registration, en.area_cabinet, en.area_mobile_app, en.area_other]) {
      await expect(within(area).getByRole('radio', { name: option })).toBeVisible();
    }
    await expect(module.getByRole('textbox', { name: en.stepsToReproduce })).toHaveAccessibleDescription(
      expect.stringContaining(en.stepsToReproduceHint),
    );
    await expect(module.getByRole('group', { name: en.ordersOptional })).toBeVisible();
    await expect(module.getByRole('group', { name: en.screenshots })).toBeVisible();
  }),
};

export const TopicOrdersEnglish: Story = {
  ...TopicOrders,
  globals: { locale: 'en' },
  play: topicPlay(/^Orders/, async (module) => {
    const action = module.getByRole('radiogroup', { name: en.action });
    await expect(action).toBeVisible();
    for (const option of [en.actions.change, en.actions.cancel, en.actions.return]) {
      await expect(within(action).getByRole('radio', { name: option })).toBeVisible();
    }
    await expect(module.getByRole('group', { name: startingWith(en.ordersRequired) })).toBeVisible();
    await expect(module.getByRole('group', { name: en.attachments })).toBeVisible();
  }),
};

export const TopicStaffComplaintEnglish: Story = {
  ...TopicStaffComplaint,
  globals: { locale: 'en' },
  play: topicPlay(/^Complaint about staff/, async (module) => {
    await expect(module.getByRole('group', { name: startingWith(en.facility) })).toBeVisible();
    await expect(module.getByLabelText(en.incidentDate)).toBeVisible();
    await expect(module.getByRole('group', { name: en.ordersOptional })).toBeVisible();
    await expect(module.getByRole('group', { name: en.photos })).toBeVisible();
  }),
};

export const TopicParcelLocationEnglish: Story = {
  ...TopicParcelLocation,
  globals: { locale: 'en' },
  play: topicPlay(/^Where is my parcel/, async (module) => {
    await expect(module.getByRole('searchbox', { name: startingWith(en.inTransitOrders) })).toBeVisible();
    await expect(module.getByRole('group', { name: en.attachments })).toBeVisible();
  }),
};

export const TopicLogisticsInfoEnglish: Story = {
  ...TopicLogisticsInfo,
  globals: { locale: 'en' },
  play: topicPlay(/^Warehouses and pickup points/, async (module) => {
    const type = module.getByRole('radiogroup', { name: en.facilityTypeInfo });
    await expect(type).toBeVisible();
    for (const option of Object.values(en.facilityTypes)) {
      await expect(within(type).getByRole('radio', { name: option })).toBeVisible();
    }
    // The facility picker is offered once a type is chosen.
    await userEvent.click(within(type).getByRole('radio', { name: en.facilityTypes.pickup_point }));
    await expect(await module.findByRole('group', { name: startingWith(en.facilityOptional) })).toBeVisible();
    await expect(module.getByRole('group', { name: en.ordersOptional })).toBeVisible();
  }),
};

export const TopicFraudEnglish: Story = {
  ...TopicFraud,
  globals: { locale: 'en' },
  play: topicPlay(/^Report a violation/, async (module) => {
    const confidential = module.getByRole('checkbox', { name: startingWith(en.confidential) });
    await expect(confidential).toBeChecked();
    await expect(module.getByText(en.confidentialHint)).toBeVisible();
    await expect(module.getByText(en.complianceAlternative)).toBeVisible();
  }),
};

export const TopicPaymentsEnglish: Story = {
  ...TopicPayments,
  globals: { locale: 'en' },
  play: topicPlay(/^Payments and payouts/, async (module) => {
    const period = module.getByRole('group', { name: en.payoutPeriod });
    await expect(period).toBeVisible();
    await expect(within(period).getByLabelText(en.periodFrom)).toBeVisible();
    await expect(within(period).getByLabelText(en.periodTo)).toBeVisible();
    await expect(module.getByRole('textbox', { name: en.amount })).toHaveAccessibleDescription(en.amountHint);
    await expect(module.getByRole('group', { name: en.ordersOptional })).toBeVisible();
  }),
};

export const TopicWarrantyEnglish: Story = {
  ...TopicWarranty,
  globals: { locale: 'en' },
  play: topicPlay(/^Warranty repair/, async (module) => {
    const item = module.getByRole('combobox', { name: en.item });
    await expect(item).toBeDisabled();
    await expect(within(item).getByRole('option', { name: en.itemNoOrder })).toBeInTheDocument();
    await expect(module.getByRole('textbox', { name: en.defect })).toHaveAccessibleDescription(
      expect.stringContaining(en.defectHint),
    );
    await expect(module.getByRole('group', { name: startingWith(en.warrantyOrder) })).toBeVisible();
    await expect(module.getByRole('group', { name: en.photos })).toBeVisible();
  }),
};

/** Submitting an empty form: the summary lists every problem and takes the focus. */
export const ValidationErrors: Story = {
  async play({ canvasElement }) {
    const module = await ready(canvasElement);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    const summary = await module.findByRole('alert');
    await expect(summary).toHaveTextContent('Исправьте 4 ошибки');
    // Focus lives inside the shadow root: its activeElement, not the document's.
    await waitFor(() => {
      const root = summary.getRootNode();
      if (!(root instanceof ShadowRoot && root.activeElement === summary))
        throw new Error('Focus is elsewhere.');
    });
  },
};

export const ValidationErrorsEnglish: Story = {
  ...ValidationErrors,
  globals: { locale: 'en' },
  async play({ canvasElement }) {
    const module = await ready(canvasElement);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    await expect(await module.findByRole('alert')).toHaveTextContent('Fix 4 problems');
  },
};

/** The server has not answered yet: the button is disabled and says so. */
export const Submitting: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('createTicket', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await fillOrderRequest(module);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    await expect(await module.findByRole('button', { name: t('askForm.submit.sending') })).toBeDisabled();
  },
};

export const SubmittingEnglish: Story = { ...Submitting, globals: { locale: 'en' } };

/** Sent: the ticket number, the expected first answer, and a link to the request. */
export const Success: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await fillOrderRequest(module);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    // The number is the server's; the words around it are the story's language.
    const [before = '', after = ''] = t('askForm.success.title', { number: '\u0000' }).split('\u0000');
    const title = new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`);
    await expect(await module.findByRole('heading', { name: title }, { timeout: 5000 })).toBeVisible();
    await expect(module.getByRole('link', { name: t('askForm.success.open') })).toBeVisible();
  },
};

export const SuccessEnglish: Story = { ...Success, globals: { locale: 'en' } };

/** Every attempt answers 503: the seller is told and may send again; the draft stays. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('createTicket', 503, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await fillOrderRequest(module);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    await expect(await module.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      t('askForm.submit.failed.server'),
    );
  },
};

export const ServerErrorEnglish: Story = { ...ServerError, globals: { locale: 'en' } };

/** Too many requests: how long to wait. */
export const RateLimited: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('createTicket', 429, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await fillOrderRequest(module);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    // The wait the server named (mockFailure's Retry-After: 30), in words.
    await expect(await module.findByRole('alert')).toHaveTextContent(
      t('askForm.submit.failed.rateLimited', { wait: t('common.wait.seconds', { count: 30 }) }),
    );
  },
};

export const RateLimitedEnglish: Story = { ...RateLimited, globals: { locale: 'en' } };

/** A 422 that names no field (here a bare text/plain body): the server refused, the way on is to send again. */
export const RefusedWithoutReason: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(
        `${mockApiBaseUrl}/tickets`,
        () =>
          new HttpResponse('Unprocessable Entity', {
            status: 422,
            headers: { 'Content-Type': 'text/plain' },
          }),
      ),
    );
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await fillOrderRequest(module);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    const summary = await module.findByRole('alert');
    await expect(summary).toHaveTextContent(t('askForm.errors.serverFieldsTitle'));
    await expect(summary).toHaveTextContent(t('askForm.submit.refused'));
    await expect(module.getByRole('button', { name: t('askForm.submit.send') })).toBeEnabled();
  },
};

export const RefusedWithoutReasonEnglish: Story = { ...RefusedWithoutReason, globals: { locale: 'en' } };

/** An empty submit: one item per field, each naming the field and the fix. */
export const FieldErrors: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    const summary = await module.findByRole('alert');
    await expect(
      within(summary).getByRole('link', { name: t('askForm.errors.requiredOf.subject') }),
    ).toBeVisible();
    await expect(
      within(summary).getByRole('link', { name: t('askForm.errors.requiredOf.description') }),
    ).toBeVisible();
    await expect(
      within(summary).getByRole('link', { name: t('askForm.errors.requiredOf.orders') }),
    ).toBeVisible();
  },
};

export const FieldErrorsEnglish: Story = { ...FieldErrors, globals: { locale: 'en' } };

/** A server's 422 with its codes: the module's words for each field, the server's own as a detail. */
export const ServerFieldErrors: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(`${mockApiBaseUrl}/tickets`, () =>
        HttpResponse.json(
          {
            status: 422,
            errors: [{ path: 'subject', message: 'must be at most 120 characters', code: 'too_long' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await fillOrderRequest(module);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    const summary = await module.findByRole('alert');
    await expect(
      within(summary).getByRole('link', {
        name: t('askForm.errors.named.tooLong', {
          field: t('askForm.errors.fieldNames.subject'),
          limit: 120,
        }),
      }),
    ).toBeVisible();
    await expect(summary).toHaveTextContent(
      t('askForm.errors.serverSaid', { text: 'must be at most 120 characters' }),
    );
  },
};

export const ServerFieldErrorsEnglish: Story = { ...ServerFieldErrors, globals: { locale: 'en' } };

/** Offline: a banner, and the button says it sends once the connection is back. */
export const Offline: Story = {
  beforeEach() {
    const onLine = spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    return () => onLine.mockRestore();
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await expect(module.getByText(t('askForm.offline.banner'))).toBeVisible();
    await expect(module.getByRole('button', { name: t('askForm.submit.sendWhenOnline') })).toBeVisible();
  },
};

export const OfflineEnglish: Story = { ...Offline, globals: { locale: 'en' } };

// The default mock API serves the default dataset: these are the seller's own orders.
const { store: datasetStore } = createMockApi();
const sellerContext = datasetStore.getContext();
const travelling = sellerContext.inTransit[0];

/** Opened by the host on an order ("ask about this order"): its topic, the order chosen. */
export const Prefilled: Story = {
  args: { prefill: { topic: 'parcel_location', orderIds: travelling ? [travelling.id] : [] } },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await expect(
      module.getByRole('radio', { name: new RegExp(`^${t('askForm.topic.parcel_location')}`) }),
    ).toBeChecked();
    const chosen = module.getByRole('list', { name: t('pickers.orders.selectedLabel') });
    await expect(
      within(chosen).getByRole('button', { name: new RegExp(travelling?.id ?? 'none') }),
    ).toBeVisible();
  },
};

export const PrefilledEnglish: Story = { ...Prefilled, globals: { locale: 'en' } };

/** The host hides topics it handles elsewhere: they are not offered. */
export const HiddenTopics: Story = {
  args: { hiddenTopics: ['fraud', 'account'] },
  async play({ canvasElement }) {
    const module = await ready(canvasElement);
    const group = module.getByRole('radiogroup', { name: /Тема обращения|Topic/ });
    await expect(within(group).getAllByRole('radio')).toHaveLength(6);
    await expect(module.queryByRole('radio', { name: /^Сообщить о нарушении/ })).toBeNull();
  },
};

function draftsWithLostAnswer(): DraftStore {
  const store = createMemoryDraftStore();
  const values = {
    ...emptyAskFormValues('fraud'),
    subject: 'Взятка на складе',
    description: 'Сотрудник просил деньги за приёмку товара.',
  };
  const body = buildTicketBody(z.parse(askFormSchema, values), sellerContext, {
    moduleVersion: '0.1.0',
    hostRoute: '/support',
    locale: 'ru',
    timeZone: 'Europe/Moscow',
    userAgent: 'storybook',
  });
  void store.save('s-1042', {
    values,
    idempotencyKey: 'lost-answer-key',
    savedAt: '2026-11-25T11:50:00+03:00',
    pendingSubmit: { body, idempotencyKey: 'lost-answer-key' },
  });
  return store;
}

/** Reopened after a reload mid-submit: the server is asked again before the seller can edit. */
export const CheckingEarlierSubmit: Story = {
  decorators: [withDrafts(draftsWithLostAnswer)],
  beforeEach({ msw }) {
    msw.use(mockPending('createTicket', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByText(t('askForm.submit.checking'), {}, { timeout: 5000 })).toBeVisible();
    await expect(module.getByRole('button', { name: t('askForm.submit.sending') })).toBeDisabled();
  },
};

export const CheckingEarlierSubmitEnglish: Story = { ...CheckingEarlierSubmit, globals: { locale: 'en' } };
