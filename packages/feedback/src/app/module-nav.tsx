import { useT } from '../shared/i18n';
import { Link } from '../shared/routing/router';
import { routePaths, type ModuleRoute } from '../shared/routing/routes';

export interface ModuleNavProps {
  route: ModuleRoute;
}

/** The module's own sections; a request's page belongs to "My requests". */
export function ModuleNav({ route }: ModuleNavProps) {
  const t = useT();
  const inRequests = route.name === 'requests' || route.name === 'request';
  return (
    <nav className="module-nav" aria-label={t('module.nav.label')}>
      <ul>
        <li>
          <Link to={routePaths.ask()} aria-current={route.name === 'ask' ? 'page' : undefined}>
            {t('module.nav.ask')}
          </Link>
        </li>
        <li>
          <Link to={routePaths.requests()} aria-current={inRequests ? 'page' : undefined}>
            {t('module.nav.requests')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
