/**
 * A tiny script inlined at the end of every page's <body> (its hash goes into the CSP like the
 * boot script's): for an English reader it copies the English labels that `useLabels()` rendered
 * into `data-en-aria-label` / `data-en-title` over the Korean `aria-label` / `title`, so icon
 * buttons are named in English before any app script has run (screen readers and tooltips read
 * attributes, which the both-languages `<T>` trick cannot serve).
 */
export const LABEL_SCRIPT = `(function(){if(document.documentElement.getAttribute('data-ui-lang')!=='en')return;
var a=['aria-label','title'],n=document.querySelectorAll('[data-en-aria-label],[data-en-title]');
for(var i=0;i<n.length;i++)for(var j=0;j<2;j++){var v=n[i].getAttribute('data-en-'+a[j]);if(v!==null)n[i].setAttribute(a[j],v)}})();`;
