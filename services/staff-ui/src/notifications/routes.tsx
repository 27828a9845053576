import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { validateInboxSearch } from './inbox-search';

const screens = () => import('./screens');
const InboxPage = lazyRouteComponent(screens, 'InboxPage');

/**
 * `/notifications`: every role's inbox and settings, outside the role folders (one inbox per
 * person, whatever role is active); the links in notifications lead into the role screens.
 */
export function notificationRoutes(parent: AnyRoute): AnyRoute {
  const layout = createRoute({ getParentRoute: () => parent, path: 'notifications' });
  const inbox = createRoute({ getParentRoute: () => layout, path: '/', validateSearch: validateInboxSearch, component: Inbox });
  const settings = createRoute({ getParentRoute: () => layout, path: 'settings', component: lazyRouteComponent(screens, 'NotificationSettingsPage') });
  function Inbox() {
    const search = inbox.useSearch();
    const navigate = inbox.useNavigate();
    return <InboxPage search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  return layout.addChildren([inbox, settings]);
}
