import { expect, test } from '@playwright/test';
import { seedCommentsByPlace, seedText } from '../src/graph/testing/graphHelpers';
import { RolemapPage } from './rolemapPage';

test.describe('first visit', () => {
  test('shows the seed role as a graph with all 25 annotated actions', async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto();
    const comments = seedCommentsByPlace(seedText('permission'));
    expect(comments.size).toBe(25);
    await expect(page.locator('.react-flow__node [data-action]')).toHaveCount(25);
    for (const [action, { comment, heading }] of comments) {
      const node = app.action(action);
      await expect(node, action).toBeVisible();
      expect(comment, action).not.toBe('');
      // A comment heading a whole Action list is the statement's: shown once, on its service box.
      const service = app.nodes('service').filter({ hasText: action.split(':')[0] ?? '' });
      await expect(heading ? service.first() : node).toContainText(comment);
    }
    for (const kind of [
      'principal',
      'instance-profile',
      'trust-policy',
      'sts',
      'credentials',
      'role',
      'permission-policy',
      'service',
      'resource',
    ]) {
      await expect(app.nodes(kind).first(), kind).toBeVisible();
    }
    await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');
    await expect(app.nodes('credentials')).toContainText('ASIA');
    // The catalog fills in access levels once the IAM data chunk for ssm has loaded.
    await expect(app.action('ssm:GetDocument')).toContainText('Read');
    await expect(app.tab('Trust policy')).toBeVisible();
    await expect(app.tab('AmazonSSMManagedInstanceCore')).toBeVisible();
    await expect(app.editor('Trust policy')).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(app.externalRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
