import type { Municipality } from './types';

/** The 14 Twente municipalities, alphabetical. Slugs live in pinned tab URLs: never change one. */
export const MUNICIPALITIES: readonly Municipality[] = [
  { slug: 'almelo', name: 'Almelo' },
  { slug: 'borne', name: 'Borne' },
  { slug: 'dinkelland', name: 'Dinkelland' },
  { slug: 'enschede', name: 'Enschede' },
  { slug: 'haaksbergen', name: 'Haaksbergen' },
  { slug: 'hellendoorn', name: 'Hellendoorn' },
  { slug: 'hengelo', name: 'Hengelo' },
  { slug: 'hof-van-twente', name: 'Hof van Twente' },
  { slug: 'losser', name: 'Losser' },
  { slug: 'oldenzaal', name: 'Oldenzaal' },
  { slug: 'rijssen-holten', name: 'Rijssen-Holten' },
  { slug: 'tubbergen', name: 'Tubbergen' },
  { slug: 'twenterand', name: 'Twenterand' },
  { slug: 'wierden', name: 'Wierden' },
];

/** The municipality with this slug, or undefined. */
export function findMunicipality(slug: string): Municipality | undefined {
  return MUNICIPALITIES.find((m) => m.slug === slug);
}
