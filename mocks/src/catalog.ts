/**
 * Fictional but realistic raw material for the factories: what a small Moscow seller of home
 * goods sells, where the parcels go, who answers. Names of places are real streets and towns;
 * every phone number, address of the marketplace and web address is made up (`.example`).
 */

export interface CatalogItem {
  sku: string;
  name: string;
  /** Price in kopecks: integers keep sums exact. */
  priceKopecks: number;
}

export const catalog: readonly CatalogItem[] = [
  { sku: 'KT-1270', name: 'Чайник электрический стеклянный 1,7 л', priceKopecks: 2_490_00 },
  { sku: 'KT-1315', name: 'Чайник металлический со свистком 2,5 л', priceKopecks: 1_390_00 },
  { sku: 'TS-0402', name: 'Тостер на 2 ломтика, белый', priceKopecks: 2_190_00 },
  { sku: 'BL-0811', name: 'Блендер погружной 800 Вт', priceKopecks: 3_290_00 },
  { sku: 'MX-0207', name: 'Миксер ручной 5 скоростей', priceKopecks: 1_790_00 },
  { sku: 'SK-2204', name: 'Сковорода чугунная 26 см', priceKopecks: 2_890_00 },
  { sku: 'SK-2210', name: 'Сковорода блинная антипригарная 22 см', priceKopecks: 1_190_00 },
  { sku: 'KS-3301', name: 'Кастрюля эмалированная 3 л', priceKopecks: 1_650_00 },
  { sku: 'NB-4410', name: 'Набор ножей кухонных, 5 предметов', priceKopecks: 3_990_00 },
  { sku: 'DS-5001', name: 'Доска разделочная бамбуковая', priceKopecks: 590_00 },
  { sku: 'KR-1102', name: 'Кружка керамическая «Утро» 350 мл', priceKopecks: 390_00 },
  { sku: 'SR-1120', name: 'Сервиз чайный на 6 персон', priceKopecks: 4_490_00 },
  { sku: 'TR-0907', name: 'Термос из нержавеющей стали 1 л', priceKopecks: 1_490_00 },
  { sku: 'LB-0611', name: 'Ланч-бокс с приборами', priceKopecks: 690_00 },
  { sku: 'PL-7002', name: 'Плед флисовый 150×200 см', priceKopecks: 1_290_00 },
  { sku: 'PD-7105', name: 'Подушка ортопедическая с эффектом памяти', priceKopecks: 2_790_00 },
  { sku: 'PB-7210', name: 'Постельное бельё сатин, 2-спальное', priceKopecks: 4_190_00 },
  { sku: 'PT-7301', name: 'Полотенце махровое 70×140 см', priceKopecks: 790_00 },
  { sku: 'SV-8001', name: 'Светильник настольный светодиодный', priceKopecks: 1_890_00 },
  { sku: 'LM-8020', name: 'Лампа-ночник «Луна»', priceKopecks: 990_00 },
  { sku: 'UV-6003', name: 'Увлажнитель воздуха ультразвуковой', priceKopecks: 3_590_00 },
  { sku: 'OB-6010', name: 'Обогреватель масляный 9 секций', priceKopecks: 4_990_00 },
  { sku: 'VN-6021', name: 'Вентилятор напольный', priceKopecks: 2_590_00 },
  { sku: 'PS-6105', name: 'Пылесос вертикальный беспроводной', priceKopecks: 9_990_00 },
  { sku: 'UT-6201', name: 'Утюг с паровым ударом', priceKopecks: 2_990_00 },
  { sku: 'VS-6310', name: 'Весы кухонные электронные', priceKopecks: 890_00 },
  { sku: 'KM-6402', name: 'Кофемолка электрическая', priceKopecks: 1_590_00 },
  { sku: 'KV-6410', name: 'Кофеварка капельная 1,2 л', priceKopecks: 3_490_00 },
  { sku: 'MV-6502', name: 'Мультиварка 5 л, 12 программ', priceKopecks: 5_990_00 },
  { sku: 'GR-6606', name: 'Гриль электрический контактный', priceKopecks: 4_590_00 },
  { sku: 'KN-9001', name: 'Контейнеры для хранения, набор из 3', priceKopecks: 690_00 },
  { sku: 'SH-9102', name: 'Сушилка для посуды двухъярусная', priceKopecks: 1_190_00 },
  { sku: 'KR-9203', name: 'Корзина для белья плетёная', priceKopecks: 1_490_00 },
  { sku: 'VZ-9304', name: 'Ваза стеклянная 25 см', priceKopecks: 890_00 },
  { sku: 'RM-9405', name: 'Рамка для фото 21×30 см', priceKopecks: 490_00 },
  { sku: 'SV-9506', name: 'Свеча ароматическая «Хвоя»', priceKopecks: 590_00 },
  { sku: 'ZR-9607', name: 'Зеркало настенное круглое 50 см', priceKopecks: 2_390_00 },
  { sku: 'CH-9708', name: 'Часы настенные бесшумные', priceKopecks: 1_290_00 },
  { sku: 'KV-9809', name: 'Ковёр прикроватный 80×150 см', priceKopecks: 2_190_00 },
  { sku: 'GL-9910', name: 'Гладильная доска складная', priceKopecks: 2_690_00 },
];

/** Streets of Moscow for generated pickup points. */
export const moscowStreets: readonly string[] = [
  'ул. Тверская',
  'ул. Новый Арбат',
  'Ленинский пр-т',
  'ул. Профсоюзная',
  'пр-т Мира',
  'ул. Большая Черёмушкинская',
  'Варшавское ш.',
  'ул. Маросейка',
  'ул. Покровка',
  'Кутузовский пр-т',
  'ул. Бауманская',
  'ул. Сретенка',
  'Дмитровское ш.',
  'ул. Кировоградская',
  'Волгоградский пр-т',
  'ул. Люблинская',
  'Щёлковское ш.',
  'ул. Первомайская',
  'Рязанский пр-т',
  'ул. Митинская',
  'ул. Миклухо-Маклая',
  'ул. Удальцова',
  'Мичуринский пр-т',
  'ул. Вавилова',
  'ул. Ботаническая',
  'ул. Сущёвский Вал',
  'Хорошёвское ш.',
  'ул. Маршала Бирюзова',
  'Каширское ш.',
  'ул. Генерала Белова',
];

/** The short name a pickup point goes by: "ул. Тверская" → "Тверская". */
export function shortStreet(street: string): string {
  return street.replace(/^(ул\.|пр-т|ш\.)\s+/, '').replace(/\s+(пр-т|ш\.)$/, '');
}

export const warehouses: readonly { name: string; address: string }[] = [
  { name: 'Склад Подольск', address: 'Московская обл., г. Подольск, ул. Поливановская, вл. 9' },
  {
    name: 'Склад Коледино',
    address: 'Московская обл., г.о. Подольск, д. Коледино, Индустриальный парк, стр. 1',
  },
  { name: 'Склад Электросталь', address: 'Московская обл., г. Электросталь, Ногинское ш., д. 8' },
  { name: 'Склад Чехов', address: 'Московская обл., г. Чехов, ул. Гагарина, д. 98' },
  { name: 'Склад Домодедово', address: 'Московская обл., г.о. Домодедово, с. Ям, ул. Логистическая, д. 1' },
  { name: 'Склад Казань', address: 'Республика Татарстан, г. Казань, ул. Тэцевская, д. 4' },
  { name: 'Склад Екатеринбург', address: 'г. Екатеринбург, ул. Черняховского, д. 104' },
  { name: 'Склад Новосибирск', address: 'г. Новосибирск, ул. Петухова, д. 69' },
];

export const distributionCentres: readonly { name: string; address: string }[] = [
  { name: 'СЦ Внуково', address: 'г. Москва, пос. Внуковское, ул. Центральная, д. 12' },
  { name: 'СЦ Химки', address: 'Московская обл., г. Химки, ул. Бутаково, д. 4' },
  { name: 'СЦ Люберцы', address: 'Московская обл., г. Люберцы, Октябрьский пр-т, д. 381' },
  { name: 'СЦ Шушары', address: 'г. Санкт-Петербург, пос. Шушары, Московское ш., д. 70' },
  { name: 'СЦ Краснодар', address: 'г. Краснодар, ул. Уральская, д. 166' },
  { name: 'СЦ Нижний Новгород', address: 'г. Нижний Новгород, Московское ш., д. 294' },
];

/** Places a parcel is scanned at on its way from a warehouse to a Moscow pickup point. */
export const scanPlaces: readonly string[] = [
  'Склад Коледино',
  'Склад Подольск',
  'СЦ Внуково',
  'СЦ Химки',
  'СЦ Люберцы',
  'Магистральный перевозчик, МКАД 47 км',
];

export const inTransitStates: readonly string[] = [
  'Передан перевозчику',
  'Прибыл в сортировочный центр',
  'В пути в пункт выдачи',
  'Покинул сортировочный центр',
];

export const moderators: readonly { id: string; displayName: string }[] = [
  { id: 'm-7', displayName: 'Модератор Анна' },
  { id: 'm-12', displayName: 'Модератор Сергей' },
  { id: 'm-3', displayName: 'Модератор Ольга' },
  { id: 'm-21', displayName: 'Модератор Тимур' },
];
