import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { currentSession } from '../../auth/session';
import { roleRoute } from '../role-route';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const ImportReportPage = lazyRouteComponent(screens, 'ImportReportPage');
const ImportsList = lazyRouteComponent(screens, 'ImportsList');
const SiteApplications = lazyRouteComponent(screens, 'SiteApplications');
const SiteHome = lazyRouteComponent(screens, 'SiteHome');
const SiteOrdersPage = lazyRouteComponent(screens, 'SiteOrdersPage');

export function siteRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'site');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: SiteHome });
  // The site's own orders; `sites/$siteId/orders` names a site in the URL (another's answers 403).
  const own = createRoute({ getParentRoute: () => layout, path: 'orders', component: () => <SiteOrdersPage siteId={currentSession()?.siteId ?? ''} /> });
  const named = createRoute({ getParentRoute: () => layout, path: 'sites/$siteId/orders', component: Named });
  const assessments = createRoute({ getParentRoute: () => layout, path: 'assessments', component: () => <SiteApplications /> });
  const imports = createRoute({ getParentRoute: () => layout, path: 'imports', component: () => <ImportsList linkBase="/site/imports" /> });
  const report = createRoute({ getParentRoute: () => layout, path: 'imports/$importId', component: Report });
  function Named() {
    const { siteId } = named.useParams();
    return <SiteOrdersPage siteId={siteId} />;
  }
  function Report() {
    const { importId } = report.useParams();
    return <ImportReportPage importId={importId} />;
  }
  return layout.addChildren([home, own, named, assessments, imports, report]);
}
