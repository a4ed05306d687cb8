import { HostClientType, HostName, app, chat, sharing } from '@microsoft/teams-js';
import { canOpenChat, openTeamsChat } from '../../src/teams/chat';
import { chatDeepLink } from '../../src/teams/deepLink';
import { cannotBeInTeams } from '../../src/teams/environment';
import { connectToTeams } from '../../src/teams/host';
import { hostThemeOf } from '../../src/content';

jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: jest.fn(),
    getContext: jest.fn(),
    openLink: jest.fn(),
    notifySuccess: jest.fn(),
    registerOnThemeChangeHandler: jest.fn(),
  },
  chat: { isSupported: jest.fn(), openChat: jest.fn(), openGroupChat: jest.fn() },
  sharing: { isSupported: jest.fn(), shareWebContent: jest.fn() },
  HostName: { teams: 'Teams' },
  HostClientType: { web: 'web' },
}));

const mockedApp = jest.mocked(app);
const mockedChat = jest.mocked(chat);

function teamsContext(theme: string, locale = 'nl-nl'): app.Context {
  const context: Partial<app.Context> = {
    app: {
      theme,
      locale,
      sessionId: 'test',
      host: { name: HostName.teams, clientType: HostClientType.web },
    } as app.AppInfo,
    page: { id: 'signaalkaart', frameContext: 'content' } as app.PageInfo,
  };
  return context as app.Context;
}

beforeEach(() => jest.resetAllMocks());

describe('deep link to a chat', () => {
  it('encodes every value and joins users with a comma', () => {
    const link = chatDeepLink({
      users: ["o'brien+af@x.nl", 'b@x.nl'],
      topic: 'Sparren & zo',
      message: 'Hoi,\nregel 2 #1 ?=&',
    });
    expect(link).toBe(
      "https://teams.microsoft.com/l/chat/0/0?users=o'brien%2Baf%40x.nl,b%40x.nl&topicName=Sparren%20%26%20zo&message=Hoi%2C%0Aregel%202%20%231%20%3F%3D%26",
    );
    const url = new URL(link);
    expect(url.searchParams.get('users')).toBe("o'brien+af@x.nl,b@x.nl");
    expect(url.searchParams.get('message')).toBe('Hoi,\nregel 2 #1 ?=&');
  });

  it('leaves the topic out for a one-to-one chat (Teams ignores it there)', () => {
    expect(chatDeepLink({ users: ['a@x.nl'], topic: 't', message: 'm' })).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=a%40x.nl&message=m',
    );
  });
});

describe('opening the spar chat in Teams', () => {
  const draft = { users: ['a@x.nl'], topic: 'Onderwerp', message: 'Bericht' };

  it('uses openChat for one aandachtsfunctionaris', async () => {
    mockedChat.isSupported.mockReturnValue(true);
    await expect(openTeamsChat(draft)).resolves.toBe('chat');
    expect(mockedChat.openChat).toHaveBeenCalledWith({ user: 'a@x.nl', message: 'Bericht' });
    expect(mockedChat.openGroupChat).not.toHaveBeenCalled();
  });

  it('uses openGroupChat with a topic for several', async () => {
    mockedChat.isSupported.mockReturnValue(true);
    await expect(openTeamsChat({ ...draft, users: ['a@x.nl', 'b@x.nl'] })).resolves.toBe('group-chat');
    expect(mockedChat.openGroupChat).toHaveBeenCalledWith({
      users: ['a@x.nl', 'b@x.nl'],
      topic: 'Onderwerp',
      message: 'Bericht',
    });
  });

  it('opens the deep link through the host when chat is not supported', async () => {
    mockedChat.isSupported.mockReturnValue(false);
    await expect(openTeamsChat(draft)).resolves.toBe('deep-link');
    expect(mockedApp.openLink).toHaveBeenCalledWith(chatDeepLink(draft));
    expect(mockedChat.openChat).not.toHaveBeenCalled();
  });

  it('falls back to the deep link when the host reports chat but refuses to open one', async () => {
    mockedChat.isSupported.mockReturnValue(true);
    mockedChat.openChat.mockRejectedValue(new Error('Not supported on platform'));
    await expect(openTeamsChat(draft)).resolves.toBe('deep-link');
    expect(mockedApp.openLink).toHaveBeenCalledWith(chatDeepLink(draft));
  });

  it('treats a host that cannot even tell (isSupported throws) as one without chat', async () => {
    mockedChat.isSupported.mockImplementation(() => {
      throw new Error('The library has not yet been initialized');
    });
    expect(canOpenChat()).toBe(false);
    await expect(openTeamsChat(draft)).resolves.toBe('deep-link');
  });

  it('refuses to open a chat with no one', async () => {
    await expect(openTeamsChat({ users: [] })).rejects.toThrow('No one to chat with');
  });
});

describe('connecting to the host', () => {
  it('reports theme, locale, frame context, host name and what the host supports', async () => {
    mockedApp.initialize.mockResolvedValue();
    mockedApp.getContext.mockResolvedValue(teamsContext('dark', 'en-us'));
    mockedChat.isSupported.mockReturnValue(true);
    jest.mocked(sharing.isSupported).mockReturnValue(true);
    await expect(connectToTeams()).resolves.toEqual({
      theme: 'dark',
      locale: 'en-us',
      frameContext: 'content',
      hostName: 'Teams',
      supports: { chat: true, sharing: true },
    });
  });

  it('reports a host without chat and sharing (Outlook, the Microsoft 365 app)', async () => {
    mockedApp.initialize.mockResolvedValue();
    mockedApp.getContext.mockResolvedValue(teamsContext('default'));
    mockedChat.isSupported.mockReturnValue(false);
    jest.mocked(sharing.isSupported).mockImplementation(() => {
      throw new Error('not initialized');
    });
    await expect(connectToTeams()).resolves.toMatchObject({ supports: { chat: false, sharing: false } });
  });

  it('gives up after its own short timeout when an unknown parent never answers', async () => {
    jest.useFakeTimers();
    mockedApp.initialize.mockReturnValue(new Promise(() => undefined));
    const connecting = connectToTeams(2500);
    jest.advanceTimersByTime(2500);
    await expect(connecting).resolves.toBeNull();
    jest.useRealTimers();
  });

  it('resolves null when initialize rejects (no parent window)', async () => {
    mockedApp.initialize.mockRejectedValue(new Error('Initialization Failed. No Parent window found.'));
    await expect(connectToTeams()).resolves.toBeNull();
  });
});

describe('theme and environment', () => {
  it.each([
    ['default', 'light'],
    ['light', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
    [undefined, 'light'],
  ])('maps the Teams theme %p to %p', (teams, ours) => {
    expect(hostThemeOf(teams)).toBe(ours);
  });

  it('knows at once that a top-level window without opener or native bridge is not in Teams', () => {
    const top = { opener: null } as unknown as Window;
    Object.assign(top, { self: top, top });
    expect(cannotBeInTeams(top)).toBe(true);
    expect(cannotBeInTeams(Object.assign({}, top, { nativeInterface: {} }) as Window)).toBe(false);
    const framed = { self: {}, top: {}, opener: null } as unknown as Window;
    expect(cannotBeInTeams(framed)).toBe(false);
    const opened = { opener: {} } as unknown as Window;
    Object.assign(opened, { self: opened, top: opened });
    expect(cannotBeInTeams(opened)).toBe(false);
  });
});
