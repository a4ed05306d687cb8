import type { CardText } from './types';

/** The card in English: a translation of the Dutch card; Dutch names of organisations and roles are kept. */
export const cardEn: CardText = {
  title: 'Human trafficking signal card for municipal front-desk staff',
  intro: [
    'Human trafficking happens everywhere, including in Twente. It is an umbrella term for situations in which a person is exploited by someone else. There are different forms, such as sexual exploitation, criminal exploitation and labour exploitation.',
    'Possible victims of human trafficking may come to the municipal front desk with a request for help, alone or accompanied by someone. For example, they come to register as a resident or to change their address. Residents may also report nuisance or other situations that may point to human trafficking. On this card you will find signals that may point to it, and questions you can ask. Do you suspect that someone is being exploited, or would you like to talk it over with someone? Then contact Kenniscentrum Mensenhandel Twente (the Twente human trafficking expertise centre)!',
  ],
  sectionTitles: {
    slachtoffer: 'The possible victim',
    begeleider: 'The companion',
    tips: 'Tips',
    vragen: 'Questions you can ask',
    'hoe-verder': 'What next?',
  },
  signals: {
    'slachtoffer-onderbuikgevoel': 'already stands out in the waiting area, you get a gut feeling',
    'slachtoffer-bang': 'seems frightened, is restless',
    'slachtoffer-ingestudeerd-verhaal': 'tells a rehearsed story',
    'slachtoffer-geen-contact':
      'is accompanied and is not allowed (or hardly allowed) to have contact with you or the outside world',
    'slachtoffer-paspoort': 'has a false passport or is handed his/her passport by a companion',
    'slachtoffer-kwetsbaar':
      'is vulnerable, for example because of a mild intellectual disability (LVB), an addiction, or because he/she is a refugee',
    'slachtoffer-onderdanig': 'has a submissive attitude',
    'slachtoffer-in-de-gaten': 'is being watched',
    'slachtoffer-mishandeling': 'shows signs of physical abuse',
    'slachtoffer-woonadres': 'knows little or nothing about his/her home address',
    'slachtoffer-inschrijfadres':
      'wants to register at an address where many people are registered or where people come and go a lot',
    'slachtoffer-werk': 'does not know where he/she is going to work',
    'begeleider-voert-woord': 'does the talking',
    'begeleider-betaalt': 'pays the costs',
    'begeleider-begeleidt-vaker': 'accompanies people more often',
    'begeleider-documenten': "holds the other person's documents",
    'begeleider-sociaal-vaardig': 'is socially skilled',
    'begeleider-vaag': 'is vague about his/her own identity',
  },
  tipsSentence: '{tip-collega}, {tip-apart} and {tip-tolk}.',
  tips: {
    'tip-collega': 'involve a colleague',
    'tip-apart': 'take the person concerned aside',
    'tip-tolk': 'call in an interpreter if there is a language barrier',
  },
  questions: {
    'vraag-veilig': { text: 'Do you feel safe?' },
    'vraag-hulp': { text: 'Do you need help?' },
    'vraag-vertrouwd-netwerk': { text: 'Is there someone in your network you trust?' },
    'vraag-terecht': { text: 'Is there someone you can turn to?' },
    'vraag-hulpverlener': { text: 'Are you in contact with a social worker or care worker?' },
    'vraag-dingen-doen': { text: "Does someone make you do things you don't really want to do?" },
    'vraag-relatie-begeleider': {
      condition: 'If applicable',
      text: 'what is your relationship with the person accompanying you?',
    },
    'vraag-werk': { text: 'Where will you work / where do you work? Is this through an employment agency?' },
    'vraag-paspoort-pinpas': { text: 'Do you keep your own passport and/or bank card?' },
    'vraag-naar-nederland': { text: 'How did you come to the Netherlands?' },
    'vraag-reis-betalen': { text: 'Did you have to pay for the journey?' },
    'vraag-melden': { text: 'Do you have to report to someone here?' },
    'vraag-slaapplek': { text: 'Have you already seen the place where you will sleep?' },
    'vraag-slapen-werken': { text: 'Do you sleep in the same place where you work?' },
    'vraag-schulden': { text: 'Do you owe anyone money?' },
    'vraag-adres-woning': { text: 'Do you know the address of your home?' },
    'vraag-meer-mensen': { text: 'Do more people live there?' },
    'vraag-inkomsten': { text: 'What is your income / how do you pay the rent?' },
  },
  hoeVerderKmt: 'If you suspect exploitation, contact {kmt} by phone on {phone}.',
  hoeVerderAandachtsfunctionaris:
    'Or go to the aandachtsfunctionaris mensenhandel (human trafficking contact person) in your own municipality.',
};
