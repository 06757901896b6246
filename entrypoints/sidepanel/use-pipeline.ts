import { useEffect, useMemo, useState } from 'preact/hooks';
import { assess } from '../../lib/analysis';
import { type PipelineState, ReadingPipeline } from '../../lib/panel/pipeline';

/** The panel's reading pipeline (lib/panel/pipeline.ts) for this page, and its latest state. */
export function usePipeline(): { pipeline: ReadingPipeline; state: PipelineState } {
  const pipeline = useMemo(() => new ReadingPipeline({ assess }), []);
  const [state, setState] = useState<PipelineState>(() => pipeline.current());
  useEffect(() => {
    const unsubscribe = pipeline.subscribe(setState);
    return () => {
      unsubscribe();
      pipeline.dispose();
    };
  }, [pipeline]);
  return { pipeline, state };
}
