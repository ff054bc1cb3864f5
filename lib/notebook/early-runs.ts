/**
 * Run clicks that arrive before the notebook is live. The lesson's HTML paints its Run buttons
 * long before the app can act on them: the scripts must load, React must hydrate, and saved
 * edits must be restored first (so a Run never executes the lesson's text where the student's
 * own version was meant). Rather than a disabled button or a lost click, a tiny inline script
 * (its hash is in the CSP like the boot script's) notes which cells were asked to run, and the
 * notebook runs them, in click order, once it is live.
 */

/** The inline script: records the cell id of each Run click until `takeEarlyRuns()` is called. */
export const EARLY_RUN_SCRIPT = `(function(){var q=window.__deEarlyRuns=[];document.addEventListener('click',function(e){
if(window.__deEarlyRuns!==q)return;var b=e.target&&e.target.closest?e.target.closest('[data-action="run"]'):null;
var c=b&&b.closest('[data-cell-id]');if(!c)return;var id=c.getAttribute('data-cell-id');if(q.indexOf(id)<0)q.push(id)},true)})();`;

interface EarlyRunWindow {
  __deEarlyRuns?: string[];
}

/**
 * The cells whose Run was clicked before now, in click order (each once), and stops recording:
 * from now on the notebook's own handlers answer the buttons.
 */
export function takeEarlyRuns(win: EarlyRunWindow = window as EarlyRunWindow): string[] {
  const queued = win.__deEarlyRuns ?? [];
  win.__deEarlyRuns = undefined;
  return queued;
}
