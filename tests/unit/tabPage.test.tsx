import { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KMT, QUESTION_IDS, SIGNAL_IDS, cardText, questionLine } from '../../src/content';
import { TabPage } from '../../src/tab/tab/TabPage';
import * as teams from '../../src/teams';
import { cannotBeInTeams } from '../../src/teams/environment';

jest.mock('../../src/teams/environment', () => ({ cannotBeInTeams: jest.fn() }));
jest.mock('../../src/teams', () => ({
  connectToTeams: jest.fn(),
  followTeamsTheme: jest.fn(),
  notifyTeamsLoaded: jest.fn(),
  openTeamsChat: jest.fn(),
}));

const mockedTeams = jest.mocked(teams);
const nl = cardText('nl');

function atUrl(search: string) {
  window.history.replaceState({}, '', `/tab${search}`);
}

function standalone() {
  jest.mocked(cannotBeInTeams).mockReturnValue(true);
}

function inTeams(theme: 'light' | 'dark' | 'contrast' = 'light', locale = 'nl-nl') {
  jest.mocked(cannotBeInTeams).mockReturnValue(false);
  mockedTeams.connectToTeams.mockResolvedValue({
    theme,
    locale,
    frameContext: 'content',
    hostName: 'Teams',
    supports: { chat: true, sharing: true },
  });
  mockedTeams.followTeamsTheme.mockReturnValue(() => undefined);
  mockedTeams.openTeamsChat.mockResolvedValue('chat');
}

/** Outlook or the Microsoft 365 app: a host that hands chats to Teams through the deep link. */
function inHostWithoutChat(hostName = 'Outlook') {
  jest.mocked(cannotBeInTeams).mockReturnValue(false);
  mockedTeams.connectToTeams.mockResolvedValue({
    theme: 'light',
    locale: 'nl-nl',
    frameContext: 'content',
    hostName,
    supports: { chat: false, sharing: false },
  });
  mockedTeams.followTeamsTheme.mockReturnValue(() => undefined);
  mockedTeams.openTeamsChat.mockResolvedValue('deep-link');
}

beforeEach(() => {
  jest.resetAllMocks();
  atUrl('');
});

describe('the card', () => {
  it('shows every signal and question as a tick box, the tips and KMT as a phone link', async () => {
    standalone();
    render(<TabPage initialLocale="nl" />);
    expect(screen.getByRole('heading', { level: 1, name: nl.title })).toBeInTheDocument();
    const labelOf = (box: HTMLElement) => (box as HTMLInputElement).labels?.[0]?.textContent;
    expect(screen.getAllByRole('checkbox').map(labelOf)).toEqual(SIGNAL_IDS.map((id) => nl.signals[id]));
    // jsdom has no wide screen: the questions are their own view, one press away.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vragen' }));
    expect(screen.getByRole('button', { name: 'Vragen' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('checkbox', { name: nl.signals['slachtoffer-bang'] })).toBeNull();
    const questions = within(screen.getByRole('complementary', { name: nl.sectionTitles.vragen }));
    const boxes = questions.getAllByRole('checkbox');
    expect(boxes.map((box) => box.getAttribute('name'))).toEqual([...QUESTION_IDS]);
    expect(boxes.map(labelOf)).toEqual(QUESTION_IDS.map((id) => questionLine(nl.questions[id])));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Signalen' }));
    for (const tip of Object.values(nl.tips)) expect(screen.getByText(tip)).toBeInTheDocument();
    const phoneLinks = screen.getAllByRole('link', { name: new RegExp(KMT.phoneDisplay) });
    for (const link of phoneLinks) expect(link).toHaveAttribute('href', 'tel:+31534876665');
    expect(screen.getByRole('link', { name: KMT.websiteDisplay })).toHaveAttribute('href', KMT.websiteUrl);
    expect(screen.getByText(/Deel geen namen of andere persoonsgegevens/)).toBeInTheDocument();
  });

  it('is English with lang=en, and switches to English for an English Teams locale', async () => {
    standalone();
    const { unmount } = render(<TabPage initialLocale="en" />);
    expect(screen.getByRole('heading', { level: 1, name: cardText('en').title })).toBeInTheDocument();
    unmount();
    inTeams('light', 'en-us');
    render(<TabPage initialLocale="nl" />);
    expect(await screen.findByRole('heading', { level: 1, name: cardText('en').title })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('observations', () => {
  it('counts ticked signals and asked questions, and "Wis alles" clears everything', async () => {
    standalone();
    const user = userEvent.setup();
    render(<TabPage initialLocale="nl" />);
    expect(screen.getByText('0 signalen gezien, 0 vragen gesteld')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: nl.signals['slachtoffer-bang'] }));
    await user.click(screen.getByRole('checkbox', { name: nl.signals['begeleider-betaalt'] }));
    await user.click(screen.getByRole('button', { name: 'Vragen' }));
    await user.click(screen.getByRole('checkbox', { name: nl.questions['vraag-veilig'].text }));
    expect(screen.getByText('2 signalen gezien, 1 vraag gesteld')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Wis alles' }));
    expect(screen.getByText('Alles is gewist.')).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox', { hidden: true }) as HTMLInputElement[];
    expect(boxes).toHaveLength(36);
    expect(boxes.filter((box) => box.checked)).toEqual([]);
  });

  it('puts back boxes ticked before the page became interactive', async () => {
    standalone();
    render(
      <TabPage
        initialLocale="nl"
        initialObservations={{ signals: new Set(['slachtoffer-werk']), questions: new Set(['vraag-hulp']) }}
      />,
    );
    expect(screen.getByRole('checkbox', { name: nl.signals['slachtoffer-werk'] })).toBeChecked();
    expect(screen.getByText('1 signaal gezien, 1 vraag gesteld')).toBeInTheDocument();
    // The host answers (standalone) and the ticks are still there.
    await act(() => Promise.resolve());
    expect(screen.getByRole('checkbox', { name: nl.signals['slachtoffer-werk'] })).toBeChecked();
  });

  it('keeps nothing in web storage or cookies', async () => {
    standalone();
    const user = userEvent.setup();
    render(<TabPage initialLocale="nl" />);
    await user.click(screen.getByRole('checkbox', { name: nl.signals['slachtoffer-bang'] }));
    expect(window.localStorage).toHaveLength(0);
    expect(window.sessionStorage).toHaveLength(0);
    expect(document.cookie).toBe('');
  });
});

describe('sparren', () => {
  it('explains how to configure and offers KMT when no aandachtsfunctionaris is set', async () => {
    standalone();
    const user = userEvent.setup();
    const openWindow = jest.fn();
    render(<TabPage initialLocale="nl" openWindow={openWindow} />);
    await user.click(screen.getByRole('button', { name: 'Sparren met aandachtsfunctionaris' }));
    const status = await screen.findByText('Er is nog geen aandachtsfunctionaris ingesteld');
    expect(status.closest('[role="status"]')).toHaveTextContent('Vraag de beheerder van dit Teams-kanaal');
    expect(within(status.closest('[role="status"]') as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      'tel:+31534876665',
    );
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('opens the Teams deep link in a new window outside Teams, with the ticked labels only', async () => {
    standalone();
    atUrl('?gemeente=enschede&af=af%40enschede.nl');
    const user = userEvent.setup();
    const openWindow = jest.fn();
    render(<TabPage initialLocale="nl" openWindow={openWindow} />);
    expect(
      await screen.findByText('Sparren opent een chat met af@enschede.nl (Enschede).'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: nl.signals['slachtoffer-bang'] }));
    await user.click(screen.getByRole('button', { name: 'Vragen' }));
    await user.click(screen.getByRole('checkbox', { name: nl.questions['vraag-veilig'].text }));
    await user.click(screen.getByRole('button', { name: 'Sparren met aandachtsfunctionaris' }));
    expect(openWindow).toHaveBeenCalledTimes(1);
    const link = new URL(openWindow.mock.calls[0][0] as string);
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(link.searchParams.get('users')).toBe('af@enschede.nl');
    expect(link.searchParams.get('message')).toBe(
      'Hoi, ik wil graag even sparren over een mogelijk signaal van mensenhandel bij de balie.\n\nWat ik zag:\nHet mogelijke slachtoffer:\n- maakt een bange indruk, is onrustig',
    );
    expect(mockedTeams.openTeamsChat).not.toHaveBeenCalled();
  });

  it('opens the chat through Teams with every configured aandachtsfunctionaris', async () => {
    inTeams();
    atUrl('?af=a%40x.nl,b%40x.nl');
    const user = userEvent.setup();
    render(<TabPage initialLocale="nl" />);
    await waitFor(() => expect(mockedTeams.notifyTeamsLoaded).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Sparren met aandachtsfunctionaris' }));
    expect(mockedTeams.openTeamsChat).toHaveBeenCalledWith({
      users: ['a@x.nl', 'b@x.nl'],
      topic: 'Sparren over mogelijk signaal mensenhandel',
      message: 'Hoi, ik wil graag even sparren over een mogelijk signaal van mensenhandel bij de balie.',
    });
    expect(await screen.findByText(/De chat staat klaar/)).toBeInTheDocument();
  });

  it('in Outlook or the Microsoft 365 app, says before and after that Teams opens the chat', async () => {
    inHostWithoutChat();
    atUrl('?gemeente=enschede&af=af%40enschede.nl');
    const user = userEvent.setup();
    render(<TabPage initialLocale="nl" />);
    expect(
      await screen.findByText('Sparren opent Microsoft Teams, met een chat met af@enschede.nl (Enschede).'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sparren met aandachtsfunctionaris' }));
    expect(mockedTeams.openTeamsChat).toHaveBeenCalledTimes(1);
    const status = await screen.findByText(/Microsoft Teams gaat open met de chat/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByText(/De chat staat klaar/)).toBeNull();
  });

  it('says so, and offers KMT, when the chat cannot be opened', async () => {
    inTeams();
    mockedTeams.openTeamsChat.mockRejectedValue(new Error('not allowed'));
    atUrl('?af=a%40x.nl');
    const user = userEvent.setup();
    render(<TabPage initialLocale="nl" />);
    await user.click(screen.getByRole('button', { name: 'Sparren met aandachtsfunctionaris' }));
    expect(await screen.findByText(/De chat kon niet worden geopend/)).toBeInTheDocument();
  });
});

describe('hostile links', () => {
  it('ignores invalid values with a polite notice and never renders them', async () => {
    standalone();
    const hostile = '<img src=x onerror=alert(1)>';
    atUrl(
      `?gemeente=${encodeURIComponent(hostile)}&af=${encodeURIComponent(`javascript:alert(1)//@x.nl,${hostile}`)}`,
    );
    const { container } = render(<TabPage initialLocale="nl" />);
    expect(await screen.findByText(/De gemeente in de link van deze tab is onbekend/)).toBeInTheDocument();
    expect(
      screen.getByText(/2 adressen in de link van deze tab zijn geen geldig e-mailadres/),
    ).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
    expect(container.innerHTML).not.toContain('javascript:');
  });
});

describe('theme', () => {
  it('follows the Teams theme through the one FluentProvider', async () => {
    inTeams('dark');
    let onTheme: (theme: 'light' | 'dark' | 'contrast') => void = () => undefined;
    mockedTeams.followTeamsTheme.mockImplementation((handler) => {
      onTheme = handler;
      return () => undefined;
    });
    render(<TabPage initialLocale="nl" />);
    const themeCss = () =>
      Array.from(document.querySelectorAll('style'), (style) =>
        Array.from(style.sheet?.cssRules ?? [], (rule) => rule.cssText).join(''),
      ).join('');
    const background = (theme: typeof teamsDarkTheme) =>
      `--colorNeutralBackground1: ${theme.colorNeutralBackground1};`;
    await waitFor(() => expect(themeCss()).toContain(background(teamsDarkTheme)));
    act(() => onTheme('contrast'));
    await waitFor(() => expect(themeCss()).toContain(background(teamsHighContrastTheme)));
    expect(themeCss()).not.toContain(background(teamsDarkTheme));
  });
});
