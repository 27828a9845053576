import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { validateHistorySearch } from './history-search';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const AuditorHome = lazyRouteComponent(screens, 'AuditorHome');

export function auditorRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'auditor');
  const home = createRoute({ getParentRoute: () => layout, path: '/', validateSearch: validateHistorySearch, component: Home });
  function Home() {
    const search = home.useSearch();
    const navigate = home.useNavigate();
    return <AuditorHome search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  return layout.addChildren([home]);
}
