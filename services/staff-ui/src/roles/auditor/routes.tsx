import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { AuditorHome } from './AuditorHome';
import { validateHistorySearch } from './history-search';

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
