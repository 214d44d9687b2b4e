interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Let the browser run other tasks (input, rendering) before going on: `scheduler.yield()` where
 * there is one (it resumes ahead of other queued tasks), else a new task via a message channel
 * (unlike `setTimeout`, not clamped to 4 ms after nesting).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
