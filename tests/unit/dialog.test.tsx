import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MUNICIPALITIES,
  QUESTION_IDS,
  SIGNAL_IDS,
  cardText,
  questionLine,
  validateSubmission,
  type Locale,
  type SignalenSubmission,
} from '../../src/content';
import { dialogUiText } from '../../src/tab/i18n/dialog';
import { DialogPage } from '../../src/tab/dialog/DialogPage';
import * as teams from '../../src/teams';
import type { TeamsHostInfo } from '../../src/teams';
import { cannotBeInTeams } from '../../src/teams/environment';

jest.mock('../../src/teams/environment', () => ({ cannotBeInTeams: jest.fn() }));
jest.mock('../../src/teams', () => ({
  connectToTeams: jest.fn(),
  followTeamsTheme: jest.fn(),
  notifyTeamsLoaded: jest.fn(),
  canSubmitDialog: jest.fn(),
  submitDialog: jest.fn(),
  closeDialog: jest.fn(),
}));

const mockedTeams = jest.mocked(teams);
const nl = cardText('nl');
const ui = dialogUiText('nl');

const taskFrame: TeamsHostInfo = {
  theme: 'light',
  locale: 'nl-nl',
  frameContext: 'task',
  hostName: 'Teams',
  supports: { chat: true, sharing: true },
};

function atUrl(search = '') {
  window.history.replaceState({}, '', `/dialog/signalen${search}`);
}

function standalone() {
  jest.mocked(cannotBeInTeams).mockReturnValue(true);
}

function inTeamsDialog(info: Partial<TeamsHostInfo> = {}, canSubmit = true) {
  jest.mocked(cannotBeInTeams).mockReturnValue(false);
  mockedTeams.connectToTeams.mockResolvedValue({ ...taskFrame, ...info });
  mockedTeams.followTeamsTheme.mockReturnValue(() => undefined);
  mockedTeams.canSubmitDialog.mockResolvedValue(canSubmit);
}

function renderDialog(initialLocale: Locale = 'nl') {
  const user = userEvent.setup();
  render(<DialogPage initialLocale={initialLocale} />);
  return user;
}

/** The dialog checked its host: Teams was asked whether it can submit, or the page knows it is standalone. */
async function settled() {
  if (jest.mocked(cannotBeInTeams).mock.results.at(-1)?.value === false) {
    await waitFor(() => expect(mockedTeams.canSubmitDialog).toHaveBeenCalled());
  } else {
    await screen.findByText(ui.dialog.standaloneTitle);
  }
}

// Labelled tick boxes; by label rather than by role, which is slow on a page with 36 of them in jsdom.
function signalBox(id: (typeof SIGNAL_IDS)[number], card = nl) {
  return screen.getByLabelText(card.signals[id]);
}

function questionBox(id: (typeof QUESTION_IDS)[number]) {
  return screen.getByLabelText(questionLine(nl.questions[id]));
}

function submitted(): SignalenSubmission {
  expect(mockedTeams.submitDialog).toHaveBeenCalledTimes(1);
  return mockedTeams.submitDialog.mock.calls[0]![0];
}

jest.setTimeout(20_000);

beforeEach(() => {
  jest.resetAllMocks();
  atUrl();
});

describe('the checklist', () => {
  it('shows every signal in its group and every question as a tick box, and the privacy line', async () => {
    inTeamsDialog();
    renderDialog();
    await settled();
    expect(screen.getByRole('heading', { level: 1, name: ui.shareSignals })).toBeInTheDocument();
    for (const group of ['slachtoffer', 'begeleider'] as const) {
      const section = within(screen.getByRole('region', { name: nl.sectionTitles[group] }));
      const names = section.getAllByRole('checkbox').map((box) => box.getAttribute('name'));
      expect(names).toEqual(SIGNAL_IDS.filter((id) => id.startsWith(`${group}-`)));
    }
    const questions = within(screen.getByRole('region', { name: nl.sectionTitles.vragen }));
    expect(questions.getAllByRole('checkbox').map((box) => box.getAttribute('name'))).toEqual([
      ...QUESTION_IDS,
    ]);
    for (const id of QUESTION_IDS) {
      expect(questions.getByLabelText(questionLine(nl.questions[id]))).toHaveAttribute('type', 'checkbox');
    }
    expect(screen.getByText(ui.dialog.noPersonalData)).toBeInTheDocument();
    const gemeente = screen.getByRole('combobox', { name: ui.municipality });
    expect(
      within(gemeente)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([ui.dialog.noGemeente, ...MUNICIPALITIES.map((m) => m.name)]);
    expect(screen.getByRole('status')).toHaveTextContent('0 signalen gezien, 0 vragen gesteld');
    expect(screen.queryByText(ui.dialog.standaloneTitle)).toBeNull();
  });

  it('is English for an English Teams locale and submits in English', async () => {
    inTeamsDialog({ locale: 'en-gb' });
    const user = renderDialog('nl');
    const en = cardText('en');
    const english = dialogUiText('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await settled();
    await user.click(signalBox('begeleider-betaalt', en));
    await user.click(screen.getByRole('button', { name: english.dialog.insert }));
    expect(submitted()).toEqual({ signalen: ['begeleider-betaalt'], vragen: [], lang: 'en' });
  });
});

describe('Invoegen in chat', () => {
  it('submits exactly the ticked ids, in card order, whatever order they were ticked in', async () => {
    inTeamsDialog();
    const user = renderDialog();
    await settled();
    await user.click(signalBox('begeleider-vaag'));
    await user.click(signalBox('slachtoffer-bang'));
    await user.click(signalBox('slachtoffer-werk'));
    await user.click(signalBox('slachtoffer-werk')); // ticked and unticked again: not sent
    await user.click(questionBox('vraag-schulden'));
    await user.click(questionBox('vraag-veilig'));
    await user.selectOptions(screen.getByRole('combobox', { name: ui.municipality }), 'Hof van Twente');
    await user.click(screen.getByRole('button', { name: ui.dialog.insert }));

    const submission = submitted();
    expect(submission).toEqual({
      signalen: ['slachtoffer-bang', 'begeleider-vaag'],
      vragen: ['vraag-veilig', 'vraag-schulden'],
      gemeente: 'hof-van-twente',
      lang: 'nl',
    });
    // The message extension's own validator accepts it unchanged.
    const checked = validateSubmission(submission);
    expect(checked.ok && checked.submission.signalen).toEqual(submission.signalen);
    expect(screen.getByRole('status')).toHaveTextContent(ui.dialog.inserting);
  });

  it('leaves the municipality out when none is chosen, and sends questions alone', async () => {
    inTeamsDialog();
    const user = renderDialog();
    await settled();
    await user.click(questionBox('vraag-relatie-begeleider'));
    await user.click(screen.getByRole('button', { name: ui.dialog.insert }));
    expect(submitted()).toEqual({ signalen: [], vragen: ['vraag-relatie-begeleider'], lang: 'nl' });
  });

  it('nothing ticked: says so, submits nothing, and the message goes once something is ticked', async () => {
    inTeamsDialog();
    const user = renderDialog();
    await settled();
    await user.click(screen.getByRole('button', { name: ui.dialog.insert }));
    expect(screen.getByRole('status')).toHaveTextContent(ui.dialog.nothingTicked);
    expect(mockedTeams.submitDialog).not.toHaveBeenCalled();
    expect(mockedTeams.closeDialog).not.toHaveBeenCalled();
    await user.click(signalBox('slachtoffer-paspoort'));
    expect(screen.getByRole('status')).toHaveTextContent('1 signaal gezien, 0 vragen gesteld');
  });

  it('takes the municipality from the link', async () => {
    atUrl('?lang=nl&gemeente=enschede');
    inTeamsDialog();
    const user = renderDialog();
    await settled();
    expect(screen.getByRole('combobox', { name: ui.municipality })).toHaveValue('enschede');
    await user.click(signalBox('slachtoffer-bang'));
    await user.click(screen.getByRole('button', { name: ui.dialog.insert }));
    expect(submitted().gemeente).toBe('enschede');
  });

  it('ignores an unknown municipality in the link with a visible notice', async () => {
    atUrl('?gemeente=%3Cscript%3E');
    inTeamsDialog();
    renderDialog();
    await settled();
    expect(await screen.findByText(ui.dialog.gemeenteUnknown)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: ui.municipality })).toHaveValue('');
    expect(document.body.textContent).not.toContain('<script>');
  });
});

describe('Annuleren', () => {
  it('closes the dialog without a result', async () => {
    inTeamsDialog();
    const user = renderDialog();
    await settled();
    await user.click(signalBox('slachtoffer-bang'));
    await user.click(screen.getByRole('button', { name: ui.dialog.cancel }));
    expect(mockedTeams.closeDialog).toHaveBeenCalledTimes(1);
    expect(mockedTeams.closeDialog).toHaveBeenCalledWith();
    expect(mockedTeams.submitDialog).not.toHaveBeenCalled();
  });
});

describe('outside a Teams dialog', () => {
  it('in a browser: explains where it works, links to the tab, and the checklist still works', async () => {
    standalone();
    const user = renderDialog();
    await settled();
    expect(screen.getByText(ui.dialog.standalone, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ui.openSignaalkaart })).toHaveAttribute('href', '../tab');
    expect(screen.queryByRole('button', { name: ui.dialog.insert })).toBeNull();
    expect(screen.queryByRole('button', { name: ui.dialog.cancel })).toBeNull();
    await user.click(signalBox('slachtoffer-kwetsbaar'));
    expect(signalBox('slachtoffer-kwetsbaar')).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('1 signaal gezien, 0 vragen gesteld');
    expect(mockedTeams.connectToTeams).not.toHaveBeenCalled();
  });

  it('in Teams but not in a dialog (no dialog capability): the same explanation, nothing submitted', async () => {
    inTeamsDialog({ frameContext: 'content' }, false);
    renderDialog();
    expect(await screen.findByText(ui.dialog.standaloneTitle)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: ui.dialog.insert })).toBeNull();
    expect(mockedTeams.submitDialog).not.toHaveBeenCalled();
  });

  it('English outside Teams links to the English tab', async () => {
    standalone();
    renderDialog('en');
    expect(await screen.findByRole('link', { name: dialogUiText('en').openSignaalkaart })).toHaveAttribute(
      'href',
      '../tab?lang=en',
    );
  });
});
