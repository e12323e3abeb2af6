/** English strings of the lessons: the picker, the lesson bar and the lesson panel (kept apart from en.ts). */
export const lessonsEn = {
  'lessons.open': 'Lessons',
  'lessons.picker.title': 'Lessons',
  'lessons.picker.intro':
    'Each lesson opens in a workspace of its own. Your own workspace stays exactly as it is, one click away.',
  'lessons.picker.close': 'Close',
  'lessons.picker.number': 'Lesson {n}',
  'lessons.picker.current': 'Open now',
  'lessons.bar.label': 'Lesson',
  'lessons.bar.in': 'Lesson {n}: {title}',
  'lessons.bar.note': 'A lesson workspace: your own work is kept aside.',
  'lessons.back': 'Back to my workspace',
  'lessons.reset': 'Reset lesson',
  'lessons.resetConfirm':
    'Reset this lesson to how it starts? Your changes to its policies are lost. Your own workspace is not touched.',
  'lessons.panel.show': 'Show the lesson',
  'lessons.panel.hide': 'Hide the lesson',
  'lessons.panel.explanation': 'What this lesson shows',
  'lessons.panel.questions': 'Predict the outcome',
  'lessons.question.number': 'Question {n}',
  'lessons.question.pick': 'Your prediction',
  'lessons.answer.Allow': 'Allowed',
  'lessons.answer.ExplicitDeny': 'Explicitly denied',
  'lessons.answer.ImplicitDeny': 'Implicitly denied',
  'lessons.result.right': 'Right. Rolemap ran the request: {decision}.',
  'lessons.result.wrong': 'Not quite. Rolemap ran the request: {decision}.',
  'lessons.result.why': 'Why',
  'lessons.result.edited':
    'You have changed the lesson’s policies, so the answer is not the one the lesson explains. Reset the lesson to see that one.',
  'lessons.result.cannot':
    'Rolemap cannot run this request on the policies as they are now (the trust policy or the request no longer reads). Reset the lesson to try again.',
  'lessons.result.source': 'In the AWS documentation',
  'lessons.unknown': 'There is no lesson “{id}”. You are in your own workspace.',
  'lessons.unknownDismiss': 'Dismiss',
} as const;

export type LessonsMessageKey = keyof typeof lessonsEn;
export type LessonsMessages = { readonly [K in LessonsMessageKey]: string };
