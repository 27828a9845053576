import { createRoute, lazyRouteComponent, notFound, type AnyRoute } from '@tanstack/react-router';
import { SETTINGS_SERVICES, type SettingsService } from '../../components/settings/settings-services';
import { roleRoute } from '../role-route';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const AdministratorHome = lazyRouteComponent(screens, 'AdministratorHome');
const SettingsPage = lazyRouteComponent(screens, 'SettingsPage');
const FailedOrdersPage = lazyRouteComponent(screens, 'FailedOrdersPage');

const isService = (value: string): value is SettingsService => (SETTINGS_SERVICES as readonly string[]).includes(value);

export function administratorRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'administrator');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: AdministratorHome });
  // Intake's programme rules are the administrator's alone: their settings are the role's own page.
  const rules = createRoute({ getParentRoute: () => layout, path: 'settings', component: () => <SettingsPage service="intake" /> });
  const other = createRoute({
    getParentRoute: () => layout,
    path: 'settings/$service',
    beforeLoad: ({ params }) => {
      if (!isService(params.service)) throw notFound();
    },
    component: OtherSettings,
  });
  function OtherSettings() {
    const { service } = other.useParams();
    return <SettingsPage key={service} service={service as SettingsService} />;
  }
  const orders = createRoute({ getParentRoute: () => layout, path: 'site-orders', component: FailedOrdersPage });
  return layout.addChildren([home, rules, other, orders]);
}
