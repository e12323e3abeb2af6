import { useState } from 'react';
import { useStore } from '../store';
import { openLesson } from './lessonWorkspace';
import { markIntroSeen } from './persistence';

/**
 * The first-visit intro's state: shown when bootstrap found a first visit, gone for good once
 * dismissed or once any lesson is open (from the intro, the picker or `?lesson=`).
 */
export function useFirstVisit(firstVisit: boolean): {
  show: boolean;
  start: (lessonId: string) => void;
  dismiss: () => void;
} {
  const [show, setShow] = useState(firstVisit);
  const inLesson = useStore((s) => s.lesson !== undefined);
  // openLesson has remembered it already; this visit drops it too, so leaving the lesson keeps it gone.
  if (show && inLesson) setShow(false);
  const dismiss = () => {
    markIntroSeen();
    setShow(false);
  };
  return {
    show: show && !inLesson,
    start: (id) => {
      dismiss();
      openLesson(id);
    },
    dismiss,
  };
}
