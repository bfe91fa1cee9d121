import { act } from 'react-dom/test-utils';

/**
 * Lets promises and timers run (inside `act`) until `ready()` holds, for components that load through
 * real stores over HTTP. Fails with the last state after `timeoutMs` instead of hanging.
 */
export async function settle(ready: () => boolean = () => true, timeoutMs: number = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    if (ready()) return;
    if (Date.now() > deadline) throw new Error(`Not ready after ${timeoutMs} ms: ${document.body.textContent?.slice(0, 400) ?? ''}`);
  }
}

/** The trimmed text of each element. */
export function textsOf(elements: Iterable<Element> | ArrayLike<Element>): string[] {
  return Array.from(elements as ArrayLike<Element>).map((e) => (e.textContent ?? '').trim());
}

/** Sets an input's value the way React listens for it (the native setter, then an `input` event). */
export async function typeInto(element: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Presses a key on an element (keydown, then keyup), as React's synthetic keyboard events see it. */
export async function press(element: Element, key: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
    element.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true, ...init }));
  });
}

/** Clicks the first button whose text or accessible name is `name`. */
export async function clickButton(root: ParentNode, name: string): Promise<void> {
  const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name);
  if (!button) throw new Error(`No button "${name}"`);
  await act(async () => {
    button.click();
  });
}
