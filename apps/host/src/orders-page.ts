import { statusLabel, type CabinetOrder, type CabinetOrderPage } from './orders';
import { shellTexts, type ShellTexts } from './shell-texts';

export interface OrdersPageOptions {
  /** The seller's latest orders, and how many of them could not be read. */
  loadOrders: (signal: AbortSignal) => Promise<CabinetOrderPage>;
  /** "Ask support" on a row (the row's button has the focus): opens the module's dialog about the order. */
  askSupport: (orderId: string) => void;
  /** The texts of the cabinet's current language; Russian when left out. */
  texts?: (() => ShellTexts) | undefined;
}

export interface OrdersPage {
  /** The page became visible: load the orders (again). */
  show: () => void;
  /** The page was left: stop loading. */
  hide: () => void;
  /** The cabinet's language changed: the orders shown say it again in the new one. */
  relabel: () => void;
}

function requireIn<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`the Orders page has no ${selector}`);
  return element;
}

function cell(tag: 'td' | 'th', text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function itemText({ firstItem, moreItems }: CabinetOrder, texts: ShellTexts): string {
  const name = firstItem ?? '—';
  return moreItems > 0 ? texts.moreItems(name, moreItems) : name;
}

/** One order: its number as the row's header, and the button that asks support about it. */
function orderRow(
  order: CabinetOrder,
  askSupport: OrdersPageOptions['askSupport'],
  texts: ShellTexts,
  dateFormat: Intl.DateTimeFormat,
): HTMLTableRowElement {
  const row = document.createElement('tr');
  const number = cell('th', order.id);
  number.scope = 'row';

  const date = document.createElement('td');
  const time = document.createElement('time');
  time.dateTime = order.createdAt;
  time.textContent = dateFormat.format(new Date(order.createdAt));
  date.append(time);

  const action = document.createElement('td');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cabinet-button';
  // Every row has this button: the hidden part tells them apart for screen readers and voice control.
  const label = document.createElement('span');
  label.textContent = texts.askSupport;
  const about = document.createElement('span');
  about.className = 'visually-hidden';
  about.textContent = texts.aboutOrder(order.id);
  button.append(label, about);
  button.addEventListener('click', () => {
    // Safari does not focus a clicked button, and the dialog returns the focus to what had it.
    button.focus();
    askSupport(order.id);
  });
  action.append(button);

  row.append(
    number,
    date,
    cell('td', statusLabel(order.status, texts.orderStatuses)),
    cell('td', itemText(order, texts)),
    action,
  );
  return row;
}

/**
 * The cabinet's Orders page: the seller's latest orders in a table, each with a button that opens
 * the support module's "ask about this order" dialog. Rendered from the DOM in index.html; every
 * value from the API goes in as text.
 */
export function createOrdersPage(
  root: ParentNode,
  { loadOrders, askSupport, texts = () => shellTexts.ru }: OrdersPageOptions,
): OrdersPage {
  const status = requireIn(root, '[data-orders-status]', HTMLElement);
  const failure = requireIn(root, '[data-orders-error]', HTMLElement);
  const retry = requireIn(failure, 'button', HTMLButtonElement);
  const table = requireIn(root, '[data-orders-table]', HTMLTableElement);
  const rows = requireIn(table, 'tbody', HTMLTableSectionElement);
  let loading: AbortController | null = null;
  // The latest answer, kept so a new language can render it again without asking the API.
  let shown: CabinetOrderPage | null = null;

  const render = ({ orders, omitted }: CabinetOrderPage) => {
    const current = texts();
    const dateFormat = new Intl.DateTimeFormat(current.dateLocale, { dateStyle: 'short' });
    rows.replaceChildren(...orders.map((order) => orderRow(order, askSupport, current, dateFormat)));
    table.hidden = orders.length === 0;
    const note = omitted === 0 ? '' : current.omittedOrders(omitted);
    status.textContent = note !== '' ? note : orders.length === 0 ? current.ordersNone : '';
  };

  const load = () => {
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    failure.hidden = true;
    // The list already shown stays while it refreshes; only an empty page says it is loading.
    if (table.hidden) status.textContent = texts().ordersLoading;
    loadOrders(controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        shown = answer;
        render(answer);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        status.textContent = '';
        failure.hidden = false;
        // The seller sees the message; the cause goes to the console and error monitoring.
        reportError(error);
      },
    );
  };

  retry.addEventListener('click', load);

  return {
    show: load,
    hide: () => {
      loading?.abort();
      loading = null;
    },
    relabel: () => {
      if (shown !== null) render(shown);
      else if (status.textContent !== '') status.textContent = texts().ordersLoading;
    },
  };
}
