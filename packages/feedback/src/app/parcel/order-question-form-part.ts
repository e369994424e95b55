import { lazyScreen } from '../lazy-screen';
import { screenPacks } from '../load-catalog';

// The form is most of the module's code: the dialog opens at once and the form follows, with its
// styles and words beside it. The form's chunk is the one the application's support page loads too.
export const OrderQuestionForm = lazyScreen(
  () => import('../screens/order-question-form'),
  screenPacks.parcelForm,
);
