import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { checkReservedLang } from './info-string';
import { unclosedFence } from './fence';
import type { Report } from './report';

const RUNNABLE = new Set(['ts', 'typescript', 'sql']);
/** Fences the block builder reads only at the top level. */
const ACTIVITIES = new Set(['quiz', 'hint', 'exercise']);

/**
 * Whole-tree checks that do not depend on where a node sits in the section structure: unclosed
 * fences, raw HTML (which would silently vanish from the page), and runnable-looking fences nested
 * in lists or quotes (which would silently not run).
 */
export function checkTree(tree: Root, text: string, report: Report): void {
  visit(tree, (node, _index, parent) => {
    const start = node.position?.start;
    if (!start) return;
    if (node.type === 'code') {
      const fence = unclosedFence(node, text);
      if (fence) report(start.line, start.column, `code fence opened here is never closed; add a closing ${fence} line`);
      if (parent?.type === 'root') return; // top-level fences are read by the block builder
      const lang = (node.lang ?? '').toLowerCase();
      if (checkReservedLang(lang, start.line, start.column, report)) return;
      if (ACTIVITIES.has(lang)) {
        report(start.line, start.column, `a \`\`\`${node.lang} block inside a list or quote is not read; start the fence at the beginning of a line`);
        return;
      }
      if (RUNNABLE.has(lang) && !/(^|\s)static(\s|$)/.test(node.meta ?? '')) {
        report(
          start.line,
          start.column,
          `a \`\`\`${node.lang} fence inside a list or quote does not become a cell; move it out (start the fence at the beginning of a line) or add 'static'`,
        );
      }
    } else if (node.type === 'html') {
      const value = node.value.trim();
      if (value.startsWith('<!--') || value.startsWith('</')) return; // comments are dropped on purpose
      const snippet = value.split('\n')[0].slice(0, 40);
      report(
        start.line,
        start.column,
        `raw HTML '${snippet}' is not shown in lessons; write it in Markdown, or put code in \`backticks\``,
      );
    }
  });
}
