import type { CardText } from './types';

/** The card in Dutch, word for word from the printed Twente card (line breaks of the print removed). */
export const cardNl: CardText = {
  title: 'Signaalkaart mensenhandel voor gemeentelijke baliemedewerkers',
  intro: [
    'Mensenhandel komt overal voor, ook in Twente. Het is een verzamelnaam voor situaties waarin iemand door een ander wordt uitgebuit. Er zijn verschillende vormen, zoals seksuele uitbuiting, criminele uitbuiting en arbeidsuitbuiting.',
    'Mogelijke slachtoffers van mensenhandel kunnen zich al dan niet onder begeleiding bij de gemeentebalie melden met hulpvragen. Ze komen zich bijvoorbeeld inschrijven of hun adres wijzigen. Ook inwoners kunnen melding doen van overlast of andere situaties die kunnen duiden op mensenhandel. Op deze kaart vind je signalen die daar op kunnen wijzen èn vragen die je kunt stellen. Heb je een vermoeden dat iemand wordt uitgebuit of wil je even sparren? Neem dan contact op met Kenniscentrum Mensenhandel Twente!',
  ],
  sectionTitles: {
    slachtoffer: 'Het mogelijke slachtoffer',
    begeleider: 'De begeleider',
    tips: 'Tips',
    vragen: 'Vragen die je kunt stellen',
    'hoe-verder': 'Hoe verder?',
  },
  signals: {
    'slachtoffer-onderbuikgevoel': 'valt in de wachtruimte al op, je krijgt een onderbuikgevoel',
    'slachtoffer-bang': 'maakt een bange indruk, is onrustig',
    'slachtoffer-ingestudeerd-verhaal': 'vertelt een ingestudeerd verhaal',
    'slachtoffer-geen-contact':
      'wordt begeleid en mag zelf geen (zo min mogelijk) contact maken met jou of de buitenwereld',
    'slachtoffer-paspoort':
      'heeft een vals paspoort of krijgt zijn/haar paspoort overhandigd door een begeleider',
    'slachtoffer-kwetsbaar':
      'is kwetsbaar door bijvoorbeeld LVB-problematiek, een verslaving of hij/zij is een vluchteling',
    'slachtoffer-onderdanig': 'heeft een onderdanige houding',
    'slachtoffer-in-de-gaten': 'wordt in de gaten gehouden',
    'slachtoffer-mishandeling': 'heeft tekenen van fysieke mishandeling',
    'slachtoffer-woonadres': 'heeft weinig tot geen kennis over het woonadres',
    'slachtoffer-inschrijfadres':
      'wil zich inschrijven op een adres waar veel personen staan ingeschreven of waar een groot verloop is',
    'slachtoffer-werk': 'weet niet waar hij/zij gaat werken',
    'begeleider-voert-woord': 'voert het woord',
    'begeleider-betaalt': 'betaalt de kosten',
    'begeleider-begeleidt-vaker': 'begeleidt vaker personen',
    'begeleider-documenten': 'beschikt over documenten van de ander',
    'begeleider-sociaal-vaardig': 'is sociaal vaardig',
    'begeleider-vaag': 'is vaag over de eigen identiteit',
  },
  tipsSentence: '{tip-collega}, {tip-apart} en {tip-tolk}.',
  tips: {
    'tip-collega': 'betrek een collega',
    'tip-apart': 'neem de betrokkene apart',
    'tip-tolk': 'schakel eventueel een tolk in als er een taalbarrière is',
  },
  questions: {
    'vraag-veilig': { text: 'Voel je je veilig?' },
    'vraag-hulp': { text: 'Heb je hulp nodig?' },
    'vraag-vertrouwd-netwerk': { text: 'Heb je iemand in je netwerk die je vertrouwt?' },
    'vraag-terecht': { text: 'Is er iemand waar je bij terecht kan?' },
    'vraag-hulpverlener': { text: 'Heb je contact met een hulpverlener?' },
    'vraag-dingen-doen': { text: 'Moet je dingen doen van iemand die je eigenlijk niet wilt doen?' },
    'vraag-relatie-begeleider': {
      condition: 'Indien van toepassing',
      text: 'wat is je relatie met je begeleider?',
    },
    'vraag-werk': { text: 'Waar ga je werken/werk je? Is dit via een uitzendbureau?' },
    'vraag-paspoort-pinpas': { text: 'Bewaar je je eigen paspoort en/of pinpas?' },
    'vraag-naar-nederland': { text: 'Hoe ben je naar Nederland gekomen?' },
    'vraag-reis-betalen': { text: 'Heb je voor de reis moeten betalen?' },
    'vraag-melden': { text: 'Moet je je van iemand hier melden?' },
    'vraag-slaapplek': { text: 'Heb je je slaapplek al gezien?' },
    'vraag-slapen-werken': { text: 'Slaap je op dezelfde plek als waar je werkt?' },
    'vraag-schulden': { text: 'Heb je schulden bij iemand?' },
    'vraag-adres-woning': { text: 'Ken je het adres van je woning?' },
    'vraag-meer-mensen': { text: 'Wonen daar meer mensen?' },
    'vraag-inkomsten': { text: 'Wat zijn je inkomsten/hoe betaal je de huur?' },
  },
  hoeVerderKmt: 'Neem bij vermoedens van uitbuiting contact op met {kmt} via telefoonnummer {phone}.',
  hoeVerderAandachtsfunctionaris:
    'Of ga naar de aandachtsfunctionaris mensenhandel binnen je eigen gemeente.',
};
