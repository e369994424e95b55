import { preloadableLazy } from '../../shared/lib/preloadable-lazy';
import { OrderQuestionForm } from './order-question-form-part';

// The data layer follows the dialog, and comes with the form: arriving without it, it would show
// a second loading line, and React holds what replaces a fallback for up to 300 ms.
export const loadParcelApp = () => import('./parcel-app');
export const ParcelApp = preloadableLazy(() =>
  Promise.all([loadParcelApp(), OrderQuestionForm.preload()]).then(([{ ParcelApp }]) => ParcelApp),
);
