/** The date a packet is issued: SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
export function issueDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
}
