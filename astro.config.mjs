// This file implements the Astro configuration of Go Runtime Lab: a static site
// (zh-CN at /, English under /en/, routes written by hand in src/pages), MDX for
// chapters, and Shiki highlighting with a light/dark theme pair whose dark colours
// are switched on by CSS (src/styles/code.css) when <html data-theme="dark">.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  // Pages are directories (/part/index.html); links always end with '/'.
  build: { format: 'directory' },
  trailingSlash: 'ignore',
  // No telemetry/network needs at build time; prefetch stays off (no extra JS).
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      wrap: false,
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
