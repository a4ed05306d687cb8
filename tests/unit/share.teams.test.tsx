// The teams-js call behind "Delen in chat", with teams-js mocked at its module boundary.
import { sharing } from '@microsoft/teams-js';
import { shareLink } from '../../src/teams/share';

jest.mock('@microsoft/teams-js', () => ({
  ErrorCode: { NOT_SUPPORTED_ON_PLATFORM: 100, NOT_SUPPORTED_IN_CURRENT_CONTEXT: 501, USER_ABORT: 8000 },
  sharing: { isSupported: jest.fn(), shareWebContent: jest.fn() },
}));

const mockedSharing = jest.mocked(sharing);
// shareWebContent is overloaded (promise and deprecated callback form); the promise form is the one used.
type ShareWebContent = (request: sharing.IShareRequest<sharing.IShareRequestContentType>) => Promise<void>;
const shareWebContent = mockedSharing.shareWebContent as unknown as jest.MockedFunction<ShareWebContent>;
const URL_TO_SHARE = 'https://kaart.example/tab?gemeente=borne';

beforeEach(() => jest.resetAllMocks());

it('calls shareWebContent with one URL item, the message and a preview', async () => {
  mockedSharing.isSupported.mockReturnValue(true);
  shareWebContent.mockResolvedValue(undefined);
  await expect(shareLink(URL_TO_SHARE, 'De signaalkaart')).resolves.toBe('shared');
  expect(shareWebContent).toHaveBeenCalledTimes(1);
  expect(shareWebContent).toHaveBeenCalledWith({
    content: [{ type: 'URL', url: URL_TO_SHARE, message: 'De signaalkaart', preview: true }],
  });
});

it('is unavailable without the sharing capability, and does not try', async () => {
  mockedSharing.isSupported.mockReturnValue(false);
  await expect(shareLink(URL_TO_SHARE, 'm')).resolves.toBe('unavailable');
  expect(shareWebContent).not.toHaveBeenCalled();
});

it('is unavailable when the host refuses (dialogs, Stageview on the web) or teams-js throws', async () => {
  mockedSharing.isSupported.mockReturnValue(true);
  shareWebContent.mockRejectedValue({ errorCode: 501, message: 'not in this context' });
  await expect(shareLink(URL_TO_SHARE, 'm')).resolves.toBe('unavailable');
  shareWebContent.mockImplementation(() => {
    throw new Error('This call is only allowed in following contexts: ["content","sidePanel","task"]');
  });
  await expect(shareLink(URL_TO_SHARE, 'm')).resolves.toBe('unavailable');
});

it('is cancelled, not unavailable, when the user closes the share dialog', async () => {
  mockedSharing.isSupported.mockReturnValue(true);
  shareWebContent.mockRejectedValue({ errorCode: 8000 });
  await expect(shareLink(URL_TO_SHARE, 'm')).resolves.toBe('cancelled');
});
