import type { Topic } from '@seller-support/contract';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { createMockApi, mockFailure, mockPending } from '@seller-support/mocks';
import { http, HttpResponse } from 'msw';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import type { Translate } from '../../../shared/i18n';
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

/** A topic's radio by its name in the story's language (its description follows the name). */
function topicName(t: Translate, topic: Topic): RegExp {
  return new RegExp(`^${escapeRegExp(t(`askForm.topic.${topic}`))}`);
}

/** A fresh form: the default topic (orders), nothing chosen yet. */
export const Empty: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await expect(module.getByRole('heading', { name: t('askForm.title') })).toBeVisible();
    await expect(module.getByRole('radio', { name: topicName(t, 'orders') })).toBeChecked();
    await expect(module.getByRole('button', { name: t('askForm.submit.send') })).toBeEnabled();
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
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByText(t('askForm.draft.restored'), {}, { timeout: 5000 })).toBeVisible();
    await expect(module.getByRole('textbox', { name: t('askForm.fields.subject') })).toHaveValue(
      'Где выплата',
    );
    await expect(module.getByRole('radio', { name: topicName(t, 'payments') })).toBeChecked();
    await expect(module.getByRole('button', { name: t('askForm.draft.startOver') })).toBeEnabled();
  },
};

type TopicCheck = (module: Module, t: Translate) => Promise<void>;

/** Chooses the topic by its name in the story's language, then checks the fields it brings. */
function topicStory(topic: Topic, check: TopicCheck): Story {
  return {
    async play({ canvasElement, globals }) {
      const t = translatorFor({ globals });
      const module = await ready(canvasElement);
      await userEvent.click(module.getByRole('radio', { name: topicName(t, topic) }));
      await check(module, t);
    },
  };
}

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

/** Matches an accessible name that starts with a label, e.g. a picker's "Orders (required)". */
function startingWith(label: string) {
  return (name: string) => name.startsWith(label);
}

// Every field of the topic, by its label in the story's language.
export const TopicAccount = topicStory('account', async (module, t) => {
  const area = module.getByRole('radiogroup', { name: t('askForm.fields.area') });
  await expect(area).toBeVisible();
  for (const option of [
    t('askForm.fields.area_registration'),
    t('askForm.fields.area_cabinet'),
    t('askForm.fields.area_mobile_app'),
    t('askForm.fields.area_other'),
  ]) {
    await expect(within(area).getByRole('radio', { name: option })).toBeVisible();
  }
  await expect(
    module.getByRole('textbox', { name: t('askForm.fields.stepsToReproduce') }),
  ).toHaveAccessibleDescription(expect.stringContaining(t('askForm.fields.stepsToReproduceHint')));
  await expect(module.getByRole('group', { name: t('askForm.fields.ordersOptional') })).toBeVisible();
  await expect(module.getByRole('group', { name: t('askForm.fields.screenshots') })).toBeVisible();
});

export const TopicOrders = topicStory('orders', async (module, t) => {
  const action = module.getByRole('radiogroup', { name: t('askForm.fields.action') });
  await expect(action).toBeVisible();
  for (const option of [
    t('askForm.fields.actions.change'),
    t('askForm.fields.actions.cancel'),
    t('askForm.fields.actions.return'),
  ]) {
    await expect(within(action).getByRole('radio', { name: option })).toBeVisible();
  }
  await expect(
    module.getByRole('group', { name: startingWith(t('askForm.fields.ordersRequired')) }),
  ).toBeVisible();
  await expect(module.getByRole('group', { name: t('askForm.fields.attachments') })).toBeVisible();
});

export const TopicStaffComplaint = topicStory('staff_complaint', async (module, t) => {
  await expect(module.getByRole('group', { name: startingWith(t('askForm.fields.facility')) })).toBeVisible();
  await expect(module.getByLabelText(t('askForm.fields.incidentDate'))).toBeVisible();
  await expect(module.getByRole('group', { name: t('askForm.fields.ordersOptional') })).toBeVisible();
  await expect(module.getByRole('group', { name: t('askForm.fields.photos') })).toBeVisible();
});

export const TopicParcelLocation = topicStory('parcel_location', async (module, t) => {
  await expect(
    module.getByRole('searchbox', { name: startingWith(t('askForm.fields.inTransitOrders')) }),
  ).toBeVisible();
  await expect(module.getByRole('group', { name: t('askForm.fields.attachments') })).toBeVisible();
});

export const TopicLogisticsInfo = topicStory('logistics_info', async (module, t) => {
  const type = module.getByRole('radiogroup', { name: t('askForm.fields.facilityTypeInfo') });
  await expect(type).toBeVisible();
  for (const option of ['warehouse', 'pickup_point'] as const) {
    await expect(
      within(type).getByRole('radio', { name: t(`askForm.fields.facilityTypes.${option}`) }),
    ).toBeVisible();
  }
  // The facility picker is offered once a type is chosen.
  await userEvent.click(
    within(type).getByRole('radio', { name: t('askForm.fields.facilityTypes.pickup_point') }),
  );
  await expect(
    await module.findByRole('group', { name: startingWith(t('askForm.fields.facilityOptional')) }),
  ).toBeVisible();
  await expect(module.getByRole('group', { name: t('askForm.fields.ordersOptional') })).toBeVisible();
});

export const TopicFraud = topicStory('fraud', async (module, t) => {
  const confidential = module.getByRole('checkbox', { name: startingWith(t('askForm.fields.confidential')) });
  await expect(confidential).toBeChecked();
  await expect(module.getByText(t('askForm.fields.confidentialHint'))).toBeVisible();
  await expect(module.getByText(t('askForm.fields.complianceAlternative'))).toBeVisible();
});

export const TopicPayments = topicStory('payments', async (module, t) => {
  const period = module.getByRole('group', { name: t('askForm.fields.payoutPeriod') });
  await expect(period).toBeVisible();
  await expect(within(period).getByLabelText(t('askForm.fields.periodFrom'))).toBeVisible();
  await expect(within(period).getByLabelText(t('askForm.fields.periodTo'))).toBeVisible();
  await expect(module.getByRole('textbox', { name: t('askForm.fields.amount') })).toHaveAccessibleDescription(
    t('askForm.fields.amountHint'),
  );
  await expect(module.getByRole('group', { name: t('askForm.fields.ordersOptional') })).toBeVisible();
});

export const TopicWarranty = topicStory('warranty', async (module, t) => {
  const item = module.getByRole('combobox', { name: t('askForm.fields.item') });
  await expect(item).toBeDisabled();
  await expect(
    within(item).getByRole('option', { name: t('askForm.fields.itemNoOrder') }),
  ).toBeInTheDocument();
  await expect(module.getByRole('textbox', { name: t('askForm.fields.defect') })).toHaveAccessibleDescription(
    expect.stringContaining(t('askForm.fields.defectHint')),
  );
  await expect(
    module.getByRole('group', { name: startingWith(t('askForm.fields.warrantyOrder')) }),
  ).toBeVisible();
  await expect(module.getByRole('group', { name: t('askForm.fields.photos') })).toBeVisible();
});

/** Submitting an empty form: the summary lists every problem and takes the focus. */
export const ValidationErrors: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    await userEvent.click(module.getByRole('button', { name: submitName }));
    const summary = await module.findByRole('alert');
    await expect(summary).toHaveTextContent(t('askForm.errors.summaryTitle', { count: 4 }));
    // Focus lives inside the shadow root: its activeElement, not the document's.
    await waitFor(() => {
      const root = summary.getRootNode();
      if (!(root instanceof ShadowRoot && root.activeElement === summary))
        throw new Error('Focus is elsewhere.');
    });
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

/** The host hides topics it handles elsewhere: they are not offered. */
export const HiddenTopics: Story = {
  args: { hiddenTopics: ['fraud', 'account'] },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await ready(canvasElement);
    const group = module.getByRole('radiogroup', { name: t('askForm.topic.legend') });
    await expect(within(group).getAllByRole('radio')).toHaveLength(6);
    await expect(module.queryByRole('radio', { name: topicName(t, 'fraud') })).toBeNull();
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
