import { preloadableLazy } from '../../shared/lib/preloadable-lazy';

// The form is most of the module's code: the dialog opens at once and the form follows. The
// chunk is the one the application's support page loads too.
export const OrderQuestionForm = preloadableLazy(() =>
  import('./order-question-form').then(({ OrderQuestionForm }) => OrderQuestionForm),
);
