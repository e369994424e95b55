import type { Channel, Policy } from '@seller-support/contract';
import { expectedFirstResponse } from '@seller-support/contract';
import { dayMs } from '../time';

/** Every channel kind the contract knows, with fictional numbers and addresses. */
export const defaultChannels: readonly Channel[] = [
  {
    kind: 'phone',
    label: 'Горячая линия для продавцов',
    value: '8 800 000-12-34',
    free: true,
    region: null,
    hours: 'круглосуточно',
  },
  {
    kind: 'phone',
    label: 'Москва и Московская область',
    value: '+7 495 000-12-34',
    free: false,
    region: 'Москва',
    hours: '08:00–22:00 МСК',
  },
  {
    kind: 'phone',
    label: 'Санкт-Петербург и Ленинградская область',
    value: '+7 812 000-12-34',
    free: false,
    region: 'Санкт-Петербург',
    hours: '08:00–22:00 МСК',
  },
  {
    kind: 'phone',
    label: 'Казань',
    value: '+7 843 000-12-34',
    free: false,
    region: 'Казань',
    hours: '09:00–21:00 МСК',
  },
  {
    kind: 'phone',
    label: 'Екатеринбург',
    value: '+7 343 000-12-34',
    free: false,
    region: 'Екатеринбург',
    hours: '09:00–21:00 МСК',
  },
  {
    kind: 'phone',
    label: 'Новосибирск',
    value: '+7 383 000-12-34',
    free: false,
    region: 'Новосибирск',
    hours: '09:00–21:00 МСК',
  },
  { kind: 'email', label: 'Почта поддержки продавцов', value: 'sellers@support.market.example' },
  {
    kind: 'compliance',
    label: 'Линия комплаенса: сообщить о нарушении',
    value: 'compliance@market.example',
    url: 'https://compliance.market.example/report',
  },
  {
    kind: 'post',
    label: 'Почтовый адрес для документов',
    value: '123112, Москва, Пресненская наб., д. 0, а/я 0, ООО «Маркет Пример», отдел поддержки продавцов',
  },
  { kind: 'chat', label: 'Чат-помощник в кабинете', url: 'https://seller.market.example/chat' },
  {
    kind: 'community',
    label: 'Сообщество продавцов',
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
