import { actingRole, actorOf, NotActingInRoleError } from './actor';
import type { Identity } from './identity';

const chairAndReviewer: Identity = { userId: 'u-1', roles: ['ethics-reviewer', 'ethics-chair'] };

describe('actorOf', () => {
  it('records the user and the role given when they hold it', () => {
    expect(actorOf(chairAndReviewer, 'ethics-chair')).toEqual({ id: 'u-1', role: 'ethics-chair' });
  });

  it('picks the first of the allowed roles the user holds, in the route order, not the token order', () => {
    expect(actingRole(chairAndReviewer, ['ethics-chair', 'ethics-reviewer'])).toBe('ethics-chair');
    expect(actorOf(chairAndReviewer, ['auditor', 'ethics-reviewer', 'ethics-chair'])).toEqual({ id: 'u-1', role: 'ethics-reviewer' });
  });

  it('refuses a role the user does not hold', () => {
    expect(() => actorOf(chairAndReviewer, 'administrator')).toThrow(NotActingInRoleError);
    expect(() => actorOf(chairAndReviewer, ['auditor', 'site'])).toThrow(/none of the roles: auditor, site/);
    expect(actingRole(chairAndReviewer, ['auditor'])).toBeUndefined();
  });
});
