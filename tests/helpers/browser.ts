/** Chromium for the client suite: launched from the Debian package, pages that may not touch the network. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/** A page whose requests beyond file: and data: URLs are refused and recorded in `requested`. */
export async function offlinePage(browser: Browser, viewport = { width: 1200, height: 1400 }): Promise<{ context: BrowserContext; page: Page; requested: string[] }> {
  const context = await browser.newContext({ viewport });
  const requested: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    requested.push(url);
    return route.abort();
  });
  return { context, page: await context.newPage(), requested };
}
