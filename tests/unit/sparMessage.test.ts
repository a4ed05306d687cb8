import { cardText } from '../../src/content';
import { sparMessage } from '../../src/tab/tab/sparMessage';
import { uiText } from '../../src/tab/i18n/tab';

const nl = cardText('nl');
const ui = uiText('nl');

describe('the spar draft message', () => {
  it('is only the short greeting when nothing is ticked', () => {
    expect(sparMessage(ui, nl, [])).toBe(
      'Hoi, ik wil graag even sparren over een mogelijk signaal van mensenhandel bij de balie.',
    );
  });

  it('adds the label of one ticked signal under its group', () => {
    expect(sparMessage(ui, nl, ['slachtoffer-bang'])).toBe(
      [
        'Hoi, ik wil graag even sparren over een mogelijk signaal van mensenhandel bij de balie.',
        '',
        'Wat ik zag:',
        'Het mogelijke slachtoffer:',
        '- maakt een bange indruk, is onrustig',
      ].join('\n'),
    );
  });

  it('lists several signals grouped as on the card, with nothing else', () => {
    const message = sparMessage(ui, nl, [
      'slachtoffer-onderbuikgevoel',
      'slachtoffer-werk',
      'begeleider-betaalt',
    ]);
    expect(message.split('\n').slice(2)).toEqual([
      'Wat ik zag:',
      'Het mogelijke slachtoffer:',
      '- valt in de wachtruimte al op, je krijgt een onderbuikgevoel',
      '- weet niet waar hij/zij gaat werken',
      'De begeleider:',
      '- betaalt de kosten',
    ]);
  });

  it('is in English with English labels for an English UI', () => {
    const message = sparMessage(uiText('en'), cardText('en'), ['begeleider-voert-woord']);
    expect(message).toContain("I'd like to talk over a possible sign of human trafficking");
    expect(message).toContain('The companion:\n- does the talking');
  });
});
