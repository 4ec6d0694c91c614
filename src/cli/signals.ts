/** Resolves on Ctrl-C (SIGINT) or SIGTERM: stopping a watch or a preview is its normal end, exit 0. */
export function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
