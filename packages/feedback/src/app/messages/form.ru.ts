import { askFormRu } from '../../features/ask/i18n/ask-form';
import { helpRu } from '../../features/ask/i18n/help';
import { pickersRu } from '../../features/ask/i18n/pickers';

/** Russian words of the request form (the support page's and the parcel's): fields, pickers, help articles. */
export const formRu = { askForm: askFormRu, pickers: pickersRu, help: helpRu };
