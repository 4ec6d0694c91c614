/** Text as XML character data: metadata values (titles, language tags) come from locale files and may hold any character. */
export const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
