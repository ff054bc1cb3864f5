/**
 * The `diagram` global: `diagram(spec)`, `diagram('lambda', { bind })`, and `diagram.preset(name)`
 * for a preset to edit before drawing.
 */
import type { DiagramOutput } from '@/lib/kernel/outputs';
import { presetWith, validateDiagram, type DiagramPresetOptions } from './diagram';

/** Builds `diagram` on an output sink. */
export function createDiagramFunction(emit: (output: DiagramOutput) => void) {
  return Object.assign(
    /** Draws an architecture below the cell: a spec, or a preset name with options. */
    function diagram(specOrPreset: unknown, options?: DiagramPresetOptions): void {
      const spec = typeof specOrPreset === 'string' ? presetWith(specOrPreset, options) : specOrPreset;
      emit({ kind: 'diagram', spec: validateDiagram(spec) });
    },
    {
      /** A preset as an editable spec (add nodes, relabel), drawn later with `diagram(spec)`. */
      preset: (name: string, options?: DiagramPresetOptions) => presetWith(name, options),
    },
  );
}
