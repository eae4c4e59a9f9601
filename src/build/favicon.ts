/**
 * The site's icon, written into every page: a browser asks for `/favicon.ico`
 * otherwise, and a server's log fills with 404s for a file the site never had.
 * Inline, so it needs no request and no path that depends on where the site is
 * published.
 */
export const FAVICON =
  `<link rel="icon" href="data:image/svg+xml,` +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#2b5c9e"/>` +
      `<text x="16" y="23" font-size="20" text-anchor="middle" fill="white">法</text></svg>`,
  ) +
  `">`;
