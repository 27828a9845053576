// The administrator's screens, loaded when the role first opens one (routes.tsx): one chunk per role.
export { AdministratorHome } from './AdministratorHome';
export { SettingsPage } from '../../components/settings/SettingsPage';
// The failed orders page the allocation committee has: the administrator retries them too (ORDER_STAFF).
export { FailedOrdersPage } from '../allocation-committee/FailedOrdersPage';
