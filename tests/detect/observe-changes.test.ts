// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeChanges } from '@/utils/detect/observe-changes';

const flushMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('observeChanges', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('calls back once after a burst of changes', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeChanges(document.body, onChange, { signal: controller.signal, debounceMs: 30 });
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await flushMutations();
    expect(onChange).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('ignores insertions of ignored nodes, but not their removal', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    const ignore = (node: Node) => node.nodeType === 1 && (node as Element).localName === 'cl-badge';
    observeChanges(document.body, onChange, { signal: controller.signal, debounceMs: 10, ignore });
    const badge = document.createElement('cl-badge');
    document.body.append(badge);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onChange).not.toHaveBeenCalled();
    badge.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onChange).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('stops when the signal aborts, and does nothing with an aborted signal', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeChanges(document.body, onChange, { signal: controller.signal, debounceMs: 10 });
    document.body.append(document.createElement('p'));
    controller.abort();
    observeChanges(document.body, onChange, { signal: controller.signal, debounceMs: 10 });
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('fires within the maximum wait even while changes keep coming', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeChanges(document.body, onChange, { signal: controller.signal, debounceMs: 40, maxWaitMs: 60 });
    const started = Date.now();
    while (Date.now() - started < 150) {
      document.body.append(document.createElement('p'));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(onChange).toHaveBeenCalled();
    controller.abort();
  });
});
