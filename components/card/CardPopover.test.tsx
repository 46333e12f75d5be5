import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardPopover } from './CardPopover';

afterEach(cleanup);

const reference = {
  getBoundingClientRect: () => ({
    x: 10,
    y: 10,
    top: 10,
    left: 10,
    right: 60,
    bottom: 26,
    width: 50,
    height: 16,
  }),
};

describe('CardPopover', () => {
  it('is a non-modal dialog named by the card heading, positioned fixed', async () => {
    render(
      <CardPopover reference={reference as never} theme="dark" labelledBy="h" onClose={() => {}}>
        <h2 id="h">Sergey Lavrov</h2>
      </CardPopover>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Sergey Lavrov' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.className).toContain('bs-theme-dark');
    await vi.waitFor(() => expect(dialog.style.top).not.toBe(''));
  });

  it('closes on Escape and takes focus when asked', () => {
    const onClose = vi.fn();
    render(
      <CardPopover
        reference={reference as never}
        theme="light"
        labelledBy="h"
        autoFocus
        onClose={onClose}
      >
        <h2 id="h">x</h2>
      </CardPopover>,
    );
    const dialog = screen.getByRole('dialog');
    expect(document.activeElement).toBe(dialog);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('offers a back button when there is a previous card', () => {
    const onBack = vi.fn();
    render(
      <CardPopover
        reference={reference as never}
        theme="light"
        labelledBy="h"
        onClose={() => {}}
        onBack={onBack}
      >
        <h2 id="h">x</h2>
      </CardPopover>,
    );
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(onBack).toHaveBeenCalled();
  });
});
