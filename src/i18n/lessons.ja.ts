import type { LessonsMessages } from './lessons.en';

/** Japanese strings of the lessons: the picker, the lesson bar and the lesson panel. */
export const lessonsJa: LessonsMessages = {
  'lessons.open': 'レッスン',
  'lessons.picker.title': 'レッスン',
  'lessons.picker.intro':
    'レッスンはそれぞれ専用のワークスペースで開きます。自分のワークスペースはそのまま残り、ワンクリックで戻れます。',
  'lessons.picker.close': '閉じる',
  'lessons.picker.number': 'レッスン {n}',
  'lessons.picker.current': '表示中',
  'lessons.bar.label': 'レッスン',
  'lessons.bar.in': 'レッスン {n}: {title}',
  'lessons.bar.note': 'レッスン用のワークスペースです。自分の作業は別に保管されています。',
  'lessons.back': '自分のワークスペースに戻る',
  'lessons.reset': 'レッスンをリセット',
  'lessons.resetConfirm':
    'このレッスンを最初の状態に戻しますか? ポリシーに加えた変更は失われます。自分のワークスペースには影響しません。',
  'lessons.panel.show': 'レッスンを表示',
  'lessons.panel.hide': 'レッスンを隠す',
  'lessons.panel.explanation': 'このレッスンで学ぶこと',
  'lessons.panel.questions': '結果を予想する',
  'lessons.question.number': '問題 {n}',
  'lessons.question.pick': '予想',
  'lessons.answer.Allow': '許可',
  'lessons.answer.ExplicitDeny': '明示的な拒否',
  'lessons.answer.ImplicitDeny': '暗黙的な拒否',
  'lessons.result.right': '正解です。リクエストを評価した結果は「{decision}」でした。',
  'lessons.result.wrong': '不正解です。リクエストを評価した結果は「{decision}」でした。',
  'lessons.result.why': '理由',
  'lessons.result.edited':
    'レッスンのポリシーが変更されているため、解説とは異なる結果になっています。解説どおりの結果を確かめるには、レッスンをリセットしてください。',
  'lessons.result.cannot':
    '現在のポリシーではこのリクエストを評価できません(信頼ポリシーまたはリクエストを読み取れません)。レッスンをリセットしてから、もう一度試してください。',
  'lessons.result.source': 'AWS ドキュメントで確認する',
  'lessons.unknown': 'レッスン「{id}」は見つかりません。自分のワークスペースを表示しています。',
  'lessons.unknownDismiss': '閉じる',
};
