/** Languages the card and the UI are available in. */
export type Locale = 'nl' | 'en';

export const SIGNAL_GROUPS = ['slachtoffer', 'begeleider'] as const;
/** Who a signal is about: the possible victim or the companion. */
export type SignalGroup = (typeof SIGNAL_GROUPS)[number];

/** Stable ids of the signals, in the order of the printed card. Never renumber: shared cards and dialogs use them. */
export const SIGNAL_IDS = [
  'slachtoffer-onderbuikgevoel',
  'slachtoffer-bang',
  'slachtoffer-ingestudeerd-verhaal',
  'slachtoffer-geen-contact',
  'slachtoffer-paspoort',
  'slachtoffer-kwetsbaar',
  'slachtoffer-onderdanig',
  'slachtoffer-in-de-gaten',
  'slachtoffer-mishandeling',
  'slachtoffer-woonadres',
  'slachtoffer-inschrijfadres',
  'slachtoffer-werk',
  'begeleider-voert-woord',
  'begeleider-betaalt',
  'begeleider-begeleidt-vaker',
  'begeleider-documenten',
  'begeleider-sociaal-vaardig',
  'begeleider-vaag',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** Stable ids of the questions, in the order of the printed card. */
export const QUESTION_IDS = [
  'vraag-veilig',
  'vraag-hulp',
  'vraag-vertrouwd-netwerk',
  'vraag-terecht',
  'vraag-hulpverlener',
  'vraag-dingen-doen',
  'vraag-relatie-begeleider',
  'vraag-werk',
  'vraag-paspoort-pinpas',
  'vraag-naar-nederland',
  'vraag-reis-betalen',
  'vraag-melden',
  'vraag-slaapplek',
  'vraag-slapen-werken',
  'vraag-schulden',
  'vraag-adres-woning',
  'vraag-meer-mensen',
  'vraag-inkomsten',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const TIP_IDS = ['tip-collega', 'tip-apart', 'tip-tolk'] as const;
export type TipId = (typeof TIP_IDS)[number];

/** The ids of the card's sections, used for section cards and anchors. */
export const SECTION_IDS = ['slachtoffer', 'begeleider', 'tips', 'vragen', 'hoe-verder'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** A question; `condition` is the printed card's "Indien van toepassing" prefix, when there is one. */
export type QuestionText = { condition?: string; text: string };

/**
 * A sentence with `{name}` placeholders, so the UI can put a link where the card has a phone number
 * and the Adaptive Cards can put plain text there, without either retyping the sentence.
 */
export type Template = string;

/** The printed card's text in one language. */
export type CardText = {
  title: string;
  intro: readonly string[];
  sectionTitles: Record<SectionId, string>;
  signals: Record<SignalId, string>;
  /** The tips sentence, with `{tip-…}` placeholders for the three tips. */
  tipsSentence: Template;
  tips: Record<TipId, string>;
  questions: Record<QuestionId, QuestionText>;
  /** "Neem … contact op met {kmt} via telefoonnummer {phone}." */
  hoeVerderKmt: Template;
  /** "Of ga naar de aandachtsfunctionaris mensenhandel binnen je eigen gemeente." */
  hoeVerderAandachtsfunctionaris: string;
};

/** Kenniscentrum Mensenhandel Twente: the regional contact, the same in every language. */
export type Kmt = {
  name: string;
  phoneDisplay: string;
  /** E.164, for `tel:` links. */
  phoneE164: string;
  websiteDisplay: string;
  websiteUrl: string;
};

/** A Twente municipality; `slug` is stored in channel tab URLs for years, so never change one. */
export type Municipality = { slug: string; name: string };
