import type { Topic } from '@seller-support/contract';

/**
 * Where each form value lives on screen: the id of the control the error summary focuses. Ids are
 * unique inside the module's shadow root, which is per mount.
 */
export const fieldIds = {
  topic: 'ask-topic',
  subject: 'ask-subject',
  description: 'ask-description',
  orders: 'ask-orders',
  attachments: 'ask-attachments',
  confidential: 'ask-confidential',
  'fields.area': 'ask-area',
  'fields.stepsToReproduce': 'ask-steps',
  'fields.action': 'ask-action',
  'fields.facilityType': 'ask-facility-type',
  'fields.facility': 'ask-facility',
  'fields.incidentDate': 'ask-incident-date',
  'fields.periodFrom': 'ask-period-from',
  'fields.periodTo': 'ask-period-to',
  'fields.amount': 'ask-amount',
  'fields.itemSku': 'ask-item',
  'fields.defect': 'ask-defect',
} as const;

export type FormPath = keyof typeof fieldIds;

const formPaths: ReadonlySet<string> = new Set(Object.keys(fieldIds));

export function isFormPath(path: string): path is FormPath {
  return formPaths.has(path);
}

/** The order the error summary lists problems in: the order of the fields on screen. */
export const formPathOrder: readonly FormPath[] = [
  'topic',
  'subject',
  'description',
  // The topic's details: where the request is about an order, the orders come first (see
  // TopicDetails); a topic has either its own fields before the orders or after, never both.
  'orders',
  'fields.area',
  'fields.action',
  'fields.facilityType',
  'fields.facility',
  'fields.incidentDate',
  'fields.itemSku',
  'fields.defect',
  'fields.periodFrom',
  'fields.periodTo',
  'fields.amount',
  'fields.stepsToReproduce',
  'attachments',
  'confidential',
];

/**
 * The form field a server's 422 `errors[].path` (a dot path into the request body) belongs to, or
 * null when it names nothing the seller can change (the context snapshot, say).
 */
export function formPathOfBodyPath(bodyPath: string, topic: Topic): FormPath | null {
  const [head = '', second = '', third = ''] = bodyPath.split('.');
  switch (head) {
    case 'subject':
    case 'description':
      return head;
    case 'orderIds':
      return 'orders';
    case 'attachmentIds':
      return 'attachments';
    case 'facilityId':
      return 'fields.facility';
    case 'topic':
      return 'topic';
    case 'confidential':
      return 'confidential';
    case 'fields': {
      if (second === 'payoutPeriod') return third === 'from' ? 'fields.periodFrom' : 'fields.periodTo';
      const path = `fields.${second}`;
      if (topic === 'warranty' && second === 'itemSku') return 'fields.itemSku';
      return isFormPath(path) ? path : null;
    }
    default:
      return null;
  }
}
