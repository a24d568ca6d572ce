import type { PostId, UnitId } from '../shared/ids.js';
import type { RuleTrace } from './assignment-rule.evaluate.js';

/**
 * The answer to "may X assign this task to Y?": allowed by one rule (named), or refused — with, for every
 * rule of the pack, why it did not match.
 */
export type AssignmentDecision =
  | {
      readonly allowed: true;
      readonly packId: string;
      readonly ruleId: string;
      /** The unit the assignee is at: the organization's, or that of the post through which a person qualifies. */
      readonly assigneeUnitId: UnitId;
      /** For a person: the post they hold that made the rule match. */
      readonly viaPostId: PostId | null;
      readonly trace: readonly RuleTrace[];
      readonly preconditionFailures: readonly [];
      readonly preconditionFailuresEn: readonly [];
    }
  | {
      readonly allowed: false;
      readonly packId: string;
      readonly trace: readonly RuleTrace[];
      readonly preconditionFailures: readonly string[];
      /** The same, in English. */
      readonly preconditionFailuresEn: readonly string[];
    };
