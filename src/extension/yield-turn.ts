/** Gives the extension host's event loop a turn between slices of work. */
export const yieldTurn = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
