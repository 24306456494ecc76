// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { INTENT_MS, watchHover } from './hover';
import type { MentionRecord } from './mention-store';

let life: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  life = new AbortController();
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

function move(x: number, y: number, sentAgoMs = 0): void {
  const event = new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse' });
  Object.defineProperty(event, 'timeStamp', { value: performance.now() - sentAgoMs });
  document.dispatchEvent(event);
}

describe('watchHover', () => {
  test('opens after the pointer rests for the delay, and not when it moves on before', () => {
    const onRest = vi.fn();
    watchHover({ signal: life.signal, delay: () => 300, onRest }, () => undefined);
    move(10, 10);
    vi.advanceTimersByTime(200);
    move(60, 10);
    vi.advanceTimersByTime(200);
    expect(onRest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  test('the dwell counts from when the pointer got there, not from when the event was handled', () => {
    const onRest = vi.fn();
    watchHover({ signal: life.signal, delay: () => 300, onRest }, () => undefined);
    move(10, 10, 40);
    vi.advanceTimersByTime(259);
    expect(onRest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  test('early in the dwell (the intent) the card is prepared; moving away drops it, resting shows that mention', () => {
    const mention = { n: 1, entity: 'openai' } as unknown as MentionRecord;
    const onPrepare = vi.fn();
    const onDrop = vi.fn();
    const onRest = vi.fn();
    watchHover({ signal: life.signal, delay: () => 300, onPrepare, onDrop, onRest }, (x) => (x < 50 ? mention : undefined));
    move(10, 10);
    vi.advanceTimersByTime(INTENT_MS - 1);
    expect(onPrepare).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onPrepare).toHaveBeenCalledWith(mention);
    move(80, 10);
    expect(onDrop).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(onRest).toHaveBeenCalledWith(undefined, null);
    move(10, 10);
    vi.advanceTimersByTime(300);
    expect(onPrepare).toHaveBeenCalledTimes(2);
    expect(onRest).toHaveBeenLastCalledWith(mention, null);
    expect(onDrop).toHaveBeenCalledTimes(1);
  });
});
