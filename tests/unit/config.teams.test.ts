import { pages, people } from '@microsoft/teams-js';
import {
  canConfigureTab,
  handleTabConfigSave,
  readTabContentUrl,
  setTabConfigValid,
  tabConfigFor,
} from '../../src/teams/config';
import { canPickPeople, pickPeopleEmails } from '../../src/teams/people';

jest.mock('@microsoft/teams-js', () => ({
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
}));

/** The promise form of the overloaded `people.selectPeople`. */
const selectPeople = jest.mocked(
  people.selectPeople as (inputs?: people.PeoplePickerInputs) => Promise<people.PeoplePickerResult[]>,
);

const notInitialised = () => {
  throw new Error('The library has not yet been initialized');
};

afterEach(() => jest.resetAllMocks());

describe('tab configuration through teams-js', () => {
  it("stores the same URL for desktop and mobile, with Teams' theme and locale placeholders, a stable id and name", () => {
    // Both spellings of each placeholder, braces as Teams looks for them (not percent-encoded).
    const stored =
      'https://x.example/tab?gemeente=borne&theme={app.theme}&theme={theme}&locale={app.locale}&locale={locale}';
    expect(tabConfigFor('https://x.example/tab?gemeente=borne')).toEqual({
      contentUrl: stored,
      websiteUrl: stored,
      entityId: 'signaalkaart',
      suggestedDisplayName: 'Signaalkaart mensenhandel',
    });
  });

  it('does nothing where the host has no tab configuration (or before initialisation)', async () => {
    jest.mocked(pages.config.isSupported).mockImplementation(notInitialised);
    jest.mocked(pages.isSupported).mockReturnValue(false);
    expect(canConfigureTab()).toBe(false);
    setTabConfigValid(true);
    handleTabConfigSave(
      () => 'https://x.example/tab',
      () => 'no',
    );
    expect(await readTabContentUrl()).toBeNull();
    expect(pages.config.setValidityState).not.toHaveBeenCalled();
    expect(pages.config.registerOnSaveHandler).not.toHaveBeenCalled();
    expect(pages.getConfig).not.toHaveBeenCalled();
  });

  it('reads an empty contentUrl of a new tab as no configuration', async () => {
    jest.mocked(pages.isSupported).mockReturnValue(true);
    jest.mocked(pages.getConfig).mockResolvedValue({ contentUrl: '' });
    expect(await readTabContentUrl()).toBeNull();
  });
});

describe('people picker through teams-js', () => {
  it('is unavailable before initialisation', () => {
    jest.mocked(people.isSupported).mockImplementation(notInitialised);
    expect(canPickPeople()).toBe(false);
  });

  it('gives an empty list when the admin closes the picker, and passes other errors on', async () => {
    selectPeople.mockRejectedValueOnce({ errorCode: 8000 });
    await expect(pickPeopleEmails('Kies')).resolves.toEqual([]);
    selectPeople.mockRejectedValueOnce({ errorCode: 500 });
    await expect(pickPeopleEmails('Kies')).rejects.toEqual({ errorCode: 500 });
  });
});
