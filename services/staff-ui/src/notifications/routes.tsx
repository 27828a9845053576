import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { validateInboxSearch, validatePageSearch } from './inbox-search';

const screens = () => import('./screens');
const InboxPage = lazyRouteComponent(screens, 'InboxPage');
const WebhookDeliveriesPage = lazyRouteComponent(screens, 'WebhookDeliveriesPage');
const FailedDeliveriesPage = lazyRouteComponent(screens, 'FailedDeliveriesPage');

/**
 * `/notifications`: every role's inbox and settings, outside the role folders (one inbox per
 * person, whatever role is active); the links in notifications lead into the role screens.
 * Webhooks for applicants and sites, the failed deliveries for programme staff (the API decides who).
 */
export function notificationRoutes(parent: AnyRoute): AnyRoute {
  const layout = createRoute({ getParentRoute: () => parent, path: 'notifications' });
  const inbox = createRoute({ getParentRoute: () => layout, path: '/', validateSearch: validateInboxSearch, component: Inbox });
  const settings = createRoute({ getParentRoute: () => layout, path: 'settings', component: lazyRouteComponent(screens, 'NotificationSettingsPage') });
  const webhooks = createRoute({ getParentRoute: () => layout, path: 'webhooks', component: lazyRouteComponent(screens, 'WebhooksPage') });
  const webhook = createRoute({ getParentRoute: () => layout, path: 'webhooks/$endpointId', validateSearch: validatePageSearch, component: WebhookLog });
  const failed = createRoute({ getParentRoute: () => layout, path: 'deliveries', validateSearch: validatePageSearch, component: Failed });
  function Inbox() {
    const search = inbox.useSearch();
    const navigate = inbox.useNavigate();
    return <InboxPage search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function WebhookLog() {
    const { endpointId } = webhook.useParams();
    const { page } = webhook.useSearch();
    const navigate = webhook.useNavigate();
    return <WebhookDeliveriesPage endpointId={endpointId} page={page ?? 1} onPage={(next) => void navigate({ search: next > 1 ? { page: next } : {} })} />;
  }
  function Failed() {
    const { page } = failed.useSearch();
    const navigate = failed.useNavigate();
    return <FailedDeliveriesPage page={page ?? 1} onPage={(next) => void navigate({ search: next > 1 ? { page: next } : {} })} />;
  }
  return layout.addChildren([inbox, settings, webhooks, webhook, failed]);
}
