import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The monospace font GraphiQL's editors and results are drawn in: it has every precomposed Vietnamese letter. */
export const GRAPHIQL_MONO_FONT = 'Noto Sans Mono';

/**
 * The `@font-face` rules of Noto Sans Mono (Latin and Vietnamese subsets, regular weight), with the font files
 * inlined as data URLs so GraphiQL still needs no network. Read once, on the first GraphiQL page.
 */
function fontFaces(): string {
  return ['latin-400', 'vietnamese-400']
    .map((subset) => {
      const cssPath = require.resolve(`@fontsource/noto-sans-mono/${subset}.css`);
      const css = readFileSync(cssPath, 'utf8');
      // Keep the woff2 source only, inlined; the woff fallback is for browsers GraphiQL does not run on.
      return css.replace(/src:[^;]*;/, (source) => {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(source)?.[1];
        if (!file) return source;
        const data = readFileSync(require.resolve(`@fontsource/noto-sans-mono/files/${file}`)).toString('base64');
        return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
      });
    })
    .join('\n');
}

let cachedStyle: string | undefined;

/**
 * A `<style>` that draws GraphiQL's code in Noto Sans Mono (and its title in a readable contrast). The bundled editor font (Fira Code) lacks the
 * precomposed Vietnamese letters with two marks, so the browser decomposes them and places the second mark
 * beside the letter: "kết" showed as "kêt́". Noto Sans Mono has the same advance width (0.6 em), so the
 * editor's cursor stays aligned.
 */
export function graphiqlFontStyle(): string {
  cachedStyle ??= `<style id="mttq-graphiql-font">
${fontFaces()}
:root, .graphiql-container { --font-family-mono: '${GRAPHIQL_MONO_FONT}', monospace; --monaco-monospace-font: '${GRAPHIQL_MONO_FONT}', monospace; }
.graphiql-container .monaco-editor, .graphiql-container .monaco-editor .view-lines, .graphiql-container .monaco-editor .view-line,
.graphiql-container .monaco-editor textarea, .graphiql-container .result-window, .graphiql-container code, .graphiql-container pre {
  font-family: '${GRAPHIQL_MONO_FONT}', monospace !important;
  font-feature-settings: normal !important;
}
/* The page title beside the logo, dark enough to read (WCAG AA contrast). */
.graphiql-container .graphiql-logo, .graphiql-container .graphiql-logo span { color: #2e3440 !important; opacity: 1 !important; }
</style>`;
  return cachedStyle;
}

/** Adds the Vietnamese-capable monospace font to a GraphiQL page rendered by `@graphql-yoga/render-graphiql`. */
export function withGraphiqlFont(html: string): string {
  return html.replace('</head>', `${graphiqlFontStyle()}\n</head>`);
}
