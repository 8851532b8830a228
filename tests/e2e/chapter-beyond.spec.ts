// Chapter 5 ("After Chinchilla", issue 16): the chapter embeds its three figures where the text discusses them, every
// equation and question is linkable, and the worked answer's link opens the data-constrained figure on the answer's
// numbers (Muennighoff et al. 2023's law at 100B unique tokens and 1e24 FLOPs; tests/unit/content/beyond-chinchilla.test.ts).
import { expect, test } from '../support/reused-page';
import { readout } from '../support/figure';

for (const lang of ['en', 'zh'] as const) {
  test(`the ${lang} chapter embeds its three figures in order, with every equation and question anchor`, async ({ page }) => {
    await page.goto(`/${lang}/beyond-chinchilla/`);
    const ids = await page.locator('figure.figure').evaluateAll((fs) => fs.map((f) => f.id));
    expect(ids).toEqual(['fig-data-constrained', 'fig-param-count', 'fig-counting-exponent']);
    const eqs = await page.locator('.equation').evaluateAll((es) => es.map((e) => e.id));
    expect(eqs).toEqual(['eq-effective-data', 'eq-effective-params', 'eq-data-constrained-loss', 'eq-total-params', 'eq-task-sigmoid']);
    const questions = await page.locator('section.question').evaluateAll((qs) => qs.map((q) => q.id));
    expect(questions).toEqual(['q-epochs', 'q-small-epochs', 'q-sigmoid-width']);
    await expect(page.locator('.takeaway')).toHaveCount(6);
    // The chapter sits between emergence and the summary in the chapter order.
    await expect(page.locator(`a[href$="/${lang}/summary/"]`).first()).toBeAttached();
  });
}

test('the worked answer’s link opens the data-constrained figure at 100B unique tokens and 1e24 FLOPs (61.3B parameters, 27 epochs)', async ({ page }) => {
  await page.goto('/en/beyond-chinchilla/');
  const answer = page.locator('#q-epochs details.answer');
  await answer.locator('summary').click();
  await answer.getByRole('link', { name: /set 100B/ }).click();
  await expect(page).toHaveURL(/data-constrained\.uniqueTokens=1e11/);
  const figure = page.locator('#fig-data-constrained');
  await expect(readout(figure, 0)).toContainText('61.3B');
  await expect(readout(figure, 0)).toContainText('2.054');
});
