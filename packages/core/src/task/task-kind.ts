/**
 * The kinds of task the Party committee's standing members, the Front and the organizations assign, keyed by
 * a name used in code.
 */
export const TASK_KINDS = {
  regular: { label: 'Nhiệm vụ thường xuyên', english: 'Regular task' },
  yearly: { label: 'Nhiệm vụ cụ thể hằng năm', english: 'Specific yearly task' },
  breakthrough: { label: 'Việc đột phá, đổi mới', english: 'Breakthrough task' },
  periodicMeeting: { label: 'Sinh hoạt định kỳ', english: 'Periodic meeting' },
  reviewMeeting: { label: 'Giao ban', english: 'Review meeting' },
  voterMeeting: { label: 'Tiếp xúc cử tri', english: 'Meeting with voters' },
  movement: { label: 'Phong trào, cuộc vận động', english: 'Movement or campaign' },
  coordination: { label: 'Phối hợp thực hiện chương trình', english: 'Carrying out a coordination program' },
} as const satisfies Record<string, { label: string; english: string }>;

/** A task kind: `breakthrough`, `reviewMeeting`, … */
export type TaskKind = keyof typeof TASK_KINDS;

/** True when `raw` names a task kind. */
export function isTaskKind(raw: string): raw is TaskKind {
  return Object.hasOwn(TASK_KINDS, raw);
}
