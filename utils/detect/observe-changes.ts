export interface ObserveChangesOptions {
  /** Stops observing when aborted (the content script's `ctx.signal`). */
  signal: AbortSignal;
  /** Quiet time after the last change before `onChange` runs. */
  debounceMs?: number;
  /** Longest wait after the first change, so a page that never stops changing is still read. */
  maxWaitMs?: number;
  /**
   * Nodes whose insertion is not a change of the page (our own badge hosts). Their removal still
   * is: the page may have thrown our badge away.
   */
  ignore?: (node: Node) => boolean;
}

function onlyIgnored(record: MutationRecord, ignore: (node: Node) => boolean): boolean {
  if (record.type !== 'childList' || record.removedNodes.length > 0) return false;
  return record.addedNodes.length > 0 && [...record.addedNodes].every(ignore);
}

/**
 * The one DOM-change watcher: calls `onChange` once after a burst of changes under `target`
 * (debounced, with a maximum wait), ignoring changes made only to ignored nodes, until `signal`
 * aborts.
 */
export function observeChanges(
  target: Node,
  onChange: () => void,
  { signal, debounceMs = 400, maxWaitMs = 2000, ignore }: ObserveChangesOptions,
): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | undefined;
  const fire = () => {
    timer = undefined;
    firstChangeAt = undefined;
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (ignore && records.every((record) => onlyIgnored(record, ignore))) return;
    const now = Date.now();
    firstChangeAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now)));
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
