import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { validateAsOfSearch } from './as-of-search';
import { validateHistorySearch } from './history-search';
import { validateTimelineSearch } from './timeline-search';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const AuditorHome = lazyRouteComponent(screens, 'AuditorHome');
const TimelinePage = lazyRouteComponent(screens, 'TimelinePage');
const AsOfPage = lazyRouteComponent(screens, 'AsOfPage');
const VerificationPage = lazyRouteComponent(screens, 'VerificationPage');

export function auditorRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'auditor');
  const home = createRoute({ getParentRoute: () => layout, path: '/', validateSearch: validateHistorySearch, component: Home });
  function Home() {
    const search = home.useSearch();
    const navigate = home.useNavigate();
    return <AuditorHome search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  const timeline = createRoute({ getParentRoute: () => layout, path: 'timeline', validateSearch: validateTimelineSearch, component: Timeline });
  function Timeline() {
    const search = timeline.useSearch();
    const navigate = timeline.useNavigate();
    return <TimelinePage search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  const asOf = createRoute({ getParentRoute: () => layout, path: 'as-of', validateSearch: validateAsOfSearch, component: AsOf });
  function AsOf() {
    const search = asOf.useSearch();
    const navigate = asOf.useNavigate();
    return <AsOfPage search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  const verification = createRoute({ getParentRoute: () => layout, path: 'verification', component: VerificationPage });
  return layout.addChildren([home, timeline, asOf, verification]);
}
