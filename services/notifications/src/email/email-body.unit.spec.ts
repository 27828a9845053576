import { renderNotification } from '../messages/render';
import { exampleNotification } from '../messages/testing-only/example-notifications';
import { buildEmailBody, escapeHtml } from './email-body';

const BASE_URL = 'https://hpc-access.example';

describe('the e-mail of a notification', () => {
  const rendered = renderNotification(exampleNotification('allocation-suspended'), 'en', BASE_URL);
  const body = buildEmailBody(rendered, 'en');

  it('says in plain text what happened, what to do and where', () => {
    expect(body.subject).toBe(rendered.subject);
    expect(body.text).toContain(rendered.whatHappened);
    expect(body.text).toContain(rendered.nextStep);
    expect(body.text).toContain(rendered.url);
  });

  it('escapes facts in the HTML, and keeps them as they are in the text', () => {
    expect(rendered.whatHappened).toContain('<B-12>');
    expect(body.html).toContain(escapeHtml(rendered.whatHappened));
    expect(body.html).toContain('&lt;B-12&gt;');
    expect(body.html).not.toContain('<B-12>');
    expect(body.text).toContain('<B-12>');
  });

  it('links to the screen, and loads nothing from elsewhere', () => {
    expect(body.html).toContain(`href="${rendered.url}"`);
    expect(body.html).not.toMatch(/<img|<link|<script|url\(/i);
  });

  it('says by when when there is a due date, and not otherwise', () => {
    const due = renderNotification(exampleNotification('attestation-due'), 'en', BASE_URL);
    const withDue = buildEmailBody(due, 'en');
    expect(withDue.text).toContain(`Please act by ${due.dueBy}.`);
    expect(withDue.html).toContain(`Please act by ${due.dueBy}.`);
    expect(body.text).not.toContain('Please act by');
  });

  it('shows a link that is not http(s) as text, never as a link', () => {
    const odd = buildEmailBody({ ...rendered, url: 'javascript:alert(1)' }, 'en');
    expect(odd.html).not.toContain('href="javascript');
  });
});
