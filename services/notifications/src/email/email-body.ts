import { resolveLanguage } from '../messages/format';
import { translate } from '../messages/render';
import type { RenderedNotification } from '../shared/notification';

export interface EmailBody {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every fact and every catalogue string goes into the HTML through this: facts can hold `<`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** Only http(s) links become a button: anything else (a misconfigured base URL) is shown as text. */
function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * The e-mail of a rendered notification, plain text and HTML from the same words. The HTML is one
 * self-contained page with inline styles: no remote images or fonts (nothing tracks the reader, and
 * nothing breaks in a client that blocks them).
 */
export function buildEmailBody(rendered: RenderedNotification, language: string): EmailBody {
  const dueLine = rendered.dueBy === undefined ? undefined : translate('email.dueBy', language, { date: rendered.dueBy });
  const open = translate('email.open', language);
  const linkIntro = translate('email.linkIntro', language);
  const automatic = translate('email.automatic', language);

  const text = [rendered.whatHappened, '', rendered.nextStep, ...(dueLine === undefined ? [] : ['', dueLine]), '', `${linkIntro} ${rendered.url}`, '', '-- ', automatic, ''].join('\n');

  const link = isWebLink(rendered.url)
    ? `<a href="${escapeHtml(rendered.url)}" style="display:inline-block;padding:10px 18px;background:#003399;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(open)}</a>`
    : escapeHtml(rendered.url);
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(resolveLanguage(language))}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(rendered.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-radius:6px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(rendered.subject)}</h1>
<p style="margin:0 0 12px">${escapeHtml(rendered.whatHappened)}</p>
<p style="margin:0 0 12px"><strong>${escapeHtml(rendered.nextStep)}</strong></p>
${dueLine === undefined ? '' : `<p style="margin:0 0 12px">${escapeHtml(dueLine)}</p>\n`}<p style="margin:20px 0">${link}</p>
<p style="margin:0 0 12px;font-size:13px;color:#555555">${escapeHtml(linkIntro)} ${escapeHtml(rendered.url)}</p>
<hr style="border:none;border-top:1px solid #dddddd;margin:20px 0">
<p style="font-size:12px;color:#666666;margin:0">${escapeHtml(automatic)}</p>
</div>
</body>
</html>
`;
  return { subject: rendered.subject, text, html };
}
