import type { CabinetLocale } from './preferences';
import type { CabinetRoute } from './routes';

/**
 * Every text of the demo cabinet's own pages, in both of its languages. index.html carries the
 * Russian ones (what a first paint shows); elements marked `data-text="key"` take the text of the
 * chosen language, `data-label="key"` its `aria-label`.
 */
export interface ShellTexts {
  /** The BCP 47 tag dates are written in. */
  readonly dateLocale: string;
  readonly cabinetName: string;
  readonly brand: string;
  readonly navLabel: string;
  readonly routes: Readonly<Record<CabinetRoute, string>>;
  readonly preferencesLabel: string;
  readonly languageLegend: string;
  readonly themeLegend: string;
  readonly themeLight: string;
  readonly themeDark: string;
  readonly dashboardWelcome: string;
  readonly dashboardQuestion: string;
  readonly dashboardWrite: string;
  readonly ordersLoading: string;
  readonly ordersNone: string;
  readonly ordersFailed: string;
  readonly retry: string;
  readonly signOut: string;
  readonly signedOutTitle: string;
  readonly signedOutNote: string;
  readonly signIn: string;
  readonly ordersCaption: string;
  readonly ordersNumber: string;
  readonly ordersDate: string;
  readonly ordersStatus: string;
  readonly ordersItem: string;
  readonly ordersAsk: string;
  readonly askSupport: string;
  /** The hidden part of a row's button, after {@link askSupport}: tells the rows' buttons apart. */
  readonly aboutOrder: (id: string) => string;
  /** The desk's own shell: who is signed in, and the way back to the seller's side. */
  readonly deskSignedIn: string;
  readonly deskToCabinet: string;
  readonly moreItems: (name: string, more: number) => string;
  readonly omittedOrders: (count: number) => string;
  readonly orderStatuses: Readonly<Record<string, string>>;
  readonly unreadLabel: (support: string, unread: number) => string;
  readonly profileText: string;
  readonly notFoundBack: string;
  readonly startupErrorTitle: string;
  readonly startupErrorText: string;
}

const ruPlural = new Intl.PluralRules('ru');

function ruForms(count: number, one: string, few: string, many: string): string {
  const form = ruPlural.select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
}

const ru: ShellTexts = {
  dateLocale: 'ru-RU',
  cabinetName: 'Кабинет продавца',
  brand: 'Маркет · Кабинет продавца',
  navLabel: 'Разделы кабинета',
  routes: {
    dashboard: 'Сводка',
    orders: 'Заказы',
    support: 'Поддержка',
    profile: 'Профиль продавца',
    desk: 'Рабочее место модератора',
    'not-found': 'Страница не найдена',
  },
  preferencesLabel: 'Настройки демо',
  languageLegend: 'Язык',
  themeLegend: 'Оформление',
  themeLight: 'Светлое',
  themeDark: 'Тёмное',
  dashboardWelcome: 'Добро пожаловать в кабинет продавца.',
  dashboardQuestion: 'Вопрос по заказу, возврату или выплате?',
  dashboardWrite: 'Напишите в поддержку',
  ordersLoading: 'Загружаем заказы…',
  ordersNone: 'Заказов пока нет.',
  ordersFailed: 'Не удалось загрузить заказы.',
  retry: 'Повторить',
  signOut: 'Выйти',
  signedOutTitle: 'Вы вышли из кабинета',
  signedOutNote: 'Черновики обращений в поддержку удалены с этого устройства.',
  signIn: 'Войти снова',
  ordersCaption: 'Последние заказы',
  ordersNumber: 'Номер',
  ordersDate: 'Дата',
  ordersStatus: 'Статус',
  ordersItem: 'Товар',
  ordersAsk: 'Вопрос в поддержку',
  askSupport: 'Спросить поддержку',
  aboutOrder: (id) => ` о заказе № ${id}`,
  deskSignedIn: 'Вы вошли как демо-модератор (Модератор Анна)',
  deskToCabinet: 'Кабинет продавца',
  moreItems: (name, more) => `${name} и ещё ${more}`,
  omittedOrders: (count) => `${count} ${ruForms(count, 'заказ', 'заказа', 'заказов')} не удалось показать.`,
  orderStatuses: {
    created: 'Создан',
    packed: 'Собран',
    shipped: 'Передан в доставку',
    in_transit: 'В пути',
    at_pickup_point: 'В пункте выдачи',
    delivered: 'Доставлен',
    cancelled: 'Отменён',
    returned: 'Возвращён',
  },
  unreadLabel: (support, unread) =>
    `${support}, ${unread} ${ruForms(unread, 'непрочитанное', 'непрочитанных', 'непрочитанных')}`,
  profileText: 'Здесь продавец меняет реквизиты и контакты. В демо раздел пустой.',
  notFoundBack: 'Вернуться на сводку',
  startupErrorTitle: 'Кабинет не загрузился',
  startupErrorText: 'Обновите страницу. Если ошибка повторится, напишите администратору.',
};

const en: ShellTexts = {
  dateLocale: 'en-GB',
  cabinetName: 'Seller cabinet',
  brand: 'Market · Seller cabinet',
  navLabel: 'Cabinet sections',
  routes: {
    dashboard: 'Dashboard',
    orders: 'Orders',
    support: 'Support',
    profile: 'Seller profile',
    desk: "Moderator's desk",
    'not-found': 'Page not found',
  },
  preferencesLabel: 'Demo settings',
  languageLegend: 'Language',
  themeLegend: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  dashboardWelcome: 'Welcome to the seller cabinet.',
  dashboardQuestion: 'A question about an order, a return or a payout?',
  dashboardWrite: 'Write to support',
  ordersLoading: 'Loading orders…',
  ordersNone: 'No orders yet.',
  ordersFailed: 'Could not load the orders.',
  retry: 'Try again',
  signOut: 'Sign out',
  signedOutTitle: 'You have signed out',
  signedOutNote: 'Drafts of support requests were deleted from this device.',
  signIn: 'Sign in again',
  ordersCaption: 'Latest orders',
  ordersNumber: 'Number',
  ordersDate: 'Date',
  ordersStatus: 'Status',
  ordersItem: 'Item',
  ordersAsk: 'Question to support',
  askSupport: 'Ask support',
  aboutOrder: (id) => ` about order ${id}`,
  deskSignedIn: 'Signed in as the demo moderator (Модератор Анна)',
  deskToCabinet: 'Seller cabinet',
  moreItems: (name, more) => `${name} and ${more} more`,
  omittedOrders: (count) => `${count} ${count === 1 ? 'order' : 'orders'} could not be shown.`,
  orderStatuses: {
    created: 'Created',
    packed: 'Packed',
    shipped: 'Handed to delivery',
    in_transit: 'In transit',
    at_pickup_point: 'At the pickup point',
    delivered: 'Delivered',
    cancelled: 'Cancelled',
    returned: 'Returned',
  },
  unreadLabel: (support, unread) => `${support}, ${unread} unread`,
  profileText: 'Here the seller changes their details and contacts. Empty in the demo.',
  notFoundBack: 'Back to the dashboard',
  startupErrorTitle: 'The cabinet did not load',
  startupErrorText: 'Reload the page. If the error repeats, write to the administrator.',
};

export const shellTexts: Readonly<Record<CabinetLocale, ShellTexts>> = { ru, en };

function isRoute(name: string, routes: ShellTexts['routes']): name is CabinetRoute {
  return Object.hasOwn(routes, name);
}

/**
 * The text index.html names with `data-text`/`data-label`: a plain text's key (`ordersCaption`)
 * or a section's title (`routes.orders`). A key of neither is a typo in index.html: `undefined`,
 * and the element keeps its text.
 */
export function shellText(texts: ShellTexts, key: string): string | undefined {
  if (key.startsWith('routes.')) {
    const route = key.slice('routes.'.length);
    return isRoute(route, texts.routes) ? texts.routes[route] : undefined;
  }
  const value: unknown = Object.hasOwn(texts, key) ? Reflect.get(texts, key) : undefined;
  return typeof value === 'string' ? value : undefined;
}
