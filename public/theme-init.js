// Runs before first paint (a blocking script in <head>, not inline, so a strict CSP needs no hash):
// applies the remembered theme, or the system's, so the page never flashes the wrong colours.
// An embed page (<html data-embed>) follows its host instead: `?theme=light|dark`, else the system's setting.
(() => {
  var d = document.documentElement;
  d.classList.add('js');
  var t = null;
  if (d.hasAttribute('data-embed')) {
    try {
      t = new URLSearchParams(location.search).get('theme');
    } catch (_e) {}
  } else {
    try {
      t = localStorage.getItem('theme');
    } catch (_e) {}
  }
  if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  d.setAttribute('data-theme', t);
})();
