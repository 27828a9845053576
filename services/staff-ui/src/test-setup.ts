// Vitest: i18n for every file; under jsdom, Mantine reads these browser APIs that jsdom does not have.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import './i18n';

afterEach(() => cleanup());

// findBy* and waitFor poll until this limit (1 s by default): on CI's loaded cores a query's answer
// can take longer to render; waiting longer costs nothing when it comes sooner.
configure({ asyncUtilTimeout: 10_000 });

if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false }) as MediaQueryList;
}
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined') window.ResizeObserver ??= NoResizeObserver;
