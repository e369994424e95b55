import { useT } from '../shared/i18n';
import { Link, PageHeading } from '../shared/routing/router';
import { routePaths } from '../shared/routing/routes';

/** A module path that names no screen (an old or mistyped link): say so and offer the way on. */
export function NotFoundScreen() {
  const t = useT();
  return (
    <section className="not-found">
      <PageHeading>{t('module.notFound.title')}</PageHeading>
      <p>{t('module.notFound.body')}</p>
      <p className="not-found__links">
        <Link to={routePaths.ask()}>{t('module.notFound.toAsk')}</Link>
        <Link to={routePaths.requests()}>{t('module.notFound.toRequests')}</Link>
      </p>
    </section>
  );
}
