import type { Channel, Policy } from '@seller-support/contract';
import { expectedFirstResponse } from '@seller-support/contract';
import { dayMs } from '../time';

/** Every channel kind the contract knows, with fictional numbers and addresses. */
export const defaultChannels: readonly Channel[] = [
  {
    kind: 'phone',
    label: 'Горячая линия для продавцов',
    labels: { ru: 'Горячая линия для продавцов', en: 'Seller hotline' },
    value: '8 800 000-12-34',
    free: true,
    region: null,
    hours: 'круглосуточно',
    hoursLabels: { ru: 'круглосуточно', en: '24/7' },
  },
  {
    kind: 'phone',
    label: 'Москва и Московская область',
    labels: { ru: 'Москва и Московская область', en: 'Moscow and Moscow Region' },
    value: '+7 495 000-12-34',
    free: false,
    region: 'Москва',
    regionLabels: { ru: 'Москва', en: 'Moscow' },
    hours: '08:00–22:00 МСК',
    hoursLabels: { ru: '08:00–22:00 МСК', en: '08:00–22:00 Moscow time' },
  },
  {
    kind: 'phone',
    label: 'Санкт-Петербург и Ленинградская область',
    labels: { ru: 'Санкт-Петербург и Ленинградская область', en: 'Saint Petersburg and Leningrad Region' },
    value: '+7 812 000-12-34',
    free: false,
    region: 'Санкт-Петербург',
    regionLabels: { ru: 'Санкт-Петербург', en: 'Saint Petersburg' },
    hours: '08:00–22:00 МСК',
    hoursLabels: { ru: '08:00–22:00 МСК', en: '08:00–22:00 Moscow time' },
  },
  {
    kind: 'phone',
    label: 'Казань',
    labels: { ru: 'Казань', en: 'Kazan' },
    value: '+7 843 000-12-34',
    free: false,
    region: 'Казань',
    regionLabels: { ru: 'Казань', en: 'Kazan' },
    hours: '09:00–21:00 МСК',
    hoursLabels: { ru: '09:00–21:00 МСК', en: '09:00–21:00 Moscow time' },
  },
  {
    kind: 'phone',
    label: 'Екатеринбург',
    labels: { ru: 'Екатеринбург', en: 'Yekaterinburg' },
    value: '+7 343 000-12-34',
    free: false,
    region: 'Екатеринбург',
    regionLabels: { ru: 'Екатеринбург', en: 'Yekaterinburg' },
    hours: '09:00–21:00 МСК',
    hoursLabels: { ru: '09:00–21:00 МСК', en: '09:00–21:00 Moscow time' },
  },
  {
    kind: 'phone',
    label: 'Новосибирск',
    labels: { ru: 'Новосибирск', en: 'Novosibirsk' },
    value: '+7 383 000-12-34',
    free: false,
    region: 'Новосибирск',
    regionLabels: { ru: 'Новосибирск', en: 'Novosibirsk' },
    hours: '09:00–21:00 МСК',
    hoursLabels: { ru: '09:00–21:00 МСК', en: '09:00–21:00 Moscow time' },
  },
  {
    kind: 'email',
    label: 'Почта поддержки продавцов',
    labels: { ru: 'Почта поддержки продавцов', en: 'Seller support e-mail' },
    value: 'sellers@support.market.example',
  },
  {
    kind: 'compliance',
    label: 'Линия комплаенса: сообщить о нарушении',
    labels: { ru: 'Линия комплаенса: сообщить о нарушении', en: 'Compliance line: report a violation' },
    value: 'compliance@market.example',
    url: 'https://compliance.market.example/report',
  },
  {
    kind: 'post',
    label: 'Почтовый адрес для документов',
    labels: { ru: 'Почтовый адрес для документов', en: 'Postal address for documents' },
    value: '123112, Москва, Пресненская наб., д. 0, а/я 0, ООО «Маркет Пример», отдел поддержки продавцов',
  },
  {
    kind: 'chat',
    label: 'Чат-помощник в кабинете',
    labels: { ru: 'Чат-помощник в кабинете', en: 'Assistant chat in the cabinet' },
    url: 'https://seller.market.example/chat',
  },
  {
    kind: 'community',
    label: 'Сообщество продавцов',
    labels: { ru: 'Сообщество продавцов', en: 'Seller community' },
    url: 'https://community.market.example/sellers',
  },
];

/** The support policy of api.md with a full channel list; override any top-level field. */
export function makePolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    timeZone: 'Europe/Moscow',
    dayHours: { from: '08:00', to: '22:00' },
    firstResponseMinutes: { day: 15, night: 60 },
    reopenWithinDays: 14,
    attachments: {
      maxFileBytes: 10_485_760,
      maxTotalBytes: 52_428_800,
      maxFiles: 10,
      types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    },
    channels: defaultChannels.map((channel) => ({ ...channel })),
    ...overrides,
  };
}

/** When the first answer is due for a request created at `createdAtMs`, by the policy's day/night targets. */
export function firstResponseDue(policy: Policy, createdAtMs: number): number {
  // The module's own rule (day or night in the policy's zone, windows across midnight), so a
  // new request is never "late" at birth. A target no date can hold is capped at a day.
  const { by } = expectedFirstResponse(policy, new Date(createdAtMs));
  return by?.getTime() ?? createdAtMs + dayMs;
}
