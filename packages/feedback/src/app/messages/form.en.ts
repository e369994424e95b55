import { askFormEn } from '../../features/ask/i18n/ask-form.en';
import { helpEn } from '../../features/ask/i18n/help.en';
import { pickersEn } from '../../features/ask/i18n/pickers.en';

/** English words of the request form (form.ru.ts). */
export const formEn = { askForm: askFormEn, pickers: pickersEn, help: helpEn };
