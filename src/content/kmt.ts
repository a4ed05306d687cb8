import type { Kmt } from './types';

/** Kenniscentrum Mensenhandel Twente, as printed on the card. */
export const KMT: Kmt = {
  name: 'Kenniscentrum Mensenhandel Twente',
  phoneDisplay: '053 - 487 66 65',
  phoneE164: '+31534876665',
  websiteDisplay: 'www.mensenhandeltwente.nl',
  websiteUrl: 'https://www.mensenhandeltwente.nl',
};
