import type { Page } from '@playwright/test';

/**
 * Scripts the benchmark puts into pages. They are source text, not functions: tsx compiles
 * functions with helpers (`__name`) that do not exist in the page. Each leaves its readings on
 * `window.__clBench` and drops `performance.mark()`s, which also appear in the Chrome trace.
 */

/**
 * Init script for a page the content script runs on (before any page script). From
 * DOMContentLoaded on, it watches for our badge hosts (`cl-badge`), then for the React badge
 * (a button) inside each host's open shadow root; when `expected` badges are filled it marks
 * `cl-bench-badges-mounted`. Long tasks (PerformanceObserver 'longtask') are kept as a cross-check.
 */
export function contentProbe(expected: number): string {
  return `(() => {
  if (!/^https?:$/.test(location.protocol)) return;
  const state = window.__clBench = { expected: ${JSON.stringify(expected)}, hosts: 0, filled: 0, longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const pending = new Set();
  const check = () => {
    for (const root of pending) {
      if (!root.querySelector('button')) continue;
      pending.delete(root);
      state.filled++;
    }
    if (state.expected > 0 && state.filled >= state.expected && state.mountedAt === undefined) {
      state.mountedAt = performance.now();
      performance.mark('cl-bench-badges-mounted');
    }
  };
  const inShadow = new MutationObserver(check);
  document.addEventListener('DOMContentLoaded', () => {
    state.domContentLoadedAt = performance.now();
    performance.mark('cl-bench-dcl');
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1 || node.localName !== 'cl-badge') continue;
          state.hosts++;
          if (state.hosts === 1) {
            state.firstHostAt = performance.now();
            performance.mark('cl-bench-first-host');
          }
          if (node.shadowRoot) {
            pending.add(node.shadowRoot);
            inShadow.observe(node.shadowRoot, { childList: true, subtree: true });
          }
        }
      }
      check();
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
})();`;
}

/** Init script for an extension page: when does the first element matching `selector` appear, and the frame after? */
export function firstElementProbe(selector: string): string {
  return `(() => {
  const state = window.__clBench = {};
  const selector = ${JSON.stringify(selector)};
  const found = () => {
    if (state.insertedAt !== undefined || !document.querySelector(selector)) return false;
    state.insertedAt = performance.now();
    performance.mark('cl-bench-first-element');
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { state.shownAt = performance.now(); };
      channel.port2.postMessage(0);
    });
    return true;
  };
  const observer = new MutationObserver(() => { if (found()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** Expression: one plain TreeWalker pass over the page's text nodes, timed in the page. */
export const TREE_WALKER_PASS = `(() => {
  const start = performance.now();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  while (walker.nextNode()) { chars += walker.currentNode.nodeValue.length; nodes++; }
  return { ms: performance.now() - start, chars, nodes };
})()`;

/**
 * Expression installing the keystroke probe on the library page: each keydown is marked
 * (`cl-bench-key-N`) and timed to the frame after it; Event Timing entries ('event', ≥ 16 ms) are
 * kept by interaction; changes of the row count text are timed.
 */
export const KEYSTROKE_PROBE = `(() => {
  const state = window.__clBenchKeys = { keys: [], events: [], countChanges: [] };
  let n = 0;
  window.addEventListener('keydown', (event) => {
    const key = { index: n, at: event.timeStamp };
    performance.mark('cl-bench-key-' + n);
    n++;
    state.keys.push(key);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { key.nextFrameMs = performance.now() - key.at; };
      channel.port2.postMessage(0);
    });
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId || 0, processing: e.processingEnd - e.processingStart });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const count = document.querySelector('.library-count');
  if (count) new MutationObserver(() => state.countChanges.push([performance.now(), count.textContent])).observe(count, { childList: true, subtree: true, characterData: true });
  return true;
})()`;

/**
 * Wait until `expression` is truthy in the page, polling from here with `page.evaluate`
 * (extension pages forbid the `eval` that `waitForFunction` uses for a string predicate).
 */
export async function waitForExpression(page: Page, expression: string, { timeoutMs = 60_000, everyMs = 100 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${expression} on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
