import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cardText, type Locale, type SignalId } from '../../src/content';
import { AppShell } from '../../src/tab/shared/AppShell';
import { ShareButton } from '../../src/tab/tab/ShareButton';
import { useHost } from '../../src/tab/shared/hooks/useHost';
import { shareableTabUrl } from '../../src/tab/tab/shareableTabUrl';
import { uiText } from '../../src/tab/i18n/tab';
import { TabPage } from '../../src/tab/tab/TabPage';
import * as teams from '../../src/teams';
import type { ShareOutcome, TeamsHostInfo } from '../../src/teams';
import { cannotBeInTeams } from '../../src/teams/environment';

jest.mock('../../src/teams/environment', () => ({ cannotBeInTeams: jest.fn() }));
jest.mock('../../src/teams', () => ({
  connectToTeams: jest.fn(),
  followTeamsTheme: jest.fn(),
  notifyTeamsLoaded: jest.fn(),
  openTeamsChat: jest.fn(),
  shareLink: jest.fn(),
}));

const mockedTeams = jest.mocked(teams);
const ui = uiText('nl');
const contentFrame: TeamsHostInfo = {
  theme: 'light',
  locale: 'nl-nl',
  frameContext: 'content',
  hostName: 'Teams',
  supports: { chat: true, sharing: true },
};
const TAB = '/tab?gemeente=hof-van-twente&af=af%40hofvantwente.nl';
const SHARED_URL = 'http://localhost/tab?gemeente=hof-van-twente&af=af%40hofvantwente.nl';

function standalone() {
  jest.mocked(cannotBeInTeams).mockReturnValue(true);
}

function inTeams(shareOutcome: ShareOutcome) {
  jest.mocked(cannotBeInTeams).mockReturnValue(false);
  mockedTeams.connectToTeams.mockResolvedValue(contentFrame);
  mockedTeams.followTeamsTheme.mockReturnValue(() => undefined);
  mockedTeams.shareLink.mockResolvedValue(shareOutcome);
}

/** A clipboard that works or refuses, installed after user-event put its own stub in place. */
function clipboard(works: boolean) {
  const writeText = jest.fn<Promise<void>, [string]>(() =>
    works
      ? Promise.resolve()
      : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
  );
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

function Harness({ locale }: { locale: Locale }) {
  const host = useHost({ initialLocale: locale });
  return (
    <AppShell theme={host.theme} locale={host.locale}>
      <ShareButton host={host} ui={uiText(host.locale)} />
    </AppShell>
  );
}

function renderShare(locale: Locale = 'nl') {
  const user = userEvent.setup();
  render(<Harness locale={locale} />);
  return user;
}

jest.setTimeout(20_000);

beforeEach(() => {
  jest.resetAllMocks();
  window.history.replaceState({}, '', TAB);
});

describe('the link that is shared', () => {
  it('is the page with only its valid settings: no fragment, no unknown or invalid parameters', () => {
    const at = (search: string) => ({ origin: 'https://kaart.example', pathname: '/tab', search });
    expect(shareableTabUrl(at(''))).toBe('https://kaart.example/tab');
    expect(shareableTabUrl(at('?gemeente=Enschede&lang=en&x=1&af=a@b.nl,nope'))).toBe(
      'https://kaart.example/tab?gemeente=enschede&af=a%40b.nl&lang=en',
    );
    expect(shareableTabUrl(at('?gemeente=%3Cscript%3E&lang=fr'))).toBe('https://kaart.example/tab');
  });
});

describe('Delen in chat in Teams', () => {
  it('opens the Teams share dialog with the tab link, a preview and a message without observations', async () => {
    inTeams('shared');
    const user = renderShare();
    const writeText = clipboard(true);
    await waitFor(() => expect(mockedTeams.connectToTeams).toHaveBeenCalled());
    await user.click(screen.getByRole('button', { name: ui.share }));
    await waitFor(() => expect(mockedTeams.shareLink).toHaveBeenCalledTimes(1));
    expect(mockedTeams.shareLink).toHaveBeenCalledWith(SHARED_URL, ui.shareLink.message);
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('the user closing the share dialog is not an error and copies nothing', async () => {
    inTeams('cancelled');
    const user = renderShare();
    const writeText = clipboard(true);
    await user.click(screen.getByRole('button', { name: ui.share }));
    await waitFor(() => expect(mockedTeams.shareLink).toHaveBeenCalled());
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('where Teams cannot share (dialog, Stageview on the web, no capability) it copies the link instead', async () => {
    inTeams('unavailable');
    const user = renderShare();
    const writeText = clipboard(true);
    await user.click(screen.getByRole('button', { name: ui.share }));
    expect(await screen.findByText(ui.shareLink.copiedInstead)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(SHARED_URL);
    expect(screen.getByRole('status')).toHaveTextContent(ui.shareLink.copiedInstead);
  });
});

describe('in Outlook or the Microsoft 365 app (no sharing)', () => {
  it('is called "Link kopiëren" once the host has answered, and copies the link', async () => {
    jest.mocked(cannotBeInTeams).mockReturnValue(false);
    mockedTeams.connectToTeams.mockResolvedValue({
      ...contentFrame,
      hostName: 'Outlook',
      supports: { chat: false, sharing: false },
    });
    mockedTeams.followTeamsTheme.mockReturnValue(() => undefined);
    mockedTeams.shareLink.mockResolvedValue('unavailable');
    const user = renderShare();
    const writeText = clipboard(true);
    const button = await screen.findByRole('button', { name: ui.copyLink });
    await user.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent(ui.shareLink.copied);
    expect(writeText).toHaveBeenCalledWith(SHARED_URL);
  });
});

describe('outside Teams', () => {
  it('is called "Link kopiëren", copies the link and says "Link gekopieerd"', async () => {
    standalone();
    const user = renderShare();
    const writeText = clipboard(true);
    const button = await screen.findByRole('button', { name: ui.copyLink });
    await user.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent(/^Link gekopieerd/);
    expect(writeText).toHaveBeenCalledWith(SHARED_URL);
    expect(mockedTeams.shareLink).not.toHaveBeenCalled();
  });

  it('when copying fails, shows the link in a read-only field, focused and selected for Ctrl+C', async () => {
    standalone();
    const user = renderShare();
    clipboard(false);
    await user.click(await screen.findByRole('button', { name: ui.copyLink }));
    const field = await screen.findByRole('textbox', { name: ui.linkLabel });
    expect(field).toHaveValue(SHARED_URL);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, SHARED_URL.length]);
    expect(screen.getByRole('status')).toHaveTextContent(ui.shareLink.copyFailed);
  });

  it('without any clipboard (not a secure context) the link is shown as well', async () => {
    standalone();
    const user = renderShare('en');
    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(await screen.findByRole('button', { name: uiText('en').copyLink }));
    expect(await screen.findByRole('textbox', { name: uiText('en').linkLabel })).toHaveValue(SHARED_URL);
  });
});

describe('in the tab', () => {
  it('sits in the action bar between "Bel KMT" and "Afdrukken" and shares nothing that was ticked', async () => {
    inTeams('shared');
    const user = userEvent.setup();
    render(<TabPage initialLocale="nl" />);
    await waitFor(() => expect(mockedTeams.connectToTeams).toHaveBeenCalled());
    const group = screen.getByRole('group', { name: ui.actions });
    const actions = within(group);
    // "Bel KMT" is a tel: link styled as a button; the order is the order on screen.
    const labels = Array.from(group.querySelectorAll('a, button'), (b) => b.textContent ?? '');
    expect(labels.findIndex((l) => l.startsWith(ui.callKmt))).toBe(labels.indexOf(ui.share) - 1);
    expect(labels.indexOf(ui.print)).toBe(labels.indexOf(ui.share) + 1);

    const ticked: SignalId = 'slachtoffer-paspoort';
    await user.click(screen.getByLabelText(cardText('nl').signals[ticked]));
    await user.click(actions.getByRole('button', { name: ui.share }));
    await waitFor(() => expect(mockedTeams.shareLink).toHaveBeenCalledTimes(1));
    const [url, message] = mockedTeams.shareLink.mock.calls[0]!;
    expect(url).toBe(SHARED_URL);
    for (const sent of [url, message]) {
      expect(sent).not.toContain(ticked);
      expect(sent).not.toContain(cardText('nl').signals[ticked]);
    }
  });
});
