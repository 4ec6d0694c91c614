import type { Block, DocumentTree, Inline } from '../../src/tree/types.js';

export const text = (value: string): Inline => ({ type: 'text', value });

/** An English document tree of `children`, for writer tests that show what one kind of node becomes. */
export function englishDocument(...children: Block[]): DocumentTree {
  return {
    type: 'document',
    lang: 'en',
    languageTag: 'en-US',
    title: 'Title: Sub',
    runningTitle: 'Title',
    pageLabel: 'Page {current} of {total}',
    author: 'NCUSCR',
    subject: 'Dialogue',
    keywords: '',
    reader: { skipLabel: 'Skip', languageChoice: { label: 'Show', options: [{ value: 'en', label: 'English' }] } },
    children,
  };
}
