import { describe, expect, it } from 'vitest';
import { seedScenario, withTitle } from '../core';
import { useStore } from './index';

describe('workspaces', () => {
  it('a lesson never replaces the user’s own workspace; leaving restores it as it was', () => {
    const own = withTitle(seedScenario(), 'Mine');
    const s = useStore.getState();
    s.replaceScenario(own);
    s.setActiveDoc('trust');
    s.toggleExpanded('group:x');
    s.setSim({ action: 's3:GetObject' });

    const lesson = withTitle(seedScenario(), 'A lesson');
    useStore.getState().enterLesson('ec2-ssm', { scenario: lesson });
    let now = useStore.getState();
    expect(now.lesson).toBe('ec2-ssm');
    expect(now.scenario).toBe(lesson);
    expect(now.expanded).toEqual([]);
    expect(now.sim.action).toBe('');

    // Switching to another lesson keeps the user's own workspace aside, not the first lesson.
    useStore.getState().enterLesson('lambda-logs', { scenario: seedScenario() });
    useStore.getState().leaveLesson({ scenario: seedScenario() });
    now = useStore.getState();
    expect(now.lesson).toBeUndefined();
    expect(now.scenario).toBe(own);
    expect(now.expanded).toEqual(['group:x']);
    expect(now.sim.action).toBe('s3:GetObject');
    expect(now.ownStash).toBeUndefined();
  });
});
