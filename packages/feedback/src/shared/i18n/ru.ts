/**
 * Russian messages of the frame's shared namespaces (what every screen, error screens included,
 * may say): the default language and the source of truth for their shape. English (en.ts) is
 * typed against the shape derived from this object, so a key added here and forgotten there is a
 * type error. The shared namespaces only some screens need (attachments, topic names, channel
 * links) have files of their own in namespaces/, one per language, so that a screen's words load
 * with the screen; features keep their own namespaces; app/catalogs.ts assembles each language.
 *
 * A leaf is either a string with `{name}` placeholders or a plural form set
 * (`{ one, few, many, other }`, chosen by Intl.PluralRules from the `count` parameter).
 */
export const sharedRu = {
  common: {
    retry: 'Повторить',
    retryIn: 'Повторить через {wait}',
    /** Next to a Send held by a 429: the wait counting down. */
    sendIn: 'Отправить можно через {wait}',
    wait: {
      seconds: {
        one: '{count} секунду',
        few: '{count} секунды',
        many: '{count} секунд',
        other: '{count} секунды',
      },
      minutes: {
        one: '{count} минуту',
        few: '{count} минуты',
        many: '{count} минут',
        other: '{count} минуты',
      },
      hours: {
        one: '{count} час',
        few: '{count} часа',
        many: '{count} часов',
        other: '{count} часа',
      },
    },
    /** The title of a neutral badge: what the server sent, for support. */
    serverValue: 'Значение от сервера: {value}',
  },
  module: {
    loading: 'Загружаем…',
    nav: {
      label: 'Разделы поддержки',
      ask: 'Новое обращение',
      requests: 'Мои обращения',
    },
    notFound: {
      title: 'Такой страницы в поддержке нет',
      body: 'Возможно, ссылка устарела или в ней опечатка.',
      toAsk: 'Задать вопрос',
      toRequests: 'Открыть мои обращения',
      /** The page is not under the module's basePath (the host's setup, not the seller's link). */
      elsewhere: 'Поддержка открывается по другому адресу',
    },
    crashed: {
      title: 'Что-то пошло не так',
      body: 'Модуль поддержки неожиданно остановился. Попробуйте перезапустить его.',
      reload: 'Перезапустить модуль',
    },
    invalidProps: {
      title: 'Модуль поддержки не запущен',
      body: 'Кабинет передал модулю неверные параметры. Сообщите об этом разработчикам кабинета.',
      missing: '{prop}: обязательный параметр не передан, {expected}',
      invalid: '{prop}: {expected}',
      expected: {
        apiBaseUrl: 'ожидается URL (адрес http(s) или путь, начинающийся с «/»)',
        getAccessToken: 'ожидается функция, возвращающая токен доступа',
        onSessionExpired: 'ожидается функция',
        locale: 'ожидается «ru» или «en»',
        theme:
          'ожидается «light», «dark» или объект с base и tokens: токены из списка модуля (accent, text, bg…), значения без «;», фигурных и угловых скобок, обратной косой черты, «url(» и переводов строк',
        basePath: 'ожидается путь, начинающийся с «/»',
        profileUrl: 'ожидается URL (адрес http(s) или путь, начинающийся с «/»)',
        seller: 'ожидается контекст продавца в формате ответа GET /context',
        initialTopic:
          'ожидается одна из тем обращения (account, orders, staff_complaint, parcel_location, logistics_info, fraud, payments, warranty)',
        initialOrderIds: 'ожидается список номеров заказов (непустые строки, не больше 20)',
        hiddenTopics:
          'ожидается список тем обращения (account, orders, staff_complaint, parcel_location, logistics_info, fraud, payments, warranty)',
        allTopicsHidden: 'скрыты все темы обращения, а хотя бы одна должна остаться',
        initialTopicHidden:
          'скрыта тема, заданная в initialTopic: уберите её из hiddenTopics или выберите другую',
        nonce: 'ожидается строка',
        onEvent: 'ожидается функция',
      },
    },
  },
  errors: {
    network: 'Нет связи с сервером. Проверьте подключение к интернету и повторите попытку.',
    unauthorized: 'Сессия истекла. Войдите в кабинет заново и повторите попытку.',
    forbidden: 'Недостаточно прав, чтобы посмотреть эти данные.',
    server: 'Сервер временно недоступен. Повторите попытку чуть позже.',
    malformed: 'Сервер прислал ответ, который модуль не понимает. Повторите попытку позже.',
    timeout: 'Сервер не ответил вовремя. Повторите попытку.',
    rateLimited: 'Слишком много запросов подряд. Повторите попытку чуть позже.',
    rateLimitedWait:
      'Слишком много запросов подряд. Сервер просит подождать {wait} — потом повторите попытку.',
    unknown: 'Не удалось загрузить данные. Повторите попытку.',
    notFound: 'Таких данных нет: возможно, их удалили. Обновите страницу.',
    conflict: 'Данные изменились, пока вы работали. Обновите страницу и повторите попытку.',
    tooLarge: 'Сервер не принял запрос: он слишком большой.',
    unsupportedType: 'Сервер не принял данные в таком формате.',
    validation: 'Сервер отказался выполнить запрос. Повторите попытку позже.',
  },
  ask: {
    title: 'Поддержка продавцов',
    intro: 'Задайте вопрос — модератор сразу увидит, кто вы, и всё, что нужно для ответа.',
    identity: {
      title: 'Ваши данные',
      readOnlyNote: 'Данные берутся из профиля кабинета, здесь их изменить нельзя.',
      loading: 'Загружаем данные продавца…',
      editInProfile: 'Изменить в профиле',
      deals: 'Сделки',
      dealsSummary: '{orders} {period}, оборот {turnover}',
      orders: {
        one: '{count} заказ',
        few: '{count} заказа',
        many: '{count} заказов',
        other: '{count} заказа',
      },
      period: {
        one: 'за {count} день',
        few: 'за {count} дня',
        many: 'за {count} дней',
        other: 'за {count} дня',
      },
    },
  },
} as const;
