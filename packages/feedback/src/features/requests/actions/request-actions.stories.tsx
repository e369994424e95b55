import type { Offer, Ticket } from '@seller-support/contract';
import { createDataset, mockFailure, mockPending, mockResponse } from '@seller-support/mocks';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fireEvent, spyOn, userEvent, waitFor } from 'storybook/test';
import { createMemoryDraftStorage, type DraftStorage } from '../../../shared/drafts/draft-storage';
import { DraftStorageProvider } from '../../../shared/drafts/draft-storage-context';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { translatorFor, withinModule } from '../../../testing/story-helpers';
import { saveReplyDraft } from './reply-draft';
import { LiveTicket } from './testing/live-ticket';
import { afterReopenWindow, datasetNow, showcase } from './testing/showcase';

/** One draft storage per story, created on its first render. */
function StoryDrafts({ create, children }: { create: () => DraftStorage; children: ReactNode }) {
  const [storage] = useState(create);
  return <DraftStorageProvider storage={storage}>{children}</DraftStorageProvider>;
}

function withDrafts(create: () => DraftStorage): Decorator {
  return (Story) => (
    <StoryDrafts create={create}>
      <Story />
    </StoryDrafts>
  );
}

const meta = {
  title: 'Requests/Actions',
  component: LiveTicket,
  args: { ticketId: showcase.inProgress, now: datasetNow },
  decorators: [withDrafts(createMemoryDraftStorage)],
} satisfies Meta<typeof LiveTicket>;

export default meta;
type Story = StoryObj<typeof meta>;
type PlayContext = Parameters<NonNullable<Story['play']>>[0];

/**
 * Types into a controlled field inside the shadow root. `userEvent.type` prepares an element for
 * React's value tracking when it sees the focus at the document, which inside a shadow root sees
 * only the host: the text would reach the DOM but not React. `fireEvent` sets the value the way
 * React expects.
 */
async function enterText(element: HTMLElement, text: string) {
  await fireEvent.input(element, { target: { value: text } });
}

/** Whether the element has the focus inside the module's shadow root. */
function hasFocus(element: HTMLElement): boolean {
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.activeElement === element;
}

// --- reply ------------------------------------------------------------------------------------

async function replyBox({ canvasElement, globals }: PlayContext) {
  const t = translatorFor({ globals });
  const module = await withinModule(canvasElement);
  const box = await module.findByRole(
    'textbox',
    { name: t('requestActions.reply.label') },
    { timeout: 5000 },
  );
  return { t, module, box };
}

/** A request in progress: the reply form, empty, with files from the policy. */
export const ReplyEmpty: Story = {
  async play(context) {
    const { t, module, box } = await replyBox(context);
    await expect(box).toHaveValue('');
    await expect(box).toHaveAccessibleDescription(expect.stringContaining(t('requestActions.reply.hint')));
    await expect(
      // The file field waits for the policy: a cold first story may take longer than a second.
      await module.findByRole('group', { name: t('requestActions.reply.attachments') }, { timeout: 5000 }),
    ).toBeVisible();
    await expect(module.getByRole('button', { name: t('requestActions.reply.send') })).toBeEnabled();
  },
};

function draftStorage(): DraftStorage {
  const storage = createMemoryDraftStorage();
  void saveReplyDraft(storage, showcase.inProgress, {
    body: 'Выплата за 10–16 ноября так и не пришла. Прикладываю выписку.',
    attachments: [{ id: 'att-900', name: 'vypiska.pdf', size: 184_320, type: 'application/pdf' }],
    idempotencyKey: 'story-draft-key',
  });
  return storage;
}

/** Coming back to a reply written earlier: its text and uploaded file, and a note saying so. */
export const ReplyWithDraft: Story = {
  decorators: [withDrafts(draftStorage)],
  async play(context) {
    const { t, module, box } = await replyBox(context);
    await expect(box).toHaveValue('Выплата за 10–16 ноября так и не пришла. Прикладываю выписку.');
    await expect(module.getByText(t('requestActions.reply.restored'))).toBeVisible();
    await expect(await module.findByText('vypiska.pdf')).toBeVisible();
  },
};

/** The message is on its way: the button says so and cannot be pressed twice; nothing says "sent" yet. */
export const ReplySending: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('postMessage', mockApiBaseUrl));
  },
  async play(context) {
    const { t, module, box } = await replyBox(context);
    await enterText(box, 'Есть новости?');
    await userEvent.click(module.getByRole('button', { name: t('requestActions.reply.send') }));
    const sending = await module.findByRole('button', { name: t('requestActions.reply.sending') });
    await expect(sending).toBeDisabled();
    await expect(box).toHaveAttribute('readonly');
    await expect(module.queryByText(t('requestActions.reply.sent'))).toBeNull();
  },
};

/** The server keeps failing (after the automatic retries): what happened and that the text is kept. */
export const ReplyError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('postMessage', 503, mockApiBaseUrl));
  },
  async play(context) {
    const { t, module, box } = await replyBox(context);
    await enterText(box, 'Есть новости?');
    await userEvent.click(module.getByRole('button', { name: t('requestActions.reply.send') }));
    const form = module.getByRole('form', { name: t('requestActions.reply.title') });
    await waitFor(() => expect(form.querySelector('[role="alert"]')).toHaveTextContent(t('errors.server')), {
      timeout: 8000,
    });
    await expect(box).toHaveValue('Есть новости?');
    await expect(module.getByRole('button', { name: t('requestActions.reply.send') })).toBeEnabled();
  },
};

/**
 * Offline: the form says so, "send" becomes "send when back online", and pressing it queues the
 * message (it goes by itself once the connection is back, or the seller takes it back).
 */
export const ReplyQueuedOffline: Story = {
  beforeEach() {
    const onLine = spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    return () => onLine.mockRestore();
  },
  async play(context) {
    const { t, module, box } = await replyBox(context);
    await expect(module.getByText(t('requestActions.reply.offline'))).toBeVisible();
    await enterText(box, 'Пишу из метро, отправьте, когда будет связь.');
    await userEvent.click(module.getByRole('button', { name: t('requestActions.reply.sendWhenOnline') }));
    await expect(await module.findByText(t('requestActions.reply.queued'))).toBeVisible();
    await expect(
      module.getByRole('button', { name: t('requestActions.reply.sendWhenOnline') }),
    ).toBeDisabled();
    await expect(module.getByRole('button', { name: t('requestActions.reply.cancelQueued') })).toBeEnabled();
    await expect(box).toHaveValue('Пишу из метро, отправьте, когда будет связь.');
  },
};

// --- offers -----------------------------------------------------------------------------------

const dataset = createDataset();

function datasetTicket(id: string): Ticket {
  const ticket = dataset.tickets.find((candidate) => candidate.id === id);
  if (!ticket) throw new Error(`No ticket ${id} in the dataset.`);
  return ticket;
}

/** The showcase ticket with an offer, its offer replaced. */
function withOffer(changes: Partial<Offer>): Ticket {
  const ticket = datasetTicket(showcase.offerProposed);
  return {
    ...ticket,
    events: (ticket.events ?? []).map((event) =>
      event.kind === 'offer' ? { ...event, offer: { ...event.offer, ...changes } } : event,
    ),
  };
}

function offerStory(changes: Partial<Offer>, check: (context: PlayContext) => Promise<void>): Story {
  return {
    args: { ticketId: showcase.offerProposed },
    beforeEach({ msw }) {
      msw.use(mockResponse('getTicket', withOffer(changes), mockApiBaseUrl));
    },
    play: check,
  };
}

async function offerCard({ canvasElement, globals }: PlayContext) {
  const t = translatorFor({ globals });
  const module = await withinModule(canvasElement);
  const card = await module.findByRole(
    'region',
    { name: t('requestActions.offer.title') },
    { timeout: 5000 },
  );
  return { t, module, card };
}

async function expectPendingOffer(context: PlayContext, kind: Offer['kind'], amount: RegExp | null) {
  const { t, card } = await offerCard(context);
  await expect(card).toHaveTextContent(t(`requestActions.offer.kind.${kind}`));
  if (amount === null) await expect(card).toHaveTextContent(t('requestActions.offer.noAmount'));
  else await expect(card).toHaveTextContent(amount);
  await expect(card.querySelectorAll('button')).toHaveLength(2);
}

/** A discount with its amount, as money in the seller's language. */
export const OfferDiscount = offerStory(
  {
    kind: 'discount',
    description: 'Скидка на логистику: вернём стоимость доставки по заказу 87412-0093-1',
    amount: { amount: '450.00', currency: 'RUB' },
  },
  (context) =>
    expectPendingOffer(
      context,
      'discount',
      context.globals['locale'] === 'en' ? /RUB\s450\.00/ : /450,00\s₽/,
    ),
);

/** The dataset's offer: a compensation of 1 490,00 ₽. */
export const OfferCompensation = offerStory({}, (context) =>
  expectPendingOffer(
    context,
    'compensation',
    context.globals['locale'] === 'en' ? /RUB\s1,490\.00/ : /1\s490,00\s₽/,
  ),
);

/** A compensation whose amount support will name later. */
export const OfferCompensationWithoutAmount = offerStory(
  { amount: null, description: 'Компенсация по акту приёмки после проверки склада' },
  (context) => expectPendingOffer(context, 'compensation', null),
);

/** An alternative: no money, another way to settle. */
export const OfferAlternative = offerStory(
  {
    kind: 'alternative',
    amount: null,
    description: 'Заменим повреждённый товар на новый из резерва склада за наш счёт',
  },
  (context) => expectPendingOffer(context, 'alternative', null),
);

/** The confirmation step: the question takes the focus, with what it means and an optional comment. */
export const OfferConfirmStep: Story = {
  args: { ticketId: showcase.offerProposed },
  async play(context) {
    const { t, module, card } = await offerCard(context);
    const accept = card.querySelector('button');
    if (accept === null) throw new Error('No accept button.');
    await userEvent.click(accept);
    const step = module.getByRole('group', { name: t('requestActions.offer.confirm.acceptQuestion') });
    await waitFor(() => expect(hasFocus(step)).toBe(true));
    await expect(step).toHaveAccessibleDescription(t('requestActions.offer.confirm.acceptHint'));
    await expect(
      module.getByRole('textbox', { name: new RegExp(t('requestActions.offer.confirm.comment')) }),
    ).toBeVisible();
    await expect(
      module.getByRole('button', { name: t('requestActions.offer.confirm.acceptSubmit') }),
    ).toBeEnabled();
  },
};

/** Decided elsewhere meanwhile (409): the request is fetched again and the seller is told. */
export const OfferAlreadyDecided: Story = {
  args: { ticketId: showcase.offerProposed, offers: 'all' },
  beforeEach({ msw }) {
    msw.use(mockFailure('decideOffer', 409, mockApiBaseUrl));
  },
  async play(context) {
    const { t, module, card } = await offerCard(context);
    await userEvent.click(module.getByRole('button', { name: t('requestActions.offer.decline') }));
    await userEvent.click(
      module.getByRole('button', { name: t('requestActions.offer.confirm.declineSubmit') }),
    );
    await expect(
      await module.findByText(t('requestActions.notice.offerAlreadyDecided'), {}, { timeout: 5000 }),
    ).toBeVisible();
    await expect(card.querySelector('[role="group"]')).toBeNull();
  },
};

/** An offer already decided shows its outcome instead of the buttons. */
export const OfferAccepted: Story = {
  args: { ticketId: showcase.resolved, offers: 'all' },
  async play(context) {
    const { t, card } = await offerCard(context);
    await expect(card).toHaveTextContent(t('requestActions.offer.status.accepted'));
    await expect(card.querySelectorAll('button')).toHaveLength(0);
  },
};

// --- reopen -----------------------------------------------------------------------------------

/** Resolved a few days ago: the request may be reopened, with a reason. */
export const ReopenAvailable: Story = {
  args: { ticketId: showcase.resolved },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const open = await module.findByRole(
      'button',
      { name: t('requestActions.reopen.open') },
      { timeout: 5000 },
    );
    await userEvent.click(open);
    const reason = module.getByRole('textbox', { name: t('requestActions.reopen.reason') });
    await waitFor(() => expect(hasFocus(reason)).toBe(true));
    await userEvent.click(module.getByRole('button', { name: t('requestActions.reopen.submit') }));
    await expect(reason).toHaveAccessibleDescription(
      expect.stringContaining(t('requestActions.text.required')),
    );
  },
};

/** Resolved more than the policy's 14 days ago: why it cannot be reopened, and a new request instead. */
export const ReopenExpired: Story = {
  args: { ticketId: showcase.resolved, now: afterReopenWindow },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(
      await module.findByText(
        t('requestActions.reopen.expired', { days: t('requestActions.reopen.days', { count: 14 }) }),
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    await expect(module.getByRole('link', { name: t('requestActions.reopen.newRequest') })).toHaveAttribute(
      'href',
      '/support/',
    );
    await expect(module.queryByRole('button', { name: t('requestActions.reopen.open') })).toBeNull();
  },
};

// --- rating -----------------------------------------------------------------------------------

/** Rating a resolved request: five labelled choices and a comment; once sent, shown read-only. */
export const RatingForm: Story = {
  args: { ticketId: showcase.resolved },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const group = await module.findByRole(
      'group',
      { name: t('requestActions.rating.legend') },
      { timeout: 5000 },
    );
    await expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(5);
    await userEvent.click(module.getByRole('radio', { name: t('requestActions.rating.scores.4') }));
    await userEvent.click(module.getByRole('button', { name: t('requestActions.rating.submit') }));
    await expect(
      await module.findByText(t('requestActions.rating.given', { score: 4 }), {}, { timeout: 5000 }),
    ).toBeVisible();
    await expect(module.queryByRole('radio')).toBeNull();
  },
};

/** A closed request rated earlier: the rating read-only, no reply, a way to a new request. */
export const RatingGiven: Story = {
  args: { ticketId: showcase.closed },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(
      await module.findByText(t('requestActions.rating.given', { score: 4 }), {}, { timeout: 5000 }),
    ).toBeVisible();
    await expect(module.getByRole('heading', { name: t('requestActions.closed.title') })).toBeVisible();
    await expect(module.queryByRole('textbox')).toBeNull();
  },
};
