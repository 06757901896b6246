import { afterEach, describe, expect, test, vi } from 'vitest';
import { JudgeView } from '../../components/JudgeView';
import { ModelManager, type ModelManagerProps } from '../../components/ModelManager';
import { JudgeBenchView, type JudgeBenchViewProps } from '../../components/JudgeBenchView';
import { MODEL_CATALOG } from '../../models/model-catalog';
import type { Verdict } from '../../models/verdict';
import { verdict } from './fixtures/verdict';
import { mount } from '../dom';

/** The model tier's views: honest about disagreements, explicit about downloads and failures. */
afterEach(() => document.body.replaceChildren());

describe("the model's reading", () => {
  test('is labelled as the model’s and shows where it disagrees with the instant rules', () => {
    const root = mount(
      <JudgeView
        state={{
          kind: 'verdict',
          model: 'Llama 3.2 1B Instruct',
          verdict,
          spans: {
            client: { message: 1, start: 5, end: 24, text: 'not that big a deal' },
            draft: { start: 0, end: 11, text: 'You need to' },
            risk: null,
            discarded: [],
          },
          seconds: 1.4,
        }}
        instant={{
          respectForAutonomy: 0,
          stanceAlignment: 0,
          emotionalResonance: 1,
          conversationalOrientation: 1,
        }}
      />,
    );
    const text = root.textContent ?? '';
    expect(text).toContain('From Llama 3.2 1B Instruct, on this computer (1.4 s)');
    expect(text).toMatch(/Stands with the client's view.*2.*\(instant rules: not yet\)/);
    // Only the one disagreement is called out.
    expect(text.match(/instant rules:/g)).toHaveLength(1);
    expect(text).toContain('“not that big a deal”');
  });

  test('marks each evidence quote inside the message it comes from', () => {
    const root = mount(
      <JudgeView
        state={{
          kind: 'verdict',
          model: 'Llama 3.2 1B Instruct',
          verdict,
          spans: {
            client: { message: 1, start: 5, end: 24, text: 'not that big a deal' },
            draft: { start: 0, end: 11, text: 'You need to' },
            risk: null,
            discarded: [],
          },
          input: {
            context: [
              { role: 'counselor', text: 'How much do you drink?' },
              { role: 'client', text: "it's not that big a deal tbh" },
            ],
            draft: 'You need to cut down.',
          },
        }}
        instant={null}
      />,
    );
    const marks = [...root.querySelectorAll('.evidence mark')].map((m) => m.firstChild?.textContent);
    expect(marks).toEqual(['not that big a deal', 'You need to']);
    expect(root.querySelector('.evidence')!.textContent).toContain("it's not that big a deal");
    expect(root.querySelectorAll('.evidence')[1]!.textContent).toContain(' cut down.');
  });

  describe('risk in the client messages', () => {
    const input = {
      context: [
        { role: 'counselor', text: 'What has the week been like?' },
        { role: 'client', text: "everyone would be better off without me. i've saved up my pills" },
      ],
      draft: 'Let’s talk about your goals for next week.',
    };
    const riskVerdict = (risk: Verdict['risk']): Verdict => ({ ...verdict, risk });
    const verdictState = (v: Verdict) => ({
      kind: 'verdict' as const,
      model: 'Llama 3.2 1B Instruct',
      verdict: v,
      spans: { client: null, draft: null, risk: null, discarded: [] },
      input,
    });

    test('a higher model reading is shown with the instant level, the kind, the quote and what to do', () => {
      const root = mount(
        <JudgeView
          state={verdictState(
            riskVerdict({ client: "i've saved up my pills", kinds: ['suicide'], level: 'high' }),
          )}
          instant={null}
          instantRisk={{ level: 'possible', evidence: [] }}
        />,
      );
      const alert = root.querySelector('[role=alert]')!;
      expect(alert.textContent).toContain('The model reads higher risk: high (instant rules: possible)');
      expect(alert.textContent).toContain('Suicide');
      expect(alert.querySelector('mark')!.firstChild?.textContent).toBe("i've saved up my pills");
      expect(alert.textContent).toContain('everyone would be better off without me.');
      expect(alert.textContent).toContain(
        "Assess the client's safety now and follow your service's protocol.",
      );
    });

    test('when the instant rules found no risk, the model raising it is shown too', () => {
      const root = mount(
        <JudgeView
          state={verdictState(
            riskVerdict({ client: 'better off without me', kinds: ['suicide'], level: 'possible' }),
          )}
          instant={null}
          instantRisk={{ level: 'none', evidence: [] }}
        />,
      );
      expect(root.textContent).toContain('The model reads higher risk: possible (instant rules: none)');
    });

    test.each([
      ['lower', 'high', 'none'],
      ['the same', 'possible', 'possible'],
    ] as const)(
      'a %s model reading adds nothing: the instant level stands',
      (_name, instantLevel, modelLevel) => {
        const root = mount(
          <JudgeView
            state={verdictState(riskVerdict({ client: '', kinds: [], level: modelLevel }))}
            instant={null}
            instantRisk={{ level: instantLevel, evidence: [] }}
          />,
        );
        expect(root.textContent).not.toContain('higher risk');
        expect(root.querySelector('[role=alert]')).toBeNull();
      },
    );

    test('a raised level stays on screen while the model reads a new draft to the same messages', () => {
      const raised = riskVerdict({ client: "i've saved up my pills", kinds: ['suicide'], level: 'high' });
      const root = mount(
        <JudgeView
          state={{ kind: 'thinking', model: 'Llama 3.2 1B Instruct', earlier: { verdict: raised, input } }}
          instant={null}
          instantRisk={{ level: 'possible' }}
        />,
      );
      expect(root.textContent).toContain('is reading the draft');
      expect(root.textContent).toContain('The model reads higher risk: high (instant rules: possible)');
      // Nothing else of the old verdict: its ratings were about another draft.
      expect(root.textContent).not.toContain(verdict.explanation);
    });

    test('a quote the client never wrote is not shown, the raised level is', () => {
      const root = mount(
        <JudgeView
          state={verdictState(riskVerdict({ client: 'I bought a rope', kinds: ['suicide'], level: 'high' }))}
          instant={null}
          instantRisk={{ level: 'none', evidence: [] }}
        />,
      );
      expect(root.textContent).toContain('The model reads higher risk: high (instant rules: none)');
      expect(root.textContent).not.toContain('I bought a rope');
      expect(root.textContent).toContain("The model gave no quote from the client's messages for this.");
    });
  });

  test('a failure says why, that the instant hints carry on, and offers the fix', () => {
    const onAction = vi.fn();
    const root = mount(
      <JudgeView
        state={{
          kind: 'fallback',
          reason: {
            code: 'device_lost',
            message: 'The GPU ran out of memory. The instant hints carry on.',
            action: {
              kind: 'switch_model',
              modelId: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
              label: 'Qwen2.5 0.5B (q4f32_1)',
            },
          },
        }}
        instant={null}
        onAction={onAction}
      />,
    );
    expect(root.textContent).toContain('The instant hints carry on.');
    root.querySelector('button')!.click();
    expect(onAction).toHaveBeenCalledWith(expect.objectContaining({ kind: 'switch_model' }));
  });
});

const base = (status: ModelManagerProps['status']): ModelManagerProps => ({
  recommendation: null,
  deviceLine: 'WebGPU: test',
  models: MODEL_CATALOG.models,
  selected: MODEL_CATALOG.models[1]!.id,
  status,
  cached: {},
  storage: { usage: 50 * 1024 * 1024, quota: 10_000 * 1024 * 1024 },
  sourceLine: 'huggingface.co',
  onSelect: () => undefined,
  onLoad: () => undefined,
  onConfirm: () => undefined,
  onCancel: () => undefined,
  onDelete: () => undefined,
  onUnload: () => undefined,
});

describe('the model manager', () => {
  test('asks before downloading, naming the size and the host', () => {
    const model = MODEL_CATALOG.models[1]!;
    const onConfirm = vi.fn();
    const root = mount(<ModelManager {...base({ kind: 'confirm', model })} onConfirm={onConfirm} />);
    const dialog = root.querySelector('[role=alertdialog]')!;
    expect(dialog.textContent).toContain(`about ${model.downloadMBApprox} MB`);
    expect(dialog.textContent).toContain('huggingface.co');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Download'))!.click();
    expect(onConfirm).toHaveBeenCalled();
  });

  test('shows progress with bytes and time left, and can cancel', () => {
    const model = MODEL_CATALOG.models[1]!;
    const onCancel = vi.fn();
    const root = mount(
      <ModelManager
        {...base({
          kind: 'loading',
          model,
          progress: {
            fraction: 0.25,
            bytesLoaded: 200 * 1024 * 1024,
            bytesTotal: 800 * 1024 * 1024,
            secondsLeft: 150,
            text: '',
          },
        })}
        onCancel={onCancel}
      />,
    );
    expect(root.querySelector('progress')!.getAttribute('value')).toBe('25');
    expect(root.textContent).toContain('25% · 200 MB of 800 MB · about 3 min left');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    expect(onCancel).toHaveBeenCalled();
    expect(root.textContent).toContain('Attune stores 50 MB on this computer');
  });

  test('a downloaded model can be deleted; an unknown one must be downloaded first', () => {
    const id = MODEL_CATALOG.models[1]!.id;
    const onDelete = vi.fn();
    const downloaded = mount(
      <ModelManager {...base({ kind: 'idle' })} cached={{ [id]: true }} onDelete={onDelete} />,
    );
    const labels = [...downloaded.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['Load for this shift', 'Delete download']);
    downloaded.querySelectorAll('button')[1]!.click();
    expect(onDelete).toHaveBeenCalledWith(id);
    const fresh = mount(<ModelManager {...base({ kind: 'idle' })} />);
    expect([...fresh.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Download and load…']);
  });

  test('without WebGPU says so once, offers no model list, and keeps the IT setting folded', () => {
    const explanation =
      'This browser offers no WebGPU (no adapter was found), so the on-device model cannot run here. ' +
      'The instant hints still work: they need no GPU.';
    const root = mount(
      <ModelManager
        {...base({ kind: 'idle' })}
        selected={null}
        webgpu={false}
        deviceLine="No WebGPU here (no adapter was found)."
        recommendation={{ tier: 'instant', explanation, alternatives: [], reasons: ['no WebGPU adapter'] }}
        sourceSetting={{
          weightsBaseUrl: 'https://huggingface.co/mlc-ai/',
          managed: false,
          note: null,
          message: null,
          onSave: () => undefined,
        }}
      />,
    );
    const text = root.textContent ?? '';
    expect(root.querySelector('summary')!.textContent).toBe('On-device model: not available in this browser');
    expect(text.match(/no adapter was found/g)).toHaveLength(1);
    expect(root.querySelector('#model-select')).toBeNull();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Save source']);
    const it = root.querySelector<HTMLDetailsElement>('details.it-settings')!;
    expect(it.querySelector('summary')!.textContent).toBe('For your IT / clinic policy');
    expect(it.open).toBe(false);
    expect(it.querySelector('#weights-url')).not.toBeNull();
  });

  test('with no model chosen yet the list says so instead of showing a blank choice', () => {
    const root = mount(<ModelManager {...base({ kind: 'idle' })} selected={null} />);
    const select = root.querySelector<HTMLSelectElement>('#model-select')!;
    expect(select.options[select.selectedIndex]!.textContent).toBe('Choose a model');
  });

  test('the demo engine is called a demo engine, never a model that is ready', () => {
    const model = MODEL_CATALOG.models[1]!;
    const root = mount(<ModelManager {...base({ kind: 'ready', model })} demo />);
    const summary = root.querySelector('summary')!.textContent ?? '';
    expect(summary).toBe('On-device model: demo engine on (scripted answers, not a model)');
    expect(summary).not.toMatch(/ready/);
    expect(root.textContent).toContain('Turn the demo engine off');
    const real = mount(<ModelManager {...base({ kind: 'ready', model })} />);
    expect(real.querySelector('summary')!.textContent).toBe(
      `On-device model: ${model.label} (${model.quantization}) ready`,
    );
  });
});

describe('the benchmark page', () => {
  const bench = (extra: Partial<JudgeBenchViewProps> = {}) =>
    mount(
      <JudgeBenchView
        demo={false}
        models={MODEL_CATALOG.models}
        modelId={MODEL_CATALOG.models[1]!.id}
        onModel={() => undefined}
        state={{ kind: 'idle' }}
        onRun={() => undefined}
        extensionVersion="0.1.0"
        {...extra}
      />,
    );
  const runButton = (root: HTMLElement) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Run the benchmark')!;

  test('cannot be run without WebGPU, and says why next to the button', () => {
    const root = bench({
      cannotRun: 'This browser offers no WebGPU, so the on-device model cannot run here.',
    });
    const run = runButton(root);
    expect(run.disabled).toBe(true);
    const reason = document.getElementById(run.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toBe(
      'This browser offers no WebGPU, so the on-device model cannot run here.',
    );
  });

  test('runs where a model can (and on the demo engine)', () => {
    const onRun = vi.fn();
    const root = bench({ cannotRun: null, onRun });
    expect(runButton(root).disabled).toBe(false);
    runButton(root).click();
    expect(onRun).toHaveBeenCalled();
    expect(runButton(bench({ demo: true })).disabled).toBe(false);
  });
});
