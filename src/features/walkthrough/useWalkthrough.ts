import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Graph } from '../../graph';
import { useStore } from '../../store';
import { lessonById } from '../lessons';
import { focusOf, type WalkFocus } from './canvasFocus';
import { walkthroughSteps, type WalkStep } from './steps';

const NO_STEPS: readonly WalkStep[] = [];

/** The keys the walkthrough answers to, wherever they come from (its card, the graph). */
type WalkKey = Pick<
  KeyboardEvent<HTMLElement>,
  'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'preventDefault'
>;

/** CSS pixels taken at the canvas's top (a network route) and bottom (the card). */
export interface WalkRoom {
  top: number;
  bottom: number;
}

const NO_ROOM: WalkRoom = { top: 0, bottom: 0 };

export interface Walkthrough {
  steps: readonly WalkStep[];
  /** The current step's index while open. */
  index?: number;
  step?: WalkStep;
  focus?: WalkFocus;
  /** Room the walkthrough's panels take at the canvas's top and bottom (the view keeps clear of it). */
  room: WalkRoom;
  setRoom: (room: WalkRoom) => void;
  go: (delta: number) => void;
  close: () => void;
  /** ArrowRight/ArrowLeft step, Escape closes; true when the key was used. */
  onKey: (e: WalkKey) => boolean;
}

/**
 * The walkthrough of the picture `graph` shows (the open lesson's steps, or the role's story), its
 * current step from the store, and what stepping does. `enabled` is false in an embed.
 */
export function useWalkthrough(graph: Graph, enabled: boolean): Walkthrough {
  const lessonId = useStore((s) => s.lesson);
  const walkStep = useStore((s) => s.walkStep);
  const setWalkStep = useStore((s) => s.setWalkStep);
  const [room, setRoomState] = useState<WalkRoom>(NO_ROOM);
  const setRoom = useCallback(
    (next: WalkRoom) =>
      setRoomState((old) => (old.top === next.top && old.bottom === next.bottom ? old : next)),
    [],
  );
  const lesson = lessonId === undefined ? undefined : lessonById(lessonId);
  // Derived only while the walkthrough is wanted: a closed one costs nothing per edit.
  const wanted = enabled && walkStep !== undefined;
  const steps = useMemo(
    () => (wanted ? walkthroughSteps(graph, lesson) : NO_STEPS),
    [wanted, graph, lesson],
  );
  const open = wanted && steps.length > 0;
  const index = open ? Math.min(walkStep, steps.length - 1) : undefined;
  const step = index === undefined ? undefined : steps[index];
  const focus = useMemo(() => (step ? focusOf(step.key, graph, step) : undefined), [step, graph]);

  // Opening or leaving a lesson starts its walkthrough (or the role's) from the first step.
  const shownLesson = useRef(lessonId);
  useEffect(() => {
    if (shownLesson.current === lessonId) return;
    shownLesson.current = lessonId;
    if (useStore.getState().walkStep !== undefined) setWalkStep(0);
  }, [lessonId, setWalkStep]);

  const go = useCallback(
    (delta: number) => {
      if (index === undefined) return;
      setWalkStep(Math.max(0, Math.min(steps.length - 1, index + delta)));
    },
    [index, steps.length, setWalkStep],
  );
  const close = useCallback(() => setWalkStep(undefined), [setWalkStep]);
  const onKey = useCallback(
    (e: WalkKey) => {
      if (index === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
      if (e.key === 'ArrowRight') go(1);
      else if (e.key === 'ArrowLeft') go(-1);
      else if (e.key === 'Escape') close();
      else return false;
      e.preventDefault();
      return true;
    },
    [index, go, close],
  );

  return {
    steps,
    ...(index !== undefined ? { index } : {}),
    ...(step ? { step } : {}),
    ...(focus ? { focus } : {}),
    room,
    setRoom,
    go,
    close,
    onKey,
  };
}

/**
 * `?walkthrough=1` opens the walkthrough when the page loads, and the address bar keeps it in
 * step with the walkthrough being open (other parameters stay), so a reload comes back to it.
 */
export function useWalkthroughUrl(enabled: boolean): void {
  const open = useStore((s) => s.walkStep !== undefined);
  const setWalkStep = useStore((s) => s.setWalkStep);
  useEffect(() => {
    if (enabled && new URLSearchParams(window.location.search).get('walkthrough') === '1')
      setWalkStep(0);
  }, [enabled, setWalkStep]);
  // Only a change of `open` is written: the first render's (closed) state is not the URL's yet.
  const was = useRef(open);
  useEffect(() => {
    if (!enabled || was.current === open) return;
    was.current = open;
    const url = new URL(window.location.href);
    if ((url.searchParams.get('walkthrough') === '1') === open) return;
    if (open) url.searchParams.set('walkthrough', '1');
    else url.searchParams.delete('walkthrough');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }, [enabled, open]);
}
