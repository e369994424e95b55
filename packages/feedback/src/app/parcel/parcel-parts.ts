import { preloadableLazy } from '../../shared/lib/preloadable-lazy';
import { OrderQuestionForm } from './order-question-form-part';

// The data layer follows the dialog, and comes with the form: arriving without it, it would show
// a second loading line, and React holds what replaces a fallback for up to 300 ms.
export const ParcelApp = preloadableLazy(() =>
  Promise.all([import('./parcel-app'), OrderQuestionForm.preload()]).then(([{ ParcelApp }]) => ParcelApp),
);
