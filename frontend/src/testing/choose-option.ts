import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Picks `option` in the Mantine Select labelled `label`. jsdom has no layout, so Mantine takes the input
 * for detached and keeps the open dropdown `display: none`: the option is looked up among hidden elements.
 */
export async function chooseOption(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('textbox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}
