import { UI_LANG_KEY } from '@/lib/i18n/ui-lang';
import { THEME_KEY } from '@/lib/theme/theme';

/**
 * A tiny script inlined at the top of every page's <head> (its hash is in the CSP): it sets the
 * interface language and the theme on <html> before the first paint, so a student who chose
 * English or dark never sees a flash of Korean or light. Same rules as pickUiLang() and
 * resolveTheme() (a unit test runs both against each other).
 */
export const BOOT_SCRIPT = `(function(){var d=document.documentElement,s=null,c=null;
try{s=localStorage.getItem(${JSON.stringify(UI_LANG_KEY)});c=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}
var l=s==='ko'||s==='en'?s:null,n=navigator.languages||[navigator.language||''];
for(var i=0;!l&&i<n.length;i++){var b=String(n[i]).toLowerCase().split('-')[0];if(b==='ko'||b==='en')l=b}
l=l||'ko';d.setAttribute('data-ui-lang',l);d.lang=l;
if(c!=='light'&&c!=='dark')c='system';
var k=c==='dark'||(c==='system'&&window.matchMedia&&window.matchMedia('(prefers-color-scheme: dark)').matches)?'dark':'light';
d.setAttribute('data-theme-choice',c);d.setAttribute('data-theme',k);d.style.colorScheme=k})();`;
