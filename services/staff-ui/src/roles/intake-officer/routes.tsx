import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { validateQueueSearch } from './queue-search';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const IntakeHome = lazyRouteComponent(screens, 'IntakeHome');
const ScreeningPage = lazyRouteComponent(screens, 'ScreeningPage');
const ScreeningQueue = lazyRouteComponent(screens, 'ScreeningQueue');

export function intakeOfficerRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'intake-officer');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: IntakeHome });
  const queue = createRoute({ getParentRoute: () => layout, path: 'queue', validateSearch: validateQueueSearch, component: Queue });
  const application = createRoute({ getParentRoute: () => layout, path: 'applications/$applicationId', component: Application });
  function Queue() {
    const search = queue.useSearch();
    const navigate = queue.useNavigate();
    return <ScreeningQueue search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Application() {
    const { applicationId } = application.useParams();
    return <ScreeningPage applicationId={applicationId} />;
  }
  return layout.addChildren([home, queue, application]);
}
