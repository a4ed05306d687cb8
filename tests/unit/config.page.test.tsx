import { app, pages, people } from '@microsoft/teams-js';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigPage } from '../../src/tab/config/ConfigPage';

// jsdom has no layout; Fluent's MessageBar watches its own size.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;

// The host is the boundary: teams-js is faked, everything of ours (src/teams, hooks, page) runs for real.
let mockFramed = true;
jest.mock('../../src/teams/environment', () => ({ cannotBeInTeams: () => !mockFramed }));
jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: jest.fn(),
    getContext: jest.fn(),
    registerOnThemeChangeHandler: jest.fn(),
    notifySuccess: jest.fn(),
    openLink: jest.fn(),
  },
  chat: { isSupported: jest.fn(() => false) },
  pages: {
    isSupported: jest.fn(),
    getConfig: jest.fn(),
    config: {
      isSupported: jest.fn(),
      setValidityState: jest.fn(),
      registerOnSaveHandler: jest.fn(),
      setConfig: jest.fn(),
    },
  },
  people: { isSupported: jest.fn(), selectPeople: jest.fn() },
  ErrorCode: { USER_ABORT: 8000 },
  FrameContexts: { content: 'content', task: 'task', settings: 'settings' },
}));

const settingsContext: Partial<app.Context> = {
  app: {
    locale: 'nl-nl',
    theme: 'default',
    sessionId: 'session',
    host: { name: 'Teams', clientType: 'web', sessionId: 'host' },
  } as unknown as app.Context['app'],
  page: { id: 'signaalkaart', frameContext: 'settings' } as app.Context['page'],
};

/** The promise form of the overloaded `people.selectPeople`. */
const selectPeople = jest.mocked(
  people.selectPeople as (inputs?: people.PeoplePickerInputs) => Promise<people.PeoplePickerResult[]>,
);

type SaveEvent = Parameters<Parameters<typeof pages.config.registerOnSaveHandler>[0]>[0];

function saveEvent(): jest.Mocked<SaveEvent> {
  return { result: {}, notifySuccess: jest.fn(), notifyFailure: jest.fn() };
}

/** Presses the host's Save button: calls the handler the page registered. */
async function pressSave(): Promise<jest.Mocked<SaveEvent>> {
  const handler = jest.mocked(pages.config.registerOnSaveHandler).mock.calls.at(-1)?.[0];
  if (!handler) throw new Error('The page registered no save handler');
  const event = saveEvent();
  // The host calls the handler; the page's state changes it causes belong in act().
  await act(() => handler(event));
  return event;
}

const validity = () => jest.mocked(pages.config.setValidityState).mock.calls.map(([valid]) => valid);

function gemeente() {
  return screen.getByRole('combobox', { name: /Gemeente/ });
}
function address(n: number) {
  return screen.getByRole('textbox', { name: new RegExp(`E-mailadres ${n}`) });
}

beforeEach(() => {
  mockFramed = true;
  window.history.replaceState(null, '', '/config');
  jest.mocked(app.initialize).mockResolvedValue(undefined);
  jest.mocked(app.getContext).mockResolvedValue(settingsContext as app.Context);
  jest.mocked(pages.isSupported).mockReturnValue(true);
  jest.mocked(pages.config.isSupported).mockReturnValue(true);
  jest.mocked(pages.getConfig).mockResolvedValue({ contentUrl: '' });
  jest.mocked(pages.config.setConfig).mockResolvedValue(undefined);
  jest.mocked(people.isSupported).mockReturnValue(false);
});

afterEach(() => jest.clearAllMocks());

/** Renders the page in the fake Teams settings frame and waits until it is connected. */
async function renderInTeams() {
  const user = userEvent.setup();
  render(<ConfigPage initialLocale="nl" />);
  await screen.findByText('Klopt alles? Klik dan onderaan op Opslaan.');
  await waitFor(() => expect(pages.config.setValidityState).toHaveBeenCalled());
  return user;
}

describe('config page in Teams', () => {
  it('connects, tells Teams it is on screen and keeps Save disabled until the form is valid', async () => {
    const user = await renderInTeams();
    expect(app.notifySuccess).toHaveBeenCalledTimes(1);
    expect(pages.config.registerOnSaveHandler).toHaveBeenCalledTimes(1);
    expect(pages.getConfig).toHaveBeenCalledTimes(1);
    expect(validity()).toEqual([false]);

    await user.selectOptions(gemeente(), 'hengelo');
    expect(validity()).toEqual([false]);
    await user.type(address(1), 'af@hengelo.nl');
    expect(validity()).toEqual([false, true]);

    await user.type(address(1), '<');
    expect(validity()).toEqual([false, true, false]);
    await user.type(address(1), '{Backspace}');
    expect(validity()).toEqual([false, true, false, true]);

    await user.selectOptions(gemeente(), '');
    expect(validity()).toEqual([false, true, false, true, false]);
  });

  it('saves the tab link, encoded, as content and website URL with a stable id and name', async () => {
    const user = await renderInTeams();
    await user.selectOptions(gemeente(), 'hof-van-twente');
    await user.type(address(1), "o'brien+af@hofvantwente.nl");
    await user.click(screen.getByRole('button', { name: 'Nog een adres toevoegen' }));
    expect(address(2)).toHaveFocus();
    await user.type(address(2), 'tweede@hofvantwente.nl');

    const event = await pressSave();
    // With Teams' placeholders, so the tab opens in the clerk's theme and language.
    const url =
      'http://localhost/tab?gemeente=hof-van-twente&af=o%27brien%2Baf%40hofvantwente.nl%2Ctweede%40hofvantwente.nl' +
      '&theme={app.theme}&theme={theme}&locale={app.locale}&locale={locale}';
    expect(pages.config.setConfig).toHaveBeenCalledTimes(1);
    expect(pages.config.setConfig).toHaveBeenCalledWith({
      contentUrl: url,
      websiteUrl: url,
      entityId: 'signaalkaart',
      suggestedDisplayName: 'Signaalkaart mensenhandel',
    });
    expect(event.notifySuccess).toHaveBeenCalledTimes(1);
    expect(event.notifyFailure).not.toHaveBeenCalled();
  });

  it('shows the preview the clerk will get', async () => {
    const user = await renderInTeams();
    const preview = screen.getByRole('region', { name: 'Zo ziet de baliemedewerker het' });
    expect(preview).toHaveTextContent('Kies een gemeente en vul een e-mailadres in.');
    await user.selectOptions(gemeente(), 'enschede');
    await user.type(address(1), 'af@enschede.nl');
    expect(preview).toHaveTextContent('Sparren met aandachtsfunctionaris');
    expect(preview).toHaveTextContent('Sparren opent een chat met af@enschede.nl (Enschede).');
  });

  it('refuses to save an invalid form: tells Teams why and shows the problems', async () => {
    await renderInTeams();
    const event = await pressSave();
    expect(pages.config.setConfig).not.toHaveBeenCalled();
    expect(event.notifyFailure).toHaveBeenCalledWith(
      'Nog niet alles is goed ingevuld. Kijk bij de velden met een melding.',
    );
    expect(await screen.findByText('Kies een gemeente.')).toBeInTheDocument();
    expect(
      screen.getByText('Vul het e-mailadres van minstens één aandachtsfunctionaris in.'),
    ).toBeInTheDocument();
  });

  it('says so on the page and to Teams when the host refuses the configuration', async () => {
    jest.mocked(pages.config.setConfig).mockRejectedValue(new Error('host said no'));
    const user = await renderInTeams();
    await user.selectOptions(gemeente(), 'losser');
    await user.type(address(1), 'af@losser.nl');
    const event = await pressSave();
    expect(event.notifySuccess).not.toHaveBeenCalled();
    expect(event.notifyFailure).toHaveBeenCalledWith('Opslaan lukte niet. Probeer het opnieuw.');
    expect(await screen.findByText('Opslaan lukte niet. Probeer het opnieuw.')).toBeInTheDocument();
  });

  it('shows the current values when the settings are opened again', async () => {
    jest.mocked(pages.getConfig).mockResolvedValue({
      contentUrl:
        'https://signaal.example/tab?gemeente=borne&af=a%40borne.nl%2Cb%40borne.nl&theme=dark&theme={theme}&locale=nl-nl&locale={locale}',
      entityId: 'signaalkaart',
    });
    await renderInTeams();
    await waitFor(() => expect(gemeente()).toHaveValue('borne'));
    expect(address(1)).toHaveValue('a@borne.nl');
    expect(address(2)).toHaveValue('b@borne.nl');
    // Save ends up enabled, and is never disabled again after that.
    expect(validity().at(-1)).toBe(true);
    expect(validity().slice(validity().indexOf(true))).not.toContain(false);
    const event = await pressSave();
    // The placeholders once, whatever Teams made of them in the stored URL.
    expect(jest.mocked(pages.config.setConfig).mock.calls[0]?.[0].contentUrl).toBe(
      'http://localhost/tab?gemeente=borne&af=a%40borne.nl%2Cb%40borne.nl&theme={app.theme}&theme={theme}&locale={app.locale}&locale={locale}',
    );
    expect(event.notifySuccess).toHaveBeenCalled();
  });

  it('shows broken stored values as problems next to the fields, never as markup', async () => {
    jest.mocked(pages.getConfig).mockResolvedValue({
      contentUrl:
        '/tab?gemeente=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&af=javascript%3Aalert(1)%2Cgoed%40x.nl',
    });
    await renderInTeams();
    expect(
      await screen.findByText('De gemeente die was opgeslagen, bestaat niet. Kies de gemeente opnieuw.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Eén opgeslagen adres was geen geldig e-mailadres. Dat adres is weggelaten. Vul het goede adres in.',
      ),
    ).toBeInTheDocument();
    expect(address(1)).toHaveValue('goed@x.nl');
    expect(gemeente()).toHaveValue('');
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.innerHTML).not.toContain('javascript:');
    expect(validity()).toEqual([false]);
  });

  it('does not let a late answer from Teams overwrite what the admin typed', async () => {
    let answer: (config: pages.InstanceConfig) => void = () => undefined;
    jest.mocked(pages.getConfig).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const user = await renderInTeams();
    await user.selectOptions(gemeente(), 'tubbergen');
    await act(async () => {
      answer({ contentUrl: '/tab?gemeente=borne&af=a%40borne.nl' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(gemeente()).toHaveValue('tubbergen');
    expect(address(1)).toHaveValue('');
  });

  it('adds people from the Teams people picker where the host has one', async () => {
    jest.mocked(people.isSupported).mockReturnValue(true);
    selectPeople.mockResolvedValue([
      { objectId: '1', displayName: 'A', email: 'a@wierden.nl' },
      { objectId: '2', displayName: 'Zonder adres' },
    ]);
    const user = await renderInTeams();
    await user.click(await screen.findByRole('button', { name: 'Persoon zoeken' }));
    expect(selectPeople).toHaveBeenCalledWith({
      title: 'Kies de aandachtsfunctionaris mensenhandel',
      openOrgWideSearchInChatOrChannel: true,
    });
    await waitFor(() => expect(address(1)).toHaveValue('a@wierden.nl'));
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 adres toegevoegd. Van 1 persoon is geen e-mailadres bekend. Vul dat adres zelf in.',
    );
  });

  it('hides the people picker where the host has none', async () => {
    await renderInTeams();
    expect(screen.queryByRole('button', { name: 'Persoon zoeken' })).toBeNull();
    expect(selectPeople).not.toHaveBeenCalled();
  });

  it('follows the host language', async () => {
    jest.mocked(app.getContext).mockResolvedValue({
      ...settingsContext,
      app: { ...settingsContext.app, locale: 'en-us' },
    } as app.Context);
    render(<ConfigPage initialLocale="nl" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up the signal card' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Municipality/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Help and contact (opens in a new window)' })).toHaveAttribute(
      'href',
      'help?lang=en',
    );
  });

  it('shows a help and contact link that says it opens a new window', async () => {
    render(<ConfigPage initialLocale="nl" />);
    const link = screen.getByRole('link', { name: 'Hulp en contact (opent in een nieuw venster)' });
    expect(link).toHaveAttribute('href', 'help');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Let the connection to the host settle, so its update does not land after the test.
    await waitFor(() => expect(pages.config.registerOnSaveHandler).toHaveBeenCalled());
  });
});

describe('hostile input', () => {
  it.each([
    ['markup', '<img src=x onerror=alert(1)>', 'Dit is geen geldig e-mailadres.'],
    [
      'a javascript: URL',
      'javascript:alert(document.cookie)',
      'Vul alleen het e-mailadres in, zonder "mailto:" of een link ervoor.',
    ],
    ['a 10 kB string', `${'x'.repeat(10_240)}@hengelo.nl`, 'Dit is te lang voor een e-mailadres.'],
    [
      '50 addresses',
      Array.from({ length: 50 }, (_, i) => `af${i}@hengelo.nl`).join(','),
      'Vul één e-mailadres per veld in.',
    ],
  ])('refuses %s, explains why next to the field and saves nothing', async (_label, value, message) => {
    const user = await renderInTeams();
    await user.selectOptions(gemeente(), 'almelo');
    await user.click(address(1));
    await user.paste(value);
    await user.tab();
    const field = address(1);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(message, { exact: false })).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(document.querySelector('img, script')).toBeNull();
    expect(validity()).not.toContain(true);
    const event = await pressSave();
    expect(pages.config.setConfig).not.toHaveBeenCalled();
    expect(event.notifyFailure).toHaveBeenCalled();
  });
});

describe('config page outside Teams', () => {
  beforeEach(() => {
    mockFramed = false;
  });

  it('works without teams-js, shows the link and copies it', async () => {
    const user = userEvent.setup();
    render(<ConfigPage initialLocale="nl" />);
    const region = await screen.findByRole('region', { name: 'Link naar de tab' });
    expect(region).toHaveTextContent('In Microsoft Teams open je deze pagina via de instellingen van de tab');
    expect(within(region).getByText(/De link verschijnt als/)).toBeInTheDocument();

    await user.selectOptions(gemeente(), 'rijssen-holten');
    await user.type(address(1), 'af@rijssen-holten.nl');
    const link = within(region).getByRole('textbox', { name: 'Link naar de signaalkaart' });
    expect(link).toHaveValue('http://localhost/tab?gemeente=rijssen-holten&af=af%40rijssen-holten.nl');

    await user.click(within(region).getByRole('button', { name: 'Link kopiëren' }));
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost/tab?gemeente=rijssen-holten&af=af%40rijssen-holten.nl',
    );
    expect(within(region).getByRole('status')).toHaveTextContent('De link is gekopieerd.');
    expect(app.initialize).not.toHaveBeenCalled();
    expect(pages.config.setValidityState).not.toHaveBeenCalled();
  });

  it('selects the link for Ctrl+C when the browser does not allow copying', async () => {
    const user = userEvent.setup();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ConfigPage initialLocale="nl" />);
    await screen.findByRole('region', { name: 'Link naar de tab' });
    await user.selectOptions(gemeente(), 'oldenzaal');
    await user.type(address(1), 'af@oldenzaal.nl');
    await user.click(screen.getByRole('button', { name: 'Link kopiëren' }));
    const link = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link naar de signaalkaart' });
    expect(link).toHaveFocus();
    expect([link.selectionStart, link.selectionEnd]).toEqual([0, link.value.length]);
    expect(screen.getByText(/De link is geselecteerd: druk op Ctrl\+C/)).toBeInTheDocument();
  });

  it('starts from the link in its own address, for an intranet admin who edits an existing link', async () => {
    window.history.replaceState(null, '', '/config?gemeente=dinkelland&af=af%40dinkelland.nl');
    render(<ConfigPage initialLocale="nl" />);
    await waitFor(() => expect(gemeente()).toHaveValue('dinkelland'));
    expect(address(1)).toHaveValue('af@dinkelland.nl');
  });

  it('becomes standalone when teams-js never answers', async () => {
    jest.useFakeTimers();
    try {
      mockFramed = true;
      jest.mocked(app.initialize).mockReturnValue(new Promise(() => undefined));
      render(<ConfigPage initialLocale="nl" />);
      await act(() => jest.advanceTimersByTimeAsync(3000));
      expect(await screen.findByRole('region', { name: 'Link naar de tab' })).toBeInTheDocument();
      expect(pages.config.registerOnSaveHandler).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });
});
