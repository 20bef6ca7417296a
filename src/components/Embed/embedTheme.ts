/**
 * Runs in the embed's HTML before anything draws, after Docusaurus's own colour-mode script: `?theme=light`
 * or `?theme=dark` fixes the colour mode; otherwise it follows the reader's system setting ("system"), not
 * the choice stored for the site itself. Nothing is stored, so an embed never changes the site's setting.
 * The colour-mode provider reads both attributes when it starts, and the graph draws in that mode.
 */
export const embedThemeScript = `(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  var fixed = theme === 'light' || theme === 'dark';
  var mode = fixed ? theme : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.setAttribute('data-theme', mode);
  document.documentElement.setAttribute('data-theme-choice', fixed ? theme : 'system');
})();`;
