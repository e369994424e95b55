/**
 * Russian words of a channel link (shared/ui/channel-link): the request form and the channels
 * panel both show channels, so these are shared, though they belong to the `channels` namespace.
 */
export const channelLinkRu = {
  opensInNewTab: '(откроется в новой вкладке)',
  free: 'бесплатно',
  paid: 'платно',
  paidRegional: 'платно, регион: {region}',
  hours: 'Часы работы: {hours}',
  report: 'Сообщить онлайн',
} as const;
