import {
  NO_SETTINGS,
  PAGES,
  SECTION_IDS,
  cardText,
  isRecord,
  localeOf,
  parseLang,
  resolveTabSettings,
  tabUrl,
  validateSubmission,
  type Locale,
  type SectionId,
  type TabSettings,
} from '../../content';
import {
  buildSectionCard,
  buildSignalCard,
  buildSummaryCard,
  cardStrings,
  searchCard,
  type AdaptiveCard,
  type Highlight,
  type AdaptiveCardAttachment,
  type ThumbnailCardAttachment,
} from '../../cards';

/** Command ids; the manifest's composeExtensions must use the same. */
export const SEARCH_COMMAND = 'zoeken';
export const SEARCH_PARAMETER = 'zoekterm';
export const ACTION_COMMAND = 'signalenDelen';

/** What the handlers need to know about the deployment. */
export type ExtensionConfig = {
  /** Public https base URL (no trailing slash); without it there are no tab links and no dialog. */
  tabEndpoint?: string;
};

type ResultAttachment = AdaptiveCardAttachment & { preview?: ThumbnailCardAttachment };

/** The body of an invoke answer; `status` other than 200 means the invoke itself was malformed. */
export type InvokeAnswer = { status: number; body: unknown };

const MAX_PAGE = 25;

const ok = (body: unknown): InvokeAnswer => ({ status: 200, body });
const badRequest = (): InvokeAnswer => ({ status: 400, body: { error: 'Bad request' } });

/** The tab's URL for a card button, when the deployment knows its public address. */
function cardTabUrl(config: ExtensionConfig, locale: Locale, settings: TabSettings = NO_SETTINGS) {
  return config.tabEndpoint ? tabUrl(config.tabEndpoint, settings, locale) : undefined;
}

// A search result depends only on (section, language, hit, tab URL, preview), never on the term: a few hundred
// at most, so each is built once. Search runs at every keystroke.
const searchResults = new Map<string, ResultAttachment>();
function searchResult(
  section: SectionId,
  locale: Locale,
  url: string | undefined,
  preview: ThumbnailCardAttachment['content'],
  highlight?: Highlight,
): ResultAttachment {
  const key = [section, locale, highlight?.id ?? '', url ?? '', preview.title, preview.text].join('|');
  let result = searchResults.get(key);
  if (!result) {
    result = adaptive(buildSectionCard(section, { locale, tabUrl: url, highlight }), preview);
    searchResults.set(key, result);
  }
  return result;
}

function adaptive(card: AdaptiveCard, preview?: ThumbnailCardAttachment['content']): ResultAttachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: card,
    ...(preview
      ? { preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: preview } }
      : {}),
  };
}

const resultList = (attachments: unknown[]) => ({
  composeExtension: { type: 'result', attachmentLayout: 'list', attachments },
});

function results(attachments: ResultAttachment[]): InvokeAnswer {
  return ok(resultList(attachments));
}

function message(text: string): InvokeAnswer {
  return ok({ composeExtension: { type: 'message', text } });
}

function pageOf(options: unknown): { skip: number; count: number } {
  const read = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
  const skip = isRecord(options) ? read(options.skip, 0) : 0;
  const count = isRecord(options) ? Math.min(read(options.count, MAX_PAGE), MAX_PAGE) : MAX_PAGE;
  return { skip, count: count || MAX_PAGE };
}

/**
 * `composeExtension/query` of the search command. No search term (or Teams' `initialRun`): the five sections.
 * A term: the matching signals and questions, each inserting its section card with the hit marked.
 * The term is never logged and never put in a card.
 */
export function answerQuery(value: unknown, teamsLocale: unknown, config: ExtensionConfig): InvokeAnswer {
  if (!isRecord(value) || value.commandId !== SEARCH_COMMAND) return badRequest();
  const parameters = value.parameters ?? [];
  if (!Array.isArray(parameters) || parameters.length > 10 || !parameters.every(isRecord))
    return badRequest();
  const parameter = parameters.find((p) => p.name === SEARCH_PARAMETER);
  const term = parameter?.value ?? '';

  const locale = localeOf(teamsLocale);
  const strings = cardStrings(locale);
  if (typeof term !== 'string') return message(strings.invalidQuery);
  const { skip, count } = pageOf(value.queryOptions);

  const result = searchCard(term, locale);
  if (result.kind === 'too-long') return message(strings.queryTooLong);
  if (result.kind === 'sections') {
    const text = cardText(locale);
    const url = cardTabUrl(config, locale);
    return results(
      SECTION_IDS.slice(skip, skip + count).map((section: SectionId) =>
        searchResult(section, locale, url, {
          title: text.sectionTitles[section],
          text: strings.sectionOfCard,
        }),
      ),
    );
  }
  if (!result.hits.length) return skip ? results([]) : message(strings.noResults);
  return results(
    result.hits
      .slice(skip, skip + count)
      .map((hit) =>
        searchResult(
          hit.section,
          hit.locale,
          cardTabUrl(config, hit.locale),
          { title: hit.text, text: cardText(hit.locale).sectionTitles[hit.section] },
          hit.highlight,
        ),
      ),
  );
}

/** `composeExtension/fetchTask` of the action command: opens the checklist dialog page. */
export function answerFetchTask(value: unknown, teamsLocale: unknown, config: ExtensionConfig): InvokeAnswer {
  if (!isRecord(value) || value.commandId !== ACTION_COMMAND) return badRequest();
  const locale = localeOf(teamsLocale);
  const strings = cardStrings(locale);
  if (!config.tabEndpoint) return ok({ task: { type: 'message', value: strings.notConfigured } });
  const url = `${config.tabEndpoint}${PAGES['dialog-signalen'].route}?lang=${locale}`;
  return ok({
    task: {
      type: 'continue',
      value: { title: strings.shareSignals, height: 'large', width: 'medium', url, fallbackUrl: url },
    },
  });
}

/**
 * `composeExtension/submitAction` of the action command: the dialog's ids become the summary card in the compose
 * box. Anything that does not validate is refused with a message in the dialog, and nothing is inserted.
 */
export function answerSubmitAction(
  value: unknown,
  teamsLocale: unknown,
  config: ExtensionConfig,
): InvokeAnswer {
  if (!isRecord(value) || value.commandId !== ACTION_COMMAND || value.botMessagePreviewAction !== undefined) {
    return badRequest();
  }
  const checked = validateSubmission(value.data);
  if (!checked.ok) {
    return ok({ task: { type: 'message', value: cardStrings(localeOf(teamsLocale)).invalidSubmission } });
  }
  const { submission } = checked;
  const locale = submission.lang ?? localeOf(teamsLocale);
  const card = buildSummaryCard(submission, {
    locale,
    tabUrl: cardTabUrl(config, locale, { gemeente: submission.gemeente, aandachtsfunctionarissen: [] }),
  });
  return results([adaptive(card)]);
}

const MAX_URL_LENGTH = 2048;

/**
 * `composeExtension/queryLink` (and the zero-install `anonymousQueryLink`): a link to this app's `/tab` unfurls
 * into the whole signal card, in the link's language; any other link gets no card. Link unfurling renders
 * schema 1.3 at most, so this card is built as 1.3.
 */
export function answerQueryLink(value: unknown, teamsLocale: unknown, config: ExtensionConfig): InvokeAnswer {
  if (!isRecord(value) || typeof value.url !== 'string') return badRequest();
  const none = results([]);
  if (!config.tabEndpoint || value.url.length > MAX_URL_LENGTH) return none;
  let url: URL;
  try {
    url = new URL(value.url);
  } catch {
    return none;
  }
  const base = new URL(config.tabEndpoint);
  const tabPath = `${base.pathname.replace(/\/$/, '')}${PAGES.tab.route}`;
  if (url.origin !== base.origin || (url.pathname !== tabPath && url.pathname !== `${tabPath}/`)) return none;

  const { settings } = resolveTabSettings(url.searchParams);
  const locale = parseLang(url.searchParams.get('lang')).lang ?? localeOf(teamsLocale);
  const text = cardText(locale);
  const card = buildSignalCard({ locale, version: '1.3', tabUrl: cardTabUrl(config, locale, settings) });
  return results([adaptive(card, { title: text.title, text: text.intro[0] })]);
}
