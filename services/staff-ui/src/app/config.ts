/** How this deployment signs people in: served by the platform or the gateway at /config.json. */
export type UiConfig =
  | { auth: { mode: 'development' } }
  | { auth: { mode: 'oidc'; issuer: string; clientId: string; scope: string } };

let loaded: Promise<UiConfig> | null = null;

export function uiConfig(): Promise<UiConfig> {
  loaded ??= fetch('/config.json', { headers: { Accept: 'application/json' } }).then(async (response) => {
    if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
    return (await response.json()) as UiConfig;
  });
  return loaded;
}
