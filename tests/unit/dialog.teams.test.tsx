// The teams-js calls behind the "Signalen delen" dialog, with teams-js mocked at its module boundary.
import { app, dialog } from '@microsoft/teams-js';
import type { SignalenSubmission } from '../../src/content';
import { canSubmitDialog, closeDialog, submitDialog } from '../../src/teams/dialog';

jest.mock('@microsoft/teams-js', () => ({
  app: { getContext: jest.fn() },
  dialog: { isSupported: jest.fn(), url: { isSupported: jest.fn(), submit: jest.fn() } },
  FrameContexts: { content: 'content', task: 'task', settings: 'settings', sidePanel: 'sidePanel' },
}));

const mockedApp = jest.mocked(app);
const mockedDialog = jest.mocked(dialog);

function inFrame(frameContext: string): app.Context {
  const context: Partial<app.Context> = {
    app: {
      theme: 'default',
      locale: 'nl-nl',
      sessionId: 'test',
      host: { name: 'Teams', clientType: 'web' },
    } as app.AppInfo,
    page: { id: 'signalenDelen', frameContext } as app.PageInfo,
  };
  return context as app.Context;
}

function supported(dialogs: boolean, urlDialogs = dialogs) {
  mockedDialog.isSupported.mockReturnValue(dialogs);
  jest.mocked(mockedDialog.url.isSupported).mockReturnValue(urlDialogs);
}

beforeEach(() => jest.resetAllMocks());

describe('canSubmitDialog', () => {
  it('is true in a task frame with dialog.url support', async () => {
    supported(true);
    mockedApp.getContext.mockResolvedValue(inFrame('task'));
    await expect(canSubmitDialog()).resolves.toBe(true);
  });

  it('accepts the content frame that Teams mobile reports for dialogs', async () => {
    supported(true);
    mockedApp.getContext.mockResolvedValue(inFrame('content'));
    await expect(canSubmitDialog()).resolves.toBe(true);
  });

  it('is false in other frames, without dialog.url support, and when teams-js throws', async () => {
    supported(true);
    mockedApp.getContext.mockResolvedValue(inFrame('settings'));
    await expect(canSubmitDialog()).resolves.toBe(false);

    supported(true, false);
    await expect(canSubmitDialog()).resolves.toBe(false);
    supported(false, true);
    await expect(canSubmitDialog()).resolves.toBe(false);

    mockedDialog.isSupported.mockImplementation(() => {
      throw new Error('The library has not yet been initialized');
    });
    await expect(canSubmitDialog()).resolves.toBe(false);
  });
});

describe('submitting', () => {
  it('submitDialog passes the submission as the result, closeDialog passes none', () => {
    const submission: SignalenSubmission = { signalen: ['slachtoffer-bang'], vragen: [], lang: 'nl' };
    submitDialog(submission);
    expect(mockedDialog.url.submit).toHaveBeenCalledWith(submission);
    closeDialog();
    expect(mockedDialog.url.submit).toHaveBeenLastCalledWith();
  });
});
